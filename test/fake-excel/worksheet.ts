/** Worksheets and what hangs off them: collection, freeze panes, page layout, custom properties, notes, comments. */
import { boxToA1, tryParseAddress } from './address';
import {
  ClientObjectBase,
  CollectionBase,
  defineParts,
  defineProps,
  field,
  FakeClientResult,
  registerProxies,
  type InstancesOf,
  type PropSpecs,
  type ProxyKinds,
  type TargetOf,
} from './client-object';
import { FakeOfficeError } from './errors';
import {
  MAX_COLUMNS,
  MAX_ROWS,
  addSheetState,
  cellKey,
  findSheetById,
  findSheetByName,
  type FakeSheet,
  type FakeWorkbook,
  type RangeBox,
} from './model';
import { usedBox } from './sheet-ops';
import { boxOnSheet, rangeOn, rangeTargetOf, type ScopeTarget, type SheetTarget } from './targets';
import { checkSheetName, invalid, normalizeColor, requireBoolean, requireEnum, requireNumber, requireString } from './validate';

type RangeProxy = ProxyKinds['Range'];

/** Fails when the sheet has been deleted since the proxy was made. */
function live(t: FakeSheet, workbook: FakeWorkbook): FakeSheet {
  if (!workbook.sheets.includes(t)) throw new FakeOfficeError('ItemNotFound', `the worksheet «${t.name}» was deleted`);
  return t;
}

export class WorksheetProxy extends ClientObjectBase<SheetTarget> {
  readonly _typeName = 'Worksheet';
  declare name: string;
  declare id: string;
  declare position: number;
  declare visibility: string;
  declare tabColor: string;
  declare showGridlines: boolean;
  declare readonly freezePanes: FreezePanesProxy;
  declare readonly pageLayout: PageLayoutProxy;
  declare readonly customProperties: CustomPropertyCollectionProxy;
  declare readonly notes: NoteCollectionProxy;
  declare readonly comments: CommentCollectionProxy;
  declare readonly charts: ProxyKinds['ChartCollection'];
  declare readonly names: ProxyKinds['NamedItemCollection'];

  override _target(): SheetTarget | null {
    const t = super._target();
    if (t) live(t.sheet, t.workbook);
    return t;
  }

  private _range(member: string, box: (sheet: FakeSheet) => RangeBox | null, nullable = false): RangeProxy {
    return this._related('Range', member, (t) => rangeOn(t, box(t.sheet)), nullable);
  }

  getRange(address?: string): RangeProxy {
    return this._range('getRange', (sheet) =>
      address === undefined || address === '' ? { row: 0, col: 0, rowCount: MAX_ROWS, colCount: MAX_COLUMNS } : boxOnSheet(sheet, address),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return this._range('getRangeByIndexes', () => {
      const box = { row: startRow, col: startColumn, rowCount, colCount: columnCount };
      if (
        ![startRow, startColumn, rowCount, columnCount].every(Number.isInteger) ||
        startRow < 0 ||
        startColumn < 0 ||
        rowCount < 1 ||
        columnCount < 1 ||
        startRow + rowCount > MAX_ROWS ||
        startColumn + columnCount > MAX_COLUMNS
      ) {
        throw invalid(`getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount})`);
      }
      return box;
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this._range('getCell', () => {
      if (row < 0 || column < 0 || row >= MAX_ROWS || column >= MAX_COLUMNS) throw invalid(`getCell(${row}, ${column})`);
      return { row, col: column, rowCount: 1, colCount: 1 };
    });
  }

  /** An empty sheet's used range is A1 (Excel's rule); getUsedRangeOrNullObject gives a null object instead. */
  getUsedRange(valuesOnly = false): RangeProxy {
    return this._range('getUsedRange', (sheet) => usedBox(sheet, valuesOnly) ?? { row: 0, col: 0, rowCount: 1, colCount: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this._range('getUsedRangeOrNullObject', (sheet) => usedBox(sheet, valuesOnly), true);
  }

  activate(): void {
    this._queue('activate', ({ workbook, sheet }) => {
      if (sheet.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', `cannot activate the hidden sheet «${sheet.name}»`);
      workbook.selection = { sheetId: sheet.id, box: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
    });
  }

  delete(): void {
    this._queue('delete', ({ workbook: wb, sheet }) => {
      const visible = wb.sheets.filter((s) => s.visibility === 'Visible');
      if (visible.length === 1 && visible[0] === sheet) {
        throw new FakeOfficeError('InvalidOperation', 'a workbook must keep at least one visible sheet');
      }
      wb.sheets = wb.sheets.filter((s) => s !== sheet);
      // Names that pointed at the sheet become #REF!, as in Excel.
      for (const name of wb.names) {
        if (name.ref?.sheetId === sheet.id) {
          name.ref = null;
          name.formula = '=#REF!';
        }
      }
      if (wb.selection?.sheetId === sheet.id) {
        const next = wb.sheets.find((s) => s.visibility === 'Visible')!;
        wb.selection = { sheetId: next.id, box: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
      }
    });
  }
}

defineParts<SheetTarget>(WorksheetProxy, {
  freezePanes: 'WorksheetFreezePanes',
  pageLayout: 'PageLayout',
  customProperties: 'WorksheetCustomPropertyCollection',
  notes: 'NoteCollection',
  comments: 'CommentCollection',
  charts: 'ChartCollection',
  names: 'NamedItemCollection',
});

defineProps<SheetTarget>(WorksheetProxy, {
  name: {
    read: ({ sheet: s }) => s.name,
    write({ workbook: wb, sheet: s }, v) {
      const name = checkSheetName(v);
      const clash = findSheetByName(wb, name);
      if (clash && clash !== s) throw new FakeOfficeError('ItemAlreadyExists', `a sheet named «${clash.name}» already exists`);
      s.name = name;
    },
  },
  id: { read: ({ sheet }) => sheet.id },
  position: {
    read: ({ workbook, sheet }) => workbook.sheets.indexOf(sheet),
    write({ workbook: wb, sheet: s }, v) {
      const position = requireNumber(v, 'Worksheet.position', 0, wb.sheets.length - 1);
      wb.sheets = wb.sheets.filter((x) => x !== s);
      wb.sheets.splice(position, 0, s);
    },
  },
  visibility: {
    read: ({ sheet }) => sheet.visibility,
    write({ workbook: wb, sheet: s }, v) {
      const visibility = requireEnum('SheetVisibility', v, 'Worksheet.visibility');
      if (visibility !== 'Visible' && wb.sheets.filter((x) => x.visibility === 'Visible' && x !== s).length === 0) {
        throw new FakeOfficeError('InvalidOperation', 'a workbook must keep at least one visible sheet');
      }
      s.visibility = visibility;
    },
  },
  tabColor: {
    read: ({ sheet }) => sheet.tabColor,
    write({ sheet: s }, v) {
      s.tabColor = v === '' ? '' : normalizeColor(v, 'Worksheet.tabColor');
    },
  },
  showGridlines: {
    read: ({ sheet }) => sheet.showGridlines,
    write({ sheet: s }, v) {
      s.showGridlines = requireBoolean(v, 'Worksheet.showGridlines');
    },
  },
});

export class WorksheetCollectionProxy extends CollectionBase<FakeWorkbook, 'Worksheet'> {
  readonly _typeName = 'WorksheetCollection';
  readonly _itemKind = 'Worksheet';

  _itemsOf(wb: FakeWorkbook): SheetTarget[] {
    return wb.sheets.map((sheet) => ({ workbook: wb, sheet }));
  }

  private _sheet(member: string, find: (wb: FakeWorkbook) => FakeSheet | null, nullable = false): WorksheetProxy {
    return this._related(
      'Worksheet',
      member,
      (wb) => {
        const sheet = find(wb);
        return sheet && { workbook: wb, sheet };
      },
      nullable,
    );
  }

  add(name?: string): WorksheetProxy {
    return this._add('Worksheet', 'add', (wb) => {
      let sheetName = name;
      if (sheetName === undefined || sheetName === null) {
        let n = wb.sheets.length + 1;
        while (findSheetByName(wb, `Sheet${n}`)) n++;
        sheetName = `Sheet${n}`;
      }
      checkSheetName(sheetName);
      const clash = findSheetByName(wb, sheetName);
      if (clash) throw new FakeOfficeError('ItemAlreadyExists', `a sheet named «${clash.name}» already exists`);
      return { workbook: wb, sheet: addSheetState(wb, sheetName) };
    });
  }

  getItem(key: string): WorksheetProxy {
    return this._sheet('getItem', (wb) => {
      const sheet = findSheetByName(wb, key) ?? findSheetById(wb, key);
      if (!sheet) throw new FakeOfficeError('ItemNotFound', `there is no worksheet «${key}»`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return this._sheet('getItemOrNullObject', (wb) => findSheetByName(wb, key) ?? findSheetById(wb, key) ?? null, true);
  }

  getActiveWorksheet(): WorksheetProxy {
    return this._sheet('getActiveWorksheet', (wb) => {
      const sheet = wb.selection && findSheetById(wb, wb.selection.sheetId);
      if (!sheet) throw new FakeOfficeError('ItemNotFound', 'the workbook has no active sheet');
      return sheet;
    });
  }

  override getCount(visibleOnly = false): FakeClientResult<number> {
    const result = new FakeClientResult<number>('WorksheetCollection.getCount');
    this._queue(
      'getCount',
      (wb) => result._set(wb.sheets.filter((s) => !visibleOnly || s.visibility === 'Visible').length),
      false,
    );
    return result;
  }
}

export class FreezePanesProxy extends ClientObjectBase<SheetTarget> {
  readonly _typeName = 'WorksheetFreezePanes';

  freezeRows(count = 1): void {
    this._queue('freezeRows', (t) => {
      requireNumber(count, 'freezeRows(count)', 0, MAX_ROWS - 1);
      t.sheet.freeze = count === 0 ? null : { rows: count, columns: 0 };
    });
  }

  freezeColumns(count = 1): void {
    this._queue('freezeColumns', (t) => {
      requireNumber(count, 'freezeColumns(count)', 0, MAX_COLUMNS - 1);
      t.sheet.freeze = count === 0 ? null : { rows: 0, columns: count };
    });
  }

  /** The given range is the frozen top-left pane: rows above its end and columns left of its end stay put. */
  freezeAt(frozenRange: RangeProxy | string): void {
    this._queue('freezeAt', (t) => {
      const box = typeof frozenRange === 'string' ? boxOnSheet(t.sheet, frozenRange) : rangeTargetOf(frozenRange, t.sheet).box;
      const rows = box.colCount === MAX_COLUMNS || box.rowCount !== MAX_ROWS ? box.row + box.rowCount : 0;
      const columns = box.rowCount === MAX_ROWS || box.colCount !== MAX_COLUMNS ? box.col + box.colCount : 0;
      t.sheet.freeze = { rows: box.rowCount === MAX_ROWS ? 0 : rows, columns: box.colCount === MAX_COLUMNS ? 0 : columns };
    });
  }

  unfreeze(): void {
    this._queue('unfreeze', (t) => (t.sheet.freeze = null));
  }

  getLocationOrNullObject(): RangeProxy {
    return this._related(
      'Range',
      'getLocationOrNullObject',
      (t) => {
        const f = t.sheet.freeze;
        if (!f) return null;
        const box =
          f.columns === 0
            ? { row: 0, col: 0, rowCount: f.rows, colCount: MAX_COLUMNS }
            : f.rows === 0
              ? { row: 0, col: 0, rowCount: MAX_ROWS, colCount: f.columns }
              : { row: 0, col: 0, rowCount: f.rows, colCount: f.columns };
        return rangeOn(t, box);
      },
      true,
    );
  }
}

export class PageLayoutProxy extends ClientObjectBase<SheetTarget> {
  readonly _typeName = 'PageLayout';
  declare orientation: string;
  declare paperSize: string;
  declare zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  declare topMargin: number;
  declare bottomMargin: number;
  declare leftMargin: number;
  declare rightMargin: number;
  declare headerMargin: number;
  declare footerMargin: number;
  declare centerHorizontally: boolean;
  declare centerVertically: boolean;
  declare printGridlines: boolean;

  private _rowsOrColumns(member: string, arg: RangeProxy | string, kind: 'rows' | 'columns', set: (t: SheetTarget, value: string) => void) {
    this._queue(member, (t) => {
      let box: RangeBox;
      let isWhole: boolean;
      if (typeof arg === 'string') {
        const parsed = tryParseAddress(arg);
        if (!parsed) throw invalid(`${member}: «${arg}» is not a valid reference`);
        box = parsed.box;
        isWhole = parsed.kind === kind;
      } else {
        box = rangeTargetOf(arg, t.sheet).box;
        isWhole = kind === 'rows' ? box.colCount === MAX_COLUMNS : box.rowCount === MAX_ROWS;
      }
      if (!isWhole) throw invalid(`${member} needs whole ${kind} (e.g. ${kind === 'rows' ? '$5:$7' : '$A:$B'})`);
      const a1 = boxToA1(box).split(':');
      set(t, a1.map((p) => `$${p}`).join(':'));
    });
  }

  setPrintTitleRows(printTitleRows: RangeProxy | string): void {
    this._rowsOrColumns('setPrintTitleRows', printTitleRows, 'rows', (t, v) => (t.sheet.pageLayout.printTitleRows = v));
  }

  setPrintTitleColumns(printTitleColumns: RangeProxy | string): void {
    this._rowsOrColumns('setPrintTitleColumns', printTitleColumns, 'columns', (t, v) => (t.sheet.pageLayout.printTitleColumns = v));
  }

  setPrintArea(printArea: RangeProxy | string): void {
    this._queue('setPrintArea', (t) => {
      const box = typeof printArea === 'string' ? boxOnSheet(t.sheet, printArea) : rangeTargetOf(printArea, t.sheet).box;
      t.sheet.pageLayout.printArea = boxToA1(box);
    });
  }

  getPrintTitleRowsOrNullObject(): RangeProxy {
    return this._related(
      'Range',
      'getPrintTitleRowsOrNullObject',
      (t) => {
        const rows = t.sheet.pageLayout.printTitleRows;
        return rangeOn(t, rows ? (tryParseAddress(rows)?.box ?? null) : null);
      },
      true,
    );
  }
}

function marginProp(key: keyof FakeSheet['pageLayout']['margins'], member: string) {
  return {
    read: (t: SheetTarget) => t.sheet.pageLayout.margins[key],
    write: (t: SheetTarget, v: unknown) => {
      t.sheet.pageLayout.margins[key] = requireNumber(v, member, 0, 1440);
    },
  };
}

defineProps<SheetTarget>(PageLayoutProxy, {
  orientation: {
    read: (t) => t.sheet.pageLayout.orientation,
    write: (t, v) => {
      t.sheet.pageLayout.orientation = requireEnum('PageOrientation', v, 'PageLayout.orientation');
    },
  },
  paperSize: {
    read: (t) => t.sheet.pageLayout.paperSize,
    write: (t, v) => {
      t.sheet.pageLayout.paperSize = requireEnum('PaperType', v, 'PageLayout.paperSize');
    },
  },
  zoom: {
    read: (t) => ({ ...t.sheet.pageLayout.zoom }),
    write: (t, v) => {
      if (!v || typeof v !== 'object') throw invalid('PageLayout.zoom must be an object');
      const z = v as Record<string, unknown>;
      const zoom: FakeSheet['pageLayout']['zoom'] = {};
      if (z.scale !== undefined && z.scale !== null) zoom.scale = requireNumber(z.scale, 'zoom.scale', 10, 400);
      for (const key of ['horizontalFitToPages', 'verticalFitToPages'] as const) {
        if (z[key] === undefined || z[key] === null) continue;
        const n = requireNumber(z[key], `zoom.${key}`, 0, 32767);
        if (!Number.isInteger(n)) throw invalid(`zoom.${key} must be a whole number`);
        zoom[key] = n;
      }
      if (zoom.scale !== undefined && (zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined)) {
        throw invalid('zoom: give either scale or fit-to-pages, not both');
      }
      if (Object.keys(zoom).length === 0) throw invalid('zoom: nothing to set');
      t.sheet.pageLayout.zoom = zoom;
    },
  },
  topMargin: marginProp('top', 'PageLayout.topMargin'),
  bottomMargin: marginProp('bottom', 'PageLayout.bottomMargin'),
  leftMargin: marginProp('left', 'PageLayout.leftMargin'),
  rightMargin: marginProp('right', 'PageLayout.rightMargin'),
  headerMargin: marginProp('header', 'PageLayout.headerMargin'),
  footerMargin: marginProp('footer', 'PageLayout.footerMargin'),
  centerHorizontally: {
    read: (t) => t.sheet.pageLayout.centerHorizontally,
    write: (t, v) => {
      t.sheet.pageLayout.centerHorizontally = requireBoolean(v, 'PageLayout.centerHorizontally');
    },
  },
  centerVertically: {
    read: (t) => t.sheet.pageLayout.centerVertically,
    write: (t, v) => {
      t.sheet.pageLayout.centerVertically = requireBoolean(v, 'PageLayout.centerVertically');
    },
  },
  printGridlines: {
    read: (t) => t.sheet.pageLayout.printGridlines,
    write: (t, v) => {
      t.sheet.pageLayout.printGridlines = requireBoolean(v, 'PageLayout.printGridlines');
    },
  },
});

// Custom properties (ExcelApi 1.12) --------------------------------------------------------------------------

interface PropertyTarget {
  sheet: FakeSheet;
  key: string;
}

function liveProperty(t: PropertyTarget) {
  const p = t.sheet.customProperties.get(t.key.toLowerCase());
  if (!p) throw new FakeOfficeError('ItemNotFound', `custom property «${t.key}» was deleted`);
  return p;
}

export class CustomPropertyCollectionProxy extends CollectionBase<SheetTarget, 'WorksheetCustomProperty'> {
  readonly _typeName = 'WorksheetCustomPropertyCollection';
  readonly _itemKind = 'WorksheetCustomProperty';

  _itemsOf(t: SheetTarget): PropertyTarget[] {
    return [...t.sheet.customProperties.values()].map((p) => ({ sheet: t.sheet, key: p.key }));
  }

  /** Adds or overwrites (Excel's documented behaviour); keys are case-insensitive, at most 255 characters. */
  add(key: string, value: string): CustomPropertyProxy {
    return this._add('WorksheetCustomProperty', 'add', (t) => {
      const k = requireString(key, 'customProperties.add(key)');
      if (k.length === 0 || k.length > 255) throw invalid('a custom property key has 1 to 255 characters');
      t.sheet.customProperties.set(k.toLowerCase(), { key: k, value: requireString(value, 'customProperties.add(value)') });
      return { sheet: t.sheet, key };
    });
  }

  getItem(key: string): CustomPropertyProxy {
    return this._related('WorksheetCustomProperty', 'getItem', (t) => {
      if (!t.sheet.customProperties.has(key.toLowerCase())) throw new FakeOfficeError('ItemNotFound', `no custom property «${key}»`);
      return { sheet: t.sheet, key };
    });
  }

  getItemOrNullObject(key: string): CustomPropertyProxy {
    return this._related(
      'WorksheetCustomProperty',
      'getItemOrNullObject',
      (t) => (t.sheet.customProperties.has(key.toLowerCase()) ? { sheet: t.sheet, key } : null),
      true,
    );
  }
}

export class CustomPropertyProxy extends ClientObjectBase<PropertyTarget> {
  readonly _typeName = 'WorksheetCustomProperty';
  declare key: string;
  declare value: string;

  delete(): void {
    this._queue('delete', (t) => {
      liveProperty(t);
      t.sheet.customProperties.delete(t.key.toLowerCase());
    });
  }
}

defineProps<PropertyTarget>(CustomPropertyProxy, {
  key: field(liveProperty, 'key'),
  value: field(liveProperty, 'value', (v) => requireString(v, 'WorksheetCustomProperty.value')),
});

// Notes (1.18) and comment threads (1.10): at most one of each per cell ----------------------------------------

interface CellTarget {
  sheet: FakeSheet;
  row: number;
  col: number;
}

/** Where each kind of annotation is kept on a sheet, and how messages name it. */
const ANNOTATIONS = {
  Note: { store: 'notes', noun: 'note', exists: 'a note' },
  Comment: { store: 'comments', noun: 'comment', exists: 'a comment thread' },
} as const;
type AnnotationKind = keyof typeof ANNOTATIONS;

/** A single cell given as a Range or an address; on the workbook collection the address must name its sheet. */
function cellOf(t: ScopeTarget, cell: unknown, what: string): CellTarget {
  let sheet: FakeSheet | undefined;
  let box: RangeBox;
  if (typeof cell === 'string') {
    const parsed = tryParseAddress(cell);
    if (!parsed) throw invalid(`${what}: «${cell}» is not a valid address`);
    if (parsed.sheetName !== null) sheet = findSheetByName(t.workbook, parsed.sheetName);
    else sheet = t.sheet ?? undefined;
    if (!sheet) throw invalid(`${what}: «${cell}» must name an existing sheet`);
    if (t.sheet && sheet !== t.sheet) throw invalid(`${what}: «${cell}» is on another sheet`);
    box = parsed.box;
  } else {
    const target = rangeTargetOf(cell, t.sheet ?? undefined);
    sheet = target.sheet;
    box = target.box;
  }
  if (box.rowCount !== 1 || box.colCount !== 1) throw invalid(`${what} needs a single cell`);
  return { sheet, row: box.row, col: box.col };
}

function liveAnnotation<K extends AnnotationKind>(t: CellTarget, kind: K) {
  const { store, noun } = ANNOTATIONS[kind];
  const entry = t.sheet[store].get(cellKey(t.row, t.col));
  if (!entry) throw new FakeOfficeError('ItemNotFound', `the ${noun} was deleted`);
  return entry as NonNullable<ReturnType<FakeSheet[(typeof ANNOTATIONS)[K]['store']]['get']>>;
}

/** The collection of one kind of annotation, on a sheet or (scope sheet null) on every sheet of the workbook. */
abstract class AnnotationCollectionProxy<K extends AnnotationKind> extends CollectionBase<ScopeTarget, K> {
  _itemsOf(t: ScopeTarget): TargetOf<K>[] {
    const { store } = ANNOTATIONS[this._itemKind];
    const sheets = t.sheet ? [t.sheet] : t.workbook.sheets;
    const cells: CellTarget[] = sheets.flatMap((sheet) =>
      [...sheet[store].keys()].map((key) => {
        const [row, col] = key.split(',').map(Number);
        return { sheet, row, col };
      }),
    );
    return cells as TargetOf<K>[];
  }

  /** Queues an add on a cell that has no annotation of this kind yet. */
  protected _annotate(cellAddress: unknown, entry: (t: ScopeTarget) => unknown): ProxyKinds[K] {
    const { store, exists } = ANNOTATIONS[this._itemKind];
    return this._add(this._itemKind, 'add', (t) => {
      const cell = cellOf(t, cellAddress, `${store}.add`);
      const key = cellKey(cell.row, cell.col);
      const entries = cell.sheet[store] as Map<string, unknown>;
      if (entries.has(key)) throw new FakeOfficeError('InvalidOperation', `${cellAddress} already has ${exists}`);
      entries.set(key, entry(t));
      return cell as TargetOf<K>;
    });
  }
}

export class NoteCollectionProxy extends AnnotationCollectionProxy<'Note'> {
  readonly _typeName = 'NoteCollection';
  readonly _itemKind = 'Note';

  add(cellAddress: RangeProxy | string, content: string): NoteProxy {
    return this._annotate(cellAddress, () => ({ content: requireString(content, 'notes.add(content)'), author: 'Fake User' }));
  }

  /** The note on a cell (its address is the key), or a null object when the cell has none. */
  getItemOrNullObject(key: string): NoteProxy {
    return this._related(
      'Note',
      'getItemOrNullObject',
      (t) => {
        const cell = cellOf(t, key, 'notes.getItemOrNullObject');
        return cell.sheet.notes.has(cellKey(cell.row, cell.col)) ? cell : null;
      },
      true,
    );
  }
}

export class CommentCollectionProxy extends AnnotationCollectionProxy<'Comment'> {
  readonly _typeName = 'CommentCollection';
  readonly _itemKind = 'Comment';

  add(cellAddress: RangeProxy | string, content: string): CommentProxy {
    return this._annotate(cellAddress, (t) => ({
      id: `comment-${t.workbook._internal.nextId++}`,
      content: requireString(content, 'comments.add(content)'),
      author: 'Fake User',
      resolved: false,
    }));
  }
}

/** A note or a comment thread on one cell. */
abstract class AnnotationProxy extends ClientObjectBase<CellTarget> {
  abstract override readonly _typeName: AnnotationKind;
  declare content: string;
  declare authorName: string;

  delete(): void {
    this._queue('delete', (t) => {
      liveAnnotation(t, this._typeName);
      t.sheet[ANNOTATIONS[this._typeName].store].delete(cellKey(t.row, t.col));
    });
  }
}

function annotationProps(kind: AnnotationKind): PropSpecs<CellTarget> {
  const live = (t: CellTarget) => liveAnnotation(t, kind);
  return {
    content: field(live, 'content', (v) => requireString(v, `${kind}.content`)),
    authorName: { read: (t) => live(t).author },
  };
}

export class NoteProxy extends AnnotationProxy {
  readonly _typeName = 'Note';
}

defineProps<CellTarget>(NoteProxy, annotationProps('Note'));

export class CommentProxy extends AnnotationProxy {
  readonly _typeName = 'Comment';
  declare id: string;

  /** The cell the comment thread is on. */
  getLocation(): RangeProxy {
    return this._related('Range', 'getLocation', (t) => {
      liveAnnotation(t, 'Comment');
      return { workbook: this.context._host.workbook, sheet: t.sheet, box: { row: t.row, col: t.col, rowCount: 1, colCount: 1 } };
    });
  }
}

defineProps<CellTarget>(CommentProxy, { id: { read: (t) => liveAnnotation(t, 'Comment').id }, ...annotationProps('Comment') });

const WORKSHEET_CLASSES = {
  Worksheet: WorksheetProxy,
  WorksheetCollection: WorksheetCollectionProxy,
  WorksheetFreezePanes: FreezePanesProxy,
  PageLayout: PageLayoutProxy,
  WorksheetCustomPropertyCollection: CustomPropertyCollectionProxy,
  WorksheetCustomProperty: CustomPropertyProxy,
  NoteCollection: NoteCollectionProxy,
  Note: NoteProxy,
  CommentCollection: CommentCollectionProxy,
  Comment: CommentProxy,
};
registerProxies(WORKSHEET_CLASSES);

declare module './client-object' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the registry's types: one list, above
  interface ProxyKinds extends InstancesOf<typeof WORKSHEET_CLASSES> {}
}
