/**
 * The proxy machinery, modelled on Office.js: proxies queue commands; `context.sync()` runs them in order
 * against the document state; scalar properties are readable only after `load()` + `sync()` (or after the
 * caller set them, which Office.js echoes locally); an API above the host's requirement set fails the sync
 * with `ApiNotFound`, as a real host does.
 */
import { compareVersions, MEMBER_VERSIONS, versionOf } from './api-versions';
import { FakeOfficeError, propertyNotLoaded } from './errors';
import { checkFaults, checkProtection, payloadBytes, type FaultRule } from './faults';
import type { FakeWorkbook } from './model';
import { recalculateWorkbook } from './recalc';

export interface FakeStats {
  /** Every `context.sync()`, including the implicit one at the end of `Excel.run`. */
  syncCount: number;
  /** Syncs of each `Excel.run`, in call order. */
  syncsPerRun: number[];
  /** Commands (writes, method calls, loads) sent to the "host". */
  commandCount: number;
  reset(): void;
}

export interface FakeHost {
  workbook: FakeWorkbook;
  apiVersion: string;
  evaluateFormulas: boolean;
  stats: FakeStats;
  /** Set by Application.suspendApiCalculationUntilNextSync(). */
  calculationSuspended: boolean;
  /**
   * 'task': a sync leaves and returns in separate event-loop tasks, as Excel's out-of-process round trip does
   * (the preview, so its main-thread timings do not pin the host's work on the caller). Default 'microtask'.
   */
  roundTrip?: 'microtask' | 'task';
  /** Injected failures (faults.ts); empty by default. */
  faults: FaultRule[];
  /** Request/response cap in bytes (Excel on the web: 5 MB), or null for none. */
  payloadLimitBytes: number | null;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** With `roundTrip: 'task'`, the longest stretch of a sync's commands run in one task. */
const HOST_SLICE_MS = 40;

interface QueuedCommand {
  label: string;
  mutates: boolean;
  run(): void;
  /** Bytes of data this command sends (property writes), counted against the payload cap. */
  payloadBytes?: number;
}

export class FakeRequestContext {
  readonly _host: FakeHost;
  _queue: QueuedCommand[] = [];
  _closed = false;
  /** Index into stats.syncsPerRun, or -1 for a context made outside Excel.run. */
  _runIndex = -1;
  private _dirty = false;
  /** Bytes loaded during the current sync (the response), counted against the payload cap. */
  _responseBytes = 0;
  private _workbook: ClientObjectBase<FakeWorkbook> | undefined;
  /** Office.js API surface that needs no modelling here. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(host: FakeHost, makeWorkbook: (context: FakeRequestContext) => ClientObjectBase<FakeWorkbook>) {
    this._host = host;
    this._workbook = makeWorkbook(this);
  }

  get workbook(): ClientObjectBase<FakeWorkbook> {
    return this._workbook!;
  }

  load<O extends { load(option?: unknown): unknown }>(object: O, option?: unknown): O {
    object.load(option);
    return object;
  }

  _enqueue(command: QueuedCommand): void {
    if (this._closed) {
      throw new FakeOfficeError(
        'InvalidRequestContext',
        'This object belongs to a request context that has finished (Excel.run returned); create a new context.',
      );
    }
    this._queue.push(command);
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    if (this._closed) throw new FakeOfficeError('InvalidRequestContext', 'Cannot sync a finished request context.');
    const host = this._host;
    host.stats.syncCount += 1;
    if (this._runIndex >= 0) host.stats.syncsPerRun[this._runIndex] += 1;
    const queue = this._queue;
    this._queue = [];
    // A real round trip is asynchronous: callers must await it.
    const roundTripByTask = host.roundTrip === 'task';
    await (roundTripByTask ? nextTask() : Promise.resolve());
    const limit = host.payloadLimitBytes;
    if (limit !== null) {
      const request = queue.reduce((sum, command) => sum + (command.payloadBytes ?? 0), 0);
      // The request never reaches the workbook: nothing of this sync is applied.
      if (request > limit) {
        throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `${request} bytes sent, the limit is ${limit}`);
      }
    }
    this._responseBytes = 0;
    let changed = false;
    let sliceStarted = Date.now();
    try {
      for (const command of queue) {
        // Excel works through a big batch in its own process; here it shares the page's main thread, so a long
        // batch is worked through in task-sized slices (the caller is awaiting the sync either way).
        if (roundTripByTask && Date.now() - sliceStarted > HOST_SLICE_MS) {
          await nextTask();
          sliceStarted = Date.now();
        }
        host.stats.commandCount += 1;
        if (!command.mutates) this._recalculateIfDirty();
        checkFaults(host.faults, command.label);
        command.run();
        if (command.mutates) {
          changed = true;
          this._dirty = true;
        }
      }
    } finally {
      host.calculationSuspended = false;
      this._recalculateIfDirty();
      if (changed) for (const listener of [...host.workbook._internal.listeners]) listener(host.workbook);
    }
    if (limit !== null && this._responseBytes > limit) {
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `${this._responseBytes} bytes loaded, the limit is ${limit}`);
    }
    if (roundTripByTask) await nextTask();
    return passThroughValue as T;
  }

  private _recalculateIfDirty(): void {
    if (!this._dirty || this._host.calculationSuspended) return;
    this._dirty = false;
    if (this._host.evaluateFormulas) recalculateWorkbook(this._host.workbook);
  }
}

/** A value returned by a method (e.g. getCount(), getXml()), readable after sync. */
export class FakeClientResult<T> {
  private _has = false;
  private _value: T | undefined;
  constructor(private readonly _label: string) {}

  get value(): T {
    if (!this._has) throw propertyNotLoaded(this._label, 'value');
    return this._value as T;
  }

  _set(value: T): void {
    this._value = value;
    this._has = true;
  }
}

export interface PropSpec<T> {
  read(target: T): unknown;
  /** Omitted for read-only properties (assigning one throws at once, like a getter-only Office.js property). */
  write?(target: T, value: unknown): void;
}

export type PropSpecs<T> = Record<string, PropSpec<T>>;

interface LoadRequest {
  props: string[];
  children: Map<string, string[]>;
  all: boolean;
}

export interface ProxyInit<T> {
  context: FakeRequestContext;
  resolve: () => T | null;
  requires?: readonly string[];
  nullable?: boolean;
}

/**
 * The object model's proxy classes by Office.js type name. Excel's object model is a graph (Range.worksheet,
 * Worksheet.getRange, ConditionalFormat.getRange…), so the modules that define the classes do not import each
 * other: each registers its list of classes here and merges the same list into ProxyKinds for the types
 * (`interface ProxyKinds extends InstancesOf<typeof LIST>`); every proxy is made by its type name.
 * `object-model.ts` loads all the modules.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by `declare module` in each object-model module
export interface ProxyKinds {}
export type ProxyKind = keyof ProxyKinds;
/** The document object a proxy of this kind stands for. */
export type TargetOf<K extends ProxyKind> = ProxyKinds[K] extends ClientObjectBase<infer T> ? T : never;
type ProxyClass<K extends ProxyKind> = new (init: ProxyInit<TargetOf<K>>) => ProxyKinds[K];
/** What a module adds to ProxyKinds: the instance types of the classes it registers. */
export type InstancesOf<Classes> = { [K in keyof Classes]: Classes[K] extends abstract new (init: never) => infer P ? P : never };

const proxyClasses = new Map<string, new (init: ProxyInit<never>) => unknown>();

export function registerProxies(classes: { [K in ProxyKind]?: ProxyClass<K> }): void {
  for (const [kind, cls] of Object.entries(classes)) proxyClasses.set(kind, cls as new (init: ProxyInit<never>) => unknown);
}

function proxyClass(kind: ProxyKind): new (init: ProxyInit<never>) => unknown {
  const cls = proxyClasses.get(kind);
  if (!cls) throw new Error(`fake-excel: no proxy class is registered for ${kind} (import './object-model')`);
  return cls;
}

export function createProxy<K extends ProxyKind>(kind: K, init: ProxyInit<TargetOf<K>>): ProxyKinds[K] {
  const Class = proxyClass(kind);
  const proxy = new Class(init as ProxyInit<never>) as ClientObjectBase<unknown>;
  if (proxy._typeName !== kind) throw new Error(`fake-excel: ${kind} is registered with the class of ${proxy._typeName}`);
  return proxy as ProxyKinds[K];
}

/** Whether an argument is a proxy of this kind (a Range passed to freezeAt, names.add, charts.add…). */
export function isProxy<K extends ProxyKind>(kind: K, value: unknown): value is ProxyKinds[K] {
  return value instanceof proxyClass(kind);
}

function deepCopy<V>(value: V): V {
  if (Array.isArray(value)) return value.map(deepCopy) as V;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepCopy(v)])) as V;
  }
  return value;
}

export abstract class ClientObjectBase<T> {
  abstract readonly _typeName: string;
  readonly context: FakeRequestContext;
  readonly _requires: readonly string[];
  readonly _nullable: boolean;
  _isNull: boolean | undefined;
  readonly _loaded: Record<string, unknown> = {};
  private readonly _resolver: () => T | null;
  private _resolved: { value: T | null } | undefined;
  private readonly _children = new Map<string, unknown>();

  constructor(init: ProxyInit<T>) {
    this.context = init.context;
    this._resolver = init.resolve;
    this._requires = init.requires ?? [];
    this._nullable = init.nullable ?? false;
    if (this._nullable) {
      // Office.js resolves an *OrNullObject proxy at the next sync, so isNullObject is readable without load().
      this.context._enqueue({
        label: 'resolve null object',
        mutates: false,
        run: () => {
          this._isNull = this._target() === null;
        },
      });
    }
  }

  /** Readable after the sync that follows the object's creation (for *OrNullObject) or after a load. */
  get isNullObject(): boolean {
    if (!this._nullable) return false;
    if (this._isNull === undefined) throw propertyNotLoaded(this._typeName, 'isNullObject');
    return this._isNull;
  }

  /** The scalar properties of this type (installed on the prototype by `defineProps`). */
  _props(): PropSpecs<T> {
    return ((Object.getPrototypeOf(this) as { _propSpecs?: PropSpecs<T> })._propSpecs ?? {}) as PropSpecs<T>;
  }

  _member(name: string): string {
    return `${this._typeName}.${name}`;
  }

  /** Throws ApiNotFound when this object's path or `extra` members need a newer ExcelApi than the host's. */
  _checkApi(extra: string[] = []): void {
    const hostVersion = this.context._host.apiVersion;
    for (const member of [...this._requires, ...extra]) {
      const needed = versionOf(member);
      if (compareVersions(needed, hostVersion) > 0) {
        throw new FakeOfficeError(
          'ApiNotFound',
          `${member} requires ExcelApi ${needed}; this host supports ExcelApi ${hostVersion}`,
          member,
        );
      }
    }
  }

  /** The document object this proxy stands for; resolved once, at its first use inside a sync. */
  _target(): T | null {
    if (!this._resolved) this._resolved = { value: this._resolver() };
    const value = this._resolved.value;
    if (value === null && !this._nullable) throw new FakeOfficeError('ItemNotFound', `${this._typeName} not found`);
    return value;
  }

  /** Resolves a target that must exist (writes and method calls on a null object fail). */
  _existingTarget(): T {
    const target = this._target();
    if (target === null) throw new FakeOfficeError('ItemNotFound', `${this._typeName} is a null object`);
    return target;
  }

  /** A resolver for a child object derived from this one's target. */
  _derive<U>(fn: (target: T) => U | null): () => U | null {
    return () => {
      const target = this._target();
      return target === null ? null : fn(target);
    };
  }

  _child<C>(key: string, make: () => C): C {
    if (!this._children.has(key)) this._children.set(key, make());
    return this._children.get(key) as C;
  }

  /**
   * A proxy of `kind` reached through `member` of this one (getRange, getItem, a navigation property…): it needs
   * this one's requirement sets plus the member's, and resolves from this one's target at its first use.
   */
  _related<K extends ProxyKind>(kind: K, member: string, resolve: (target: T) => TargetOf<K> | null, nullable = false): ProxyKinds[K] {
    return createProxy(kind, {
      context: this.context,
      requires: [...this._requires, this._member(member)],
      nullable,
      resolve: this._derive(resolve),
    });
  }

  /** Queues an add (`member`) and returns a proxy of what it creates, usable later in the same batch. */
  _add<K extends ProxyKind>(kind: K, member: string, add: (target: T) => TargetOf<K>): ProxyKinds[K] {
    let created: TargetOf<K> | null = null;
    this._queue(member, (target) => {
      created = add(target);
    });
    return createProxy(kind, {
      context: this.context,
      requires: [...this._requires, this._member(member)],
      resolve: () => {
        if (created === null) throw new FakeOfficeError('ItemNotFound', `the ${kind} was not created`);
        return created;
      },
    });
  }

  /** Queues a method call or property write; runs in order at the next sync. */
  _queue(member: string, run: (target: T) => void, mutates = true, payload?: number): void {
    const label = this._member(member);
    this.context._enqueue({
      label,
      mutates,
      payloadBytes: payload,
      run: () => {
        this._checkApi([label]);
        const target = this._existingTarget();
        if (mutates) checkProtection(label, target);
        run(target);
      },
    });
  }

  _readProp(name: string): unknown {
    if (Object.prototype.hasOwnProperty.call(this._loaded, name)) return this._loaded[name];
    if (this._isNull === true) return undefined;
    throw propertyNotLoaded(this._typeName, name);
  }

  _writeProp(name: string, value: unknown): void {
    const spec = this._props()[name];
    if (!spec?.write) {
      throw new FakeOfficeError('InvalidArgument', `${this._typeName}.${name} is read-only`);
    }
    this._loaded[name] = value;
    const copy = deepCopy(value);
    const payload = this.context._host.payloadLimitBytes === null ? undefined : payloadBytes(value);
    this._queue(name, (target) => spec.write!(target, copy), true, payload);
  }

  private _parseLoad(option: unknown): LoadRequest {
    const request: LoadRequest = { props: [], children: new Map(), all: false };
    let paths: string[] = [];
    if (option === undefined || option === null) request.all = true;
    else if (typeof option === 'string') paths = option.split(',');
    else if (Array.isArray(option)) paths = option.flatMap((p) => String(p).split(','));
    else if (typeof option === 'object') {
      const select = (option as { select?: string | string[] }).select;
      if (select === undefined) request.all = true;
      else paths = (Array.isArray(select) ? select : select.split(',')).map(String);
    }
    for (const raw of paths.map((p) => p.trim()).filter(Boolean)) {
      const [head, ...rest] = raw.split('/');
      if (rest.length === 0 && !this._isNavigation(head)) request.props.push(head);
      else {
        const list = request.children.get(head) ?? [];
        if (rest.length > 0) list.push(rest.join('/'));
        request.children.set(head, list);
      }
    }
    return request;
  }

  private _isNavigation(name: string): boolean {
    if (name in this._props()) return false;
    const descriptor = findDescriptor(this, name);
    return !!descriptor?.get && name !== 'isNullObject';
  }

  /** Which scalar properties a plain `load()` reads: all that the host's version has. */
  _allLoadableProps(): string[] {
    const hostVersion = this.context._host.apiVersion;
    return Object.keys(this._props()).filter((p) => compareVersions(versionOf(this._member(p)), hostVersion) <= 0);
  }

  load(option?: unknown): this {
    const request = this._parseLoad(option);
    for (const [name, sub] of request.children) {
      const child = (this as unknown as Record<string, unknown>)[name];
      if (!(child instanceof ClientObjectBase)) {
        this.context._enqueue({
          label: `load ${name}`,
          mutates: false,
          run: () => {
            throw new FakeOfficeError('InvalidArgument', `${this._typeName} has no property '${name}' to load`);
          },
        });
        continue;
      }
      child.load(sub.length > 0 ? sub : undefined);
    }
    if (request.all || request.props.length > 0) {
      const props = request.all ? this._allLoadableProps() : request.props;
      this.context._enqueue({
        label: `${this._typeName}.load`,
        mutates: false,
        run: () => this._applyLoad(props),
      });
    }
    return this;
  }

  /** Runs inside a sync: reads the listed properties from the document into this proxy. */
  _applyLoad(props: string[], knownTarget?: T): void {
    const specs = this._props();
    for (const p of props) {
      if (!(p in specs)) throw new FakeOfficeError('InvalidArgument', `${this._typeName} has no property '${p}'`);
    }
    this._checkApi(props.map((p) => this._member(p)));
    const target = knownTarget ?? this._target();
    if (target === null) {
      this._isNull = true;
      return;
    }
    if (this._nullable) this._isNull = false;
    const measure = this.context._host.payloadLimitBytes !== null;
    for (const p of props) {
      this._loaded[p] = deepCopy(specs[p].read(target));
      if (measure) this.context._responseBytes += payloadBytes(this._loaded[p]);
    }
  }

  toJSON(): Record<string, unknown> {
    return { ...this._loaded };
  }
}

function findDescriptor(object: object, name: string): PropertyDescriptor | undefined {
  let proto: object | null = Object.getPrototypeOf(object);
  while (proto && proto !== Object.prototype) {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (d) return d;
    proto = Object.getPrototypeOf(proto);
  }
  return undefined;
}

/**
 * Installs scalar properties on a proxy class: reading needs load + sync; writing queues a command. Classes
 * declare the fields with `declare` so TypeScript knows them.
 */
export function defineProps<T>(cls: { prototype: object }, specs: PropSpecs<T>): void {
  Object.defineProperty(cls.prototype, '_propSpecs', { value: specs, enumerable: false });
  for (const name of Object.keys(specs)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: ClientObjectBase<T>) {
        return this._readProp(name);
      },
      set(this: ClientObjectBase<T>, value: unknown) {
        this._writeProp(name, value);
      },
    });
  }
}

/** A scalar property kept on a document object that `of(target)` finds (and that fails once it was deleted). */
export function field<T, O, K extends keyof O>(of: (target: T) => O, key: K, check?: (value: unknown) => O[K]): PropSpec<T> {
  const read = (target: T) => of(target)[key];
  if (!check) return { read };
  return {
    read,
    write(target, value) {
      of(target)[key] = check(value);
    },
  };
}

type PartSpec<T> = ProxyKind | { kind: ProxyKind; from: (target: T) => unknown };

/** A navigation property whose object stands for something derived from the parent's target. */
export function part<T, K extends ProxyKind>(kind: K, from: (target: T) => TargetOf<K> | null): PartSpec<T> {
  return { kind, from };
}

/**
 * Installs navigation properties on a proxy class (range.format, sheet.freezePanes, chart.title…): each is one
 * child proxy per parent, made on first access, standing for the parent's target unless `part(kind, from)` maps
 * it. Classes declare them with `declare readonly` so TypeScript knows them.
 */
export function defineParts<T>(cls: { prototype: object }, parts: Record<string, PartSpec<T>>): void {
  for (const [name, spec] of Object.entries(parts)) {
    const { kind, from } = typeof spec === 'string' ? { kind: spec, from: (target: T) => target } : spec;
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: ClientObjectBase<T>) {
        return this._child(name, () => this._related(kind, name, from as (target: T) => never));
      },
    });
  }
}

/** A collection proxy: `items` is readable after `load('items')` (or `load('items/name')`, `load('name')`). */
export abstract class CollectionBase<T, K extends ProxyKind> extends ClientObjectBase<T> {
  private _items: ProxyKinds[K][] | undefined;
  /** The Office.js type of the items, e.g. 'Worksheet'. */
  abstract readonly _itemKind: K;
  abstract _itemsOf(target: T): TargetOf<K>[];

  get items(): ProxyKinds[K][] {
    if (!this._items) {
      if (this._isNull === true) return [];
      throw propertyNotLoaded(this._typeName, 'items');
    }
    return this._items;
  }

  override load(option?: unknown): this {
    let paths: string[] | null = null;
    if (typeof option === 'string') paths = option.split(',');
    else if (Array.isArray(option)) paths = option.map(String);
    else if (option && typeof option === 'object' && (option as { select?: unknown }).select !== undefined) {
      const select = (option as { select: string | string[] }).select;
      paths = Array.isArray(select) ? select : select.split(',');
    }
    const itemPaths = (paths ?? ['items'])
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => (p === 'items' ? '' : p.startsWith('items/') ? p.slice('items/'.length) : p));
    const itemProps = itemPaths.filter((p) => p !== '');
    this.context._enqueue({
      label: `${this._typeName}.load`,
      mutates: false,
      run: () => {
        this._checkApi([this._member('items')]);
        const target = this._target();
        if (target === null) {
          this._isNull = true;
          this._items = [];
          return;
        }
        this._items = this._itemsOf(target).map((item) => {
          const proxy = createProxy(this._itemKind, { context: this.context, resolve: () => item });
          const loaded = proxy as unknown as ClientObjectBase<TargetOf<K>>;
          loaded._applyLoad(itemProps.length > 0 ? itemProps : loaded._allLoadableProps(), item);
          return proxy;
        });
      },
    });
    return this;
  }

  /** getCount(), on the collections whose requirement set the API table records (as Excel's have it). */
  getCount(): FakeClientResult<number> {
    const member = this._member('getCount');
    if (!(member in MEMBER_VERSIONS)) throw new TypeError(`${member} is not a function (fake-excel's API table has no such member)`);
    const result = new FakeClientResult<number>(member);
    this._queue('getCount', (target) => result._set(this._itemsOf(target).length), false);
    return result;
  }
}
