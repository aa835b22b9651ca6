/** The workbook proxy (context.workbook), the application object and custom XML parts. */
import { ClientObjectBase, CollectionBase, defineParts, defineProps, FakeClientResult, field, part, registerProxies } from './client-object';
import type { FakeHost, InstancesOf, ProxyKinds } from './client-object';
import { FakeOfficeError } from './errors';
import { findSheetById, newId, type FakeCustomXmlPart, type FakeWorkbook } from './model';
import { recalculateWorkbook } from './recalc';
import { invalid, requireEnum, requireString } from './validate';

export class WorkbookProxy extends ClientObjectBase<FakeWorkbook> {
  readonly _typeName = 'Workbook';

  declare readonly worksheets: ProxyKinds['WorksheetCollection'];
  declare readonly names: ProxyKinds['NamedItemCollection'];
  declare readonly application: ApplicationProxy;
  declare readonly comments: ProxyKinds['CommentCollection'];
  declare readonly notes: ProxyKinds['NoteCollection'];
  declare readonly customXmlParts: CustomXmlPartCollectionProxy;

  private _selected(member: string, single: boolean): ProxyKinds['Range'] {
    return this._related('Range', member, (workbook) => {
      const sel = workbook.selection;
      const sheet = sel && findSheetById(workbook, sel.sheetId);
      if (!sel || !sheet) throw new FakeOfficeError('ItemNotFound', 'nothing is selected');
      const box = single ? { row: sel.box.row, col: sel.box.col, rowCount: 1, colCount: 1 } : { ...sel.box };
      return { workbook, sheet, box };
    });
  }

  getSelectedRange(): ProxyKinds['Range'] {
    return this._selected('getSelectedRange', false);
  }

  getActiveCell(): ProxyKinds['Range'] {
    return this._selected('getActiveCell', true);
  }
}

/** The workbook's own collections of names, comments and notes: scope without a sheet. */
const workbookScope = (workbook: FakeWorkbook) => ({ workbook, sheet: null });

defineParts<FakeWorkbook>(WorkbookProxy, {
  worksheets: 'WorksheetCollection',
  names: part('NamedItemCollection', workbookScope),
  application: 'Application',
  comments: part('CommentCollection', workbookScope),
  notes: part('NoteCollection', workbookScope),
  customXmlParts: 'CustomXmlPartCollection',
});

export class ApplicationProxy extends ClientObjectBase<FakeWorkbook> {
  readonly _typeName = 'Application';
  declare calculationMode: string;

  private get _host(): FakeHost {
    return this.context._host;
  }

  /** Until the end of the current sync the fake does not recalculate (only matters with the evaluator on). */
  suspendApiCalculationUntilNextSync(): void {
    this._queue('suspendApiCalculationUntilNextSync', () => (this._host.calculationSuspended = true), false);
  }

  calculate(calculationType: string): void {
    this._queue('calculate', (workbook) => {
      requireEnum('CalculationType', calculationType, 'Application.calculate');
      if (this._host.evaluateFormulas) recalculateWorkbook(workbook);
    });
  }
}

defineProps<FakeWorkbook>(ApplicationProxy, {
  calculationMode: { read: () => 'Automatic' },
});

// Custom XML parts (ExcelApi 1.5) ----------------------------------------------------------------------------

/**
 * Enough XML checking to refuse what Excel refuses (not well-formed, no root element) and to find the root's
 * namespace, without a DOM (the fake also runs in the browser preview and in plain Node).
 */
export function rootNamespaceOf(xml: string): string {
  const body = xml
    .replace(/^\uFEFF/, '')
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  const tags = [...body.matchAll(/<(\/?)([A-Za-z_][\w.-]*(?::[\w.-]+)?)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g)];
  if (tags.length === 0) throw invalid('custom XML: no root element');
  const stack: string[] = [];
  let roots = 0;
  let last = 0;
  for (const m of tags) {
    const between = body.slice(last, m.index);
    if (/[<>]/.test(between)) throw invalid('custom XML: not well-formed');
    if (stack.length === 0 && between.trim() !== '') throw invalid('custom XML: text outside the root element');
    last = m.index! + m[0].length;
    const [, closing, name, , selfClosing] = m;
    if (closing) {
      if (stack.pop() !== name) throw invalid(`custom XML: unexpected </${name}>`);
      continue;
    }
    if (stack.length === 0) roots++;
    if (!selfClosing) stack.push(name);
  }
  if (stack.length > 0 || roots !== 1 || body.slice(last).trim() !== '') throw invalid('custom XML: not well-formed');
  const root = tags[0];
  const prefix = root[2].includes(':') ? root[2].split(':')[0] : null;
  const attr = prefix ? new RegExp(`xmlns:${prefix}\\s*=\\s*["']([^"']*)["']`) : /xmlns\s*=\s*["']([^"']*)["']/;
  return attr.exec(root[3])?.[1] ?? '';
}

interface PartTarget {
  workbook: FakeWorkbook;
  part: FakeCustomXmlPart;
}

function livePart(t: PartTarget): FakeCustomXmlPart {
  if (!t.workbook.customXmlParts.includes(t.part)) throw new FakeOfficeError('ItemNotFound', 'the custom XML part was deleted');
  return t.part;
}

export class CustomXmlPartCollectionProxy extends CollectionBase<FakeWorkbook, 'CustomXmlPart'> {
  readonly _typeName = 'CustomXmlPartCollection';
  readonly _itemKind = 'CustomXmlPart';

  _itemsOf(workbook: FakeWorkbook): PartTarget[] {
    return workbook.customXmlParts.map((part) => ({ workbook, part }));
  }

  add(xml: string): CustomXmlPartProxy {
    return this._add('CustomXmlPart', 'add', (workbook) => {
      const text = requireString(xml, 'customXmlParts.add(xml)');
      const part = { id: newId(workbook, 'XML'), namespaceUri: rootNamespaceOf(text), xml: text };
      workbook.customXmlParts.push(part);
      return { workbook, part };
    });
  }

  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollectionProxy {
    return this._related('CustomXmlPartScopedCollection', 'getByNamespace', (workbook) => ({ workbook, namespaceUri }));
  }

  getItem(id: string): CustomXmlPartProxy {
    return this._related('CustomXmlPart', 'getItem', (workbook) => {
      const part = workbook.customXmlParts.find((p) => p.id === id);
      if (!part) throw new FakeOfficeError('ItemNotFound', `no custom XML part ${id}`);
      return { workbook, part };
    });
  }

  getItemOrNullObject(id: string): CustomXmlPartProxy {
    return this._related(
      'CustomXmlPart',
      'getItemOrNullObject',
      (workbook) => {
        const part = workbook.customXmlParts.find((p) => p.id === id);
        return part ? { workbook, part } : null;
      },
      true,
    );
  }
}

interface ScopedTarget {
  workbook: FakeWorkbook;
  namespaceUri: string;
}

export class CustomXmlPartScopedCollectionProxy extends CollectionBase<ScopedTarget, 'CustomXmlPart'> {
  readonly _typeName = 'CustomXmlPartScopedCollection';
  readonly _itemKind = 'CustomXmlPart';

  _itemsOf(t: ScopedTarget): PartTarget[] {
    return t.workbook.customXmlParts.filter((p) => p.namespaceUri === t.namespaceUri).map((part) => ({ workbook: t.workbook, part }));
  }

  getOnlyItem(): CustomXmlPartProxy {
    return this._related('CustomXmlPart', 'getOnlyItem', (t) => {
      const items = this._itemsOf(t);
      if (items.length === 0) throw new FakeOfficeError('ItemNotFound', `no custom XML part in ${t.namespaceUri}`);
      if (items.length > 1) throw new FakeOfficeError('InvalidOperation', `${items.length} custom XML parts in ${t.namespaceUri}`);
      return items[0];
    });
  }

  /** Null unless there is exactly one part in the namespace. */
  getOnlyItemOrNullObject(): CustomXmlPartProxy {
    return this._related(
      'CustomXmlPart',
      'getOnlyItemOrNullObject',
      (t) => {
        const items = this._itemsOf(t);
        return items.length === 1 ? items[0] : null;
      },
      true,
    );
  }
}

export class CustomXmlPartProxy extends ClientObjectBase<PartTarget> {
  readonly _typeName = 'CustomXmlPart';
  declare id: string;
  declare namespaceUri: string;

  getXml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>('CustomXmlPart.getXml');
    this._queue('getXml', (t) => result._set(livePart(t).xml), false);
    return result;
  }

  setXml(xml: string): void {
    this._queue('setXml', (t) => {
      const part = livePart(t);
      const text = requireString(xml, 'CustomXmlPart.setXml(xml)');
      part.namespaceUri = rootNamespaceOf(text);
      part.xml = text;
    });
  }

  delete(): void {
    this._queue('delete', (t) => {
      const part = livePart(t);
      t.workbook.customXmlParts = t.workbook.customXmlParts.filter((p) => p !== part);
    });
  }
}

defineProps<PartTarget>(CustomXmlPartProxy, {
  id: field(livePart, 'id'),
  namespaceUri: field(livePart, 'namespaceUri'),
});

const WORKBOOK_CLASSES = {
  Workbook: WorkbookProxy,
  Application: ApplicationProxy,
  CustomXmlPartCollection: CustomXmlPartCollectionProxy,
  CustomXmlPartScopedCollection: CustomXmlPartScopedCollectionProxy,
  CustomXmlPart: CustomXmlPartProxy,
};
registerProxies(WORKBOOK_CLASSES);

declare module './client-object' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the registry's types: one list, above
  interface ProxyKinds extends InstancesOf<typeof WORKBOOK_CLASSES> {}
}
