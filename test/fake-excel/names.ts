/** Defined names (Excel.NamedItemCollection / NamedItem), on the workbook or on one worksheet. */
import { formatAbsoluteAddress, tryParseAddress } from './address';
import { ClientObjectBase, CollectionBase, defineProps, field, registerProxies, type InstancesOf, type ProxyKinds } from './client-object';
import { FakeOfficeError } from './errors';
import { findSheetById, findSheetByName, type FakeName } from './model';
import { rangeTargetOf, type ScopeTarget } from './targets';
import { checkDefinedName, checkFormula, invalid, requireBoolean, requireString } from './validate';

type RangeProxy = ProxyKinds['Range'];

interface NameTarget {
  scope: ScopeTarget;
  name: FakeName;
}

function listOf(scope: ScopeTarget): FakeName[] {
  return scope.sheet ? scope.sheet.names : scope.workbook.names;
}

function live(t: NameTarget): FakeName {
  if (!listOf(t.scope).includes(t.name)) throw new FakeOfficeError('ItemNotFound', `the name «${t.name.name}» was deleted`);
  return t.name;
}

function find(scope: ScopeTarget, name: string): FakeName | undefined {
  const lower = name.toLowerCase();
  return listOf(scope).find((n) => n.name.toLowerCase() === lower);
}

/** The formula text of a name: `=Sheet1!$A$1:$B$2` for a range. */
function formulaOf(t: NameTarget): string {
  const n = live(t);
  if (n.ref) {
    const sheet = findSheetById(t.scope.workbook, n.ref.sheetId);
    return sheet ? `=${formatAbsoluteAddress(sheet.name, n.ref.box)}` : '=#REF!';
  }
  return n.formula ?? '';
}

function typeOf(t: NameTarget): string {
  const n = live(t);
  if (n.ref) return 'Range';
  const body = (n.formula ?? '').slice(1).trim();
  if (/^#/.test(body)) return 'Error';
  if (/^(TRUE|FALSE)$/i.test(body)) return 'Boolean';
  if (/^-?\d+$/.test(body)) return 'Integer';
  if (/^-?\d*\.?\d+(e[+-]?\d+)?$/i.test(body)) return 'Double';
  return 'String';
}

/** Parses the `reference` argument of names.add: a Range, `=Sheet1!$A$1:$B$2`, or any other formula. */
function referenceOf(scope: ScopeTarget, reference: RangeProxy | string): Pick<FakeName, 'ref' | 'formula'> {
  if (typeof reference !== 'string') {
    const target = rangeTargetOf(reference);
    return { ref: { sheetId: target.sheet.id, box: { ...target.box } }, formula: null };
  }
  const text = reference.startsWith('=') ? reference.slice(1) : reference;
  const parsed = tryParseAddress(text);
  if (parsed) {
    const sheet = parsed.sheetName !== null ? findSheetByName(scope.workbook, parsed.sheetName) : scope.sheet;
    if (!sheet) throw invalid(`names.add: «${reference}» must name an existing sheet`);
    return { ref: { sheetId: sheet.id, box: parsed.box }, formula: null };
  }
  if (!reference.startsWith('=')) throw invalid(`names.add: «${reference}» is neither a range nor a formula starting with «=»`);
  checkFormula(reference, 'names.add');
  return { ref: null, formula: reference };
}

export class NamedItemCollectionProxy extends CollectionBase<ScopeTarget, 'NamedItem'> {
  readonly _typeName = 'NamedItemCollection';
  readonly _itemKind = 'NamedItem';

  _itemsOf(scope: ScopeTarget): NameTarget[] {
    return listOf(scope).map((name) => ({ scope, name }));
  }

  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    return this._add('NamedItem', 'add', (scope) => {
      checkDefinedName(name);
      const clash = find(scope, name);
      if (clash) throw new FakeOfficeError('ItemAlreadyExists', `the name «${clash.name}» already exists`);
      const text = comment === undefined ? '' : requireString(comment, 'names.add(comment)');
      if (text.length > 255) throw invalid('a name comment is at most 255 characters');
      const entry: FakeName = { name, ...referenceOf(scope, reference), comment: text, visible: true };
      listOf(scope).push(entry);
      return { scope, name: entry };
    });
  }

  getItem(name: string): NamedItemProxy {
    return this._related('NamedItem', 'getItem', (scope) => {
      const found = find(scope, name);
      if (!found) throw new FakeOfficeError('ItemNotFound', `there is no name «${name}»`);
      return { scope, name: found };
    });
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return this._related(
      'NamedItem',
      'getItemOrNullObject',
      (scope) => {
        const found = find(scope, name);
        return found ? { scope, name: found } : null;
      },
      true,
    );
  }
}

export class NamedItemProxy extends ClientObjectBase<NameTarget> {
  readonly _typeName = 'NamedItem';
  declare name: string;
  declare type: string;
  declare value: unknown;
  declare formula: string;
  declare comment: string;
  declare visible: boolean;
  declare scope: string;

  private _rangeOf(member: string, nullable: boolean): RangeProxy {
    return this._related(
      'Range',
      member,
      (t) => {
        const n = live(t);
        const sheet = n.ref && findSheetById(t.scope.workbook, n.ref.sheetId);
        if (!n.ref || !sheet) {
          if (nullable) return null;
          throw new FakeOfficeError('InvalidArgument', `the name «${n.name}» does not refer to a range`);
        }
        return { workbook: t.scope.workbook, sheet, box: { ...n.ref.box } };
      },
      nullable,
    );
  }

  getRange(): RangeProxy {
    return this._rangeOf('getRange', false);
  }

  getRangeOrNullObject(): RangeProxy {
    return this._rangeOf('getRangeOrNullObject', true);
  }

  delete(): void {
    this._queue('delete', (t) => {
      const list = listOf(t.scope);
      list.splice(list.indexOf(live(t)), 1);
    });
  }
}

defineProps<NameTarget>(NamedItemProxy, {
  name: field(live, 'name'),
  type: { read: typeOf },
  value: {
    read: (t) => {
      const f = formulaOf(t);
      if (typeOf(t) === 'Range') return f.slice(1);
      const body = f.slice(1).trim();
      const stringLiteral = /^"((?:[^"]|"")*)"$/.exec(body);
      if (stringLiteral) return stringLiteral[1].replace(/""/g, '"');
      return body;
    },
  },
  formula: {
    read: formulaOf,
    write: (t, v) => {
      const formula = requireString(v, 'NamedItem.formula');
      Object.assign(live(t), referenceOf(t.scope, formula.startsWith('=') ? formula : `=${formula}`));
    },
  },
  comment: field(live, 'comment', (v) => requireString(v, 'NamedItem.comment')),
  visible: field(live, 'visible', (v) => requireBoolean(v, 'NamedItem.visible')),
  scope: { read: (t) => (t.scope.sheet ? 'Worksheet' : 'Workbook') },
});

const NAME_CLASSES = { NamedItemCollection: NamedItemCollectionProxy, NamedItem: NamedItemProxy };
registerProxies(NAME_CLASSES);

declare module './client-object' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the registry's types: one list, above
  interface ProxyKinds extends InstancesOf<typeof NAME_CLASSES> {}
}
