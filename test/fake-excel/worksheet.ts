/** Worksheets and what hangs off them: collection, freeze panes, page layout, custom properties, notes, comments. */
import { boxToA1, tryParseAddress } from './address';
import { ClientObjectBase, CollectionBase, defineProps, FakeClientResult, type ProxyInit } from './client-object';
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
import { ChartCollectionProxy } from './charts';
import { NamedItemCollectionProxy } from './names';
import { RangeProxy, boxOnSheet, type RangeTarget } from './range';
import { usedBox } from './sheet-ops';
import { checkSheetName, invalid, normalizeColor, requireBoolean, requireEnum, requireNumber, requireString } from './validate';

export interface SheetTarget {
  workbook: FakeWorkbook;
  sheet: FakeSheet;
}

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

  constructor(init: ProxyInit<SheetTarget>) {
    super(init);
  }

  override _target(): SheetTarget | null {
    const t = super._target();
    if (t) live(t.sheet, t.workbook);
    return t;
  }

  private _sheetChild<C>(key: string, member: string, make: (init: ProxyInit<SheetTarget>) => C): C {
    return this._child(key, () =>
      make({
        context: this.context,
        requires: [...this._requires, member],
        resolve: this._derive((t) => t),
      }),
    );
  }

  private _range(member: string, box: (sheet: FakeSheet) => RangeBox | null, nullable = false): RangeProxy {
    return new RangeProxy({
      context: this.context,
      requires: [...this._requires, this._member(member)],
      nullable,
      resolve: this._derive((t) => {
        const b = box(t.sheet);
        return b ? { workbook: t.workbook, sheet: t.sheet, box: b } : null;
      }),
    });
  }

  get freezePanes(): FreezePanesProxy {
    return this._sheetChild('freezePanes', 'Worksheet.freezePanes', (init) => new FreezePanesProxy(init));
  }

  get pageLayout(): PageLayoutProxy {
    return this._sheetChild('pageLayout', 'Worksheet.pageLayout', (init) => new PageLayoutProxy(init));
  }

  get customProperties(): CustomPropertyCollectionProxy {
    return this._sheetChild('customProperties', 'Worksheet.customProperties', (init) => new CustomPropertyCollectionProxy(init));
  }

  get notes(): NoteCollectionProxy {
    return this._sheetChild('notes', 'Worksheet.notes', (init) => new NoteCollectionProxy(init));
  }

  get comments(): CommentCollectionProxy {
    return this._sheetChild('comments', 'Worksheet.comments', (init) => new CommentCollectionProxy(init));
  }

  get charts(): ChartCollectionProxy {
    return this._sheetChild('charts', 'Worksheet.charts', (init) => new ChartCollectionProxy(init));
  }

  get names(): NamedItemCollectionProxy {
    return this._sheetChild('names', 'Worksheet.names', (init) => new NamedItemCollectionProxy(init));
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

/** Collections scoped to a sheet get `{ workbook, sheet }`; collections on the workbook get `{ workbook, sheet: null }`. */
export interface ScopeTarget {
  workbook: FakeWorkbook;
  sheet: FakeSheet | null;
}

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

export class WorksheetCollectionProxy extends CollectionBase<FakeWorkbook, SheetTarget, WorksheetProxy> {
  readonly _typeName = 'WorksheetCollection';

  _itemsOf(wb: FakeWorkbook): SheetTarget[] {
    return wb.sheets.map((sheet) => ({ workbook: wb, sheet }));
  }

  _itemProxy(item: SheetTarget): WorksheetProxy {
    return new WorksheetProxy({ context: this.context, resolve: () => item });
  }

  private _sheet(member: string, find: (wb: FakeWorkbook) => FakeSheet | null, nullable = false): WorksheetProxy {
    return new WorksheetProxy({
      context: this.context,
      requires: [...this._requires, this._member(member)],
      nullable,
      resolve: this._derive((wb) => {
        const sheet = find(wb);
        return sheet ? { workbook: wb, sheet } : null;
      }),
    });
  }

  add(name?: string): WorksheetProxy {
    let created: FakeSheet | null = null;
    this._queue('add', (wb) => {
      let sheetName = name;
      if (sheetName === undefined || sheetName === null) {
        let n = wb.sheets.length + 1;
        while (findSheetByName(wb, `Sheet${n}`)) n++;
        sheetName = `Sheet${n}`;
      }
      checkSheetName(sheetName);
      const clash = findSheetByName(wb, sheetName);
      if (clash) throw new FakeOfficeError('ItemAlreadyExists', `a sheet named «${clash.name}» already exists`);
      created = addSheetState(wb, sheetName);
    });
    return this._sheet('add', () => {
      if (!created) throw new FakeOfficeError('ItemNotFound', 'the worksheet was not created');
      return created;
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

  getCount(visibleOnly = false): FakeClientResult<number> {
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
    return new RangeProxy({
      context: this.context,
      requires: [...this._requires, 'WorksheetFreezePanes.getLocationOrNullObject'],
      nullable: true,
      resolve: this._derive((t) => {
        const f = t.sheet.freeze;
        if (!f) return null;
        const box =
          f.columns === 0
            ? { row: 0, col: 0, rowCount: f.rows, colCount: MAX_COLUMNS }
            : f.rows === 0
              ? { row: 0, col: 0, rowCount: MAX_ROWS, colCount: f.columns }
              : { row: 0, col: 0, rowCount: f.rows, colCount: f.columns };
        return { workbook: t.workbook, sheet: t.sheet, box };
      }),
    });
  }
}

/** A Range proxy passed as an argument: resolved inside the sync; it must be on the expected sheet. */
export function rangeTargetOf(range: RangeProxy, sheet?: FakeSheet): RangeTarget {
  if (!(range instanceof RangeProxy)) throw invalid('expected a Range object');
  const target = range._existingTarget();
  if (sheet && target.sheet !== sheet) throw invalid('the range is on another worksheet');
  return target;
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
    return new RangeProxy({
      context: this.context,
      requires: [...this._requires, 'PageLayout.getPrintTitleRowsOrNullObject'],
      nullable: true,
      resolve: this._derive((t) => {
        const rows = t.sheet.pageLayout.printTitleRows;
        const parsed = rows ? tryParseAddress(rows) : null;
        return parsed ? { workbook: t.workbook, sheet: t.sheet, box: parsed.box } : null;
      }),
    });
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

export class CustomPropertyCollectionProxy extends CollectionBase<SheetTarget, PropertyTarget, CustomPropertyProxy> {
  readonly _typeName = 'WorksheetCustomPropertyCollection';

  _itemsOf(t: SheetTarget): PropertyTarget[] {
    return [...t.sheet.customProperties.values()].map((p) => ({ sheet: t.sheet, key: p.key }));
  }

  _itemProxy(item: PropertyTarget): CustomPropertyProxy {
    return new CustomPropertyProxy({ context: this.context, resolve: () => item });
  }

  /** Adds or overwrites (Excel's documented behaviour); keys are case-insensitive, at most 255 characters. */
  add(key: string, value: string): CustomPropertyProxy {
    this._queue('add', (t) => {
      const k = requireString(key, 'customProperties.add(key)');
      if (k.length === 0 || k.length > 255) throw invalid('a custom property key has 1 to 255 characters');
      t.sheet.customProperties.set(k.toLowerCase(), { key: k, value: requireString(value, 'customProperties.add(value)') });
    });
    return new CustomPropertyProxy({
      context: this.context,
      requires: [...this._requires, 'WorksheetCustomPropertyCollection.add'],
      resolve: this._derive((t) => ({ sheet: t.sheet, key })),
    });
  }

  getItem(key: string): CustomPropertyProxy {
    return new CustomPropertyProxy({
      context: this.context,
      requires: [...this._requires, 'WorksheetCustomPropertyCollection.getItem'],
      resolve: this._derive((t) => {
        if (!t.sheet.customProperties.has(key.toLowerCase())) throw new FakeOfficeError('ItemNotFound', `no custom property «${key}»`);
        return { sheet: t.sheet, key };
      }),
    });
  }

  getItemOrNullObject(key: string): CustomPropertyProxy {
    return new CustomPropertyProxy({
      context: this.context,
      requires: [...this._requires, 'WorksheetCustomPropertyCollection.getItemOrNullObject'],
      nullable: true,
      resolve: this._derive((t) => (t.sheet.customProperties.has(key.toLowerCase()) ? { sheet: t.sheet, key } : null)),
    });
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
  key: { read: (t) => liveProperty(t).key },
  value: {
    read: (t) => liveProperty(t).value,
    write: (t, v) => {
      liveProperty(t).value = requireString(v, 'WorksheetCustomProperty.value');
    },
  },
});

// Notes (1.18) and comments (1.10) ----------------------------------------------------------------------------

interface CellTarget {
  sheet: FakeSheet;
  row: number;
  col: number;
}

/** A single cell given as a Range or an address; on the workbook collection the address must name its sheet. */
function cellOf(t: ScopeTarget, cell: RangeProxy | string, what: string): CellTarget {
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

function notesIn(t: ScopeTarget): CellTarget[] {
  const sheets = t.sheet ? [t.sheet] : t.workbook.sheets;
  return sheets.flatMap((sheet) =>
    [...sheet.notes.keys()].map((key) => {
      const [row, col] = key.split(',').map(Number);
      return { sheet, row, col };
    }),
  );
}

function liveNote(t: CellTarget) {
  const note = t.sheet.notes.get(cellKey(t.row, t.col));
  if (!note) throw new FakeOfficeError('ItemNotFound', 'the note was deleted');
  return note;
}

export class NoteCollectionProxy extends CollectionBase<ScopeTarget, CellTarget, NoteProxy> {
  readonly _typeName = 'NoteCollection';

  _itemsOf(t: ScopeTarget): CellTarget[] {
    return notesIn(t);
  }

  _itemProxy(item: CellTarget): NoteProxy {
    return new NoteProxy({ context: this.context, resolve: () => item });
  }

  add(cellAddress: RangeProxy | string, content: string): NoteProxy {
    let created: CellTarget | null = null;
    this._queue('add', (t) => {
      const cell = cellOf(t, cellAddress, 'notes.add');
      const key = cellKey(cell.row, cell.col);
      if (cell.sheet.notes.has(key)) throw new FakeOfficeError('InvalidOperation', `${cellAddress} already has a note`);
      cell.sheet.notes.set(key, { content: requireString(content, 'notes.add(content)'), author: 'Fake User' });
      created = cell;
    });
    return new NoteProxy({ context: this.context, requires: [...this._requires, 'NoteCollection.add'], resolve: () => created });
  }

  getCount(): FakeClientResult<number> {
    return this._count('getCount');
  }

  /** The note on a cell (its address is the key), or a null object when the cell has none. */
  getItemOrNullObject(key: string): NoteProxy {
    return new NoteProxy({
      context: this.context,
      requires: [...this._requires, 'NoteCollection.getItemOrNullObject'],
      nullable: true,
      resolve: this._derive((t) => {
        const cell = cellOf(t, key, 'notes.getItemOrNullObject');
        return cell.sheet.notes.has(cellKey(cell.row, cell.col)) ? cell : null;
      }),
    });
  }
}

export class NoteProxy extends ClientObjectBase<CellTarget> {
  readonly _typeName = 'Note';
  declare content: string;
  declare authorName: string;

  delete(): void {
    this._queue('delete', (t) => {
      liveNote(t);
      t.sheet.notes.delete(cellKey(t.row, t.col));
    });
  }
}

defineProps<CellTarget>(NoteProxy, {
  content: {
    read: (t) => liveNote(t).content,
    write: (t, v) => {
      liveNote(t).content = requireString(v, 'Note.content');
    },
  },
  authorName: { read: (t) => liveNote(t).author },
});

function commentsIn(t: ScopeTarget): CellTarget[] {
  const sheets = t.sheet ? [t.sheet] : t.workbook.sheets;
  return sheets.flatMap((sheet) =>
    [...sheet.comments.keys()].map((key) => {
      const [row, col] = key.split(',').map(Number);
      return { sheet, row, col };
    }),
  );
}

function liveComment(t: CellTarget) {
  const comment = t.sheet.comments.get(cellKey(t.row, t.col));
  if (!comment) throw new FakeOfficeError('ItemNotFound', 'the comment was deleted');
  return comment;
}

export class CommentCollectionProxy extends CollectionBase<ScopeTarget, CellTarget, CommentProxy> {
  readonly _typeName = 'CommentCollection';

  _itemsOf(t: ScopeTarget): CellTarget[] {
    return commentsIn(t);
  }

  _itemProxy(item: CellTarget): CommentProxy {
    return new CommentProxy({ context: this.context, resolve: () => item });
  }

  add(cellAddress: RangeProxy | string, content: string): CommentProxy {
    let created: CellTarget | null = null;
    this._queue('add', (t) => {
      const cell = cellOf(t, cellAddress, 'comments.add');
      const key = cellKey(cell.row, cell.col);
      if (cell.sheet.comments.has(key)) throw new FakeOfficeError('InvalidOperation', `${cellAddress} already has a comment thread`);
      cell.sheet.comments.set(key, {
        id: `comment-${t.workbook._internal.nextId++}`,
        content: requireString(content, 'comments.add(content)'),
        author: 'Fake User',
        resolved: false,
      });
      created = cell;
    });
    return new CommentProxy({ context: this.context, requires: [...this._requires, 'CommentCollection.add'], resolve: () => created });
  }

  getCount(): FakeClientResult<number> {
    return this._count('getCount');
  }
}

export class CommentProxy extends ClientObjectBase<CellTarget> {
  readonly _typeName = 'Comment';
  declare id: string;
  declare content: string;
  declare authorName: string;

  /** The cell the comment thread is on. */
  getLocation(): RangeProxy {
    return new RangeProxy({
      context: this.context,
      requires: [...this._requires, 'Comment.getLocation'],
      resolve: this._derive((t) => {
        liveComment(t);
        return { workbook: this.context._host.workbook, sheet: t.sheet, box: { row: t.row, col: t.col, rowCount: 1, colCount: 1 } };
      }),
    });
  }

  delete(): void {
    this._queue('delete', (t) => {
      liveComment(t);
      t.sheet.comments.delete(cellKey(t.row, t.col));
    });
  }
}

defineProps<CellTarget>(CommentProxy, {
  id: { read: (t) => liveComment(t).id },
  content: {
    read: (t) => liveComment(t).content,
    write: (t, v) => {
      liveComment(t).content = requireString(v, 'Comment.content');
    },
  },
  authorName: { read: (t) => liveComment(t).author },
});
