/**
 * The fake Excel host's document state: plain data that tests and the preview can inspect directly.
 * Proxies (see `client-object.ts`) read and write this state only inside `context.sync()`.
 * Coordinates are zero-based: row 0 is Excel row 1, col 0 is column A.
 */

export interface RangeBox {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

export type CellValue = string | number | boolean | null;

export interface FakeFont {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  /** '#RRGGBB' */
  color: string;
  /** Excel.RangeUnderlineStyle: 'None' | 'Single' | 'Double' | … */
  underline: string;
}

export interface FakeBorder {
  /** Excel.BorderLineStyle: 'None' | 'Continuous' | 'Dash' | … */
  style: string;
  /** Excel.BorderWeight: 'Hairline' | 'Thin' | 'Medium' | 'Thick' */
  weight: string;
  color: string;
}

export type BorderSide = 'top' | 'bottom' | 'left' | 'right';

export interface FakeAlignment {
  /** Excel.HorizontalAlignment: 'General' | 'Left' | 'Center' | 'Right' | … */
  horizontal: string;
  /** Excel.VerticalAlignment: 'Top' | 'Center' | 'Bottom' | … */
  vertical: string;
  wrapText: boolean;
}

export interface FakeCell {
  /** The cached value. For a formula cell it is the last computed (or imported) result; null if none. */
  value: CellValue;
  /** En-US formula with the leading «=», when the cell holds one. */
  formula?: string;
  numberFormat: string;
  font: FakeFont;
  fill: { color: string | null };
  alignment: FakeAlignment;
  borders: Partial<Record<BorderSide, FakeBorder>>;
}

export interface FakeConditionalFormat {
  id: string;
  box: RangeBox;
  type: 'Custom' | 'CellValue';
  /** Custom: the rule formula, relative to the box's top-left cell. */
  formula?: string;
  /** CellValue: operator and operands. */
  cellValueRule?: { formula1: string; formula2?: string; operator: string };
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  stopIfTrue: boolean;
  priority: number;
}

/** Mirrors Excel.DataValidationRule: exactly one key is set. */
export interface FakeValidationRule {
  wholeNumber?: { formula1: string | number; formula2?: string | number; operator: string };
  decimal?: { formula1: string | number; formula2?: string | number; operator: string };
  textLength?: { formula1: string | number; formula2?: string | number; operator: string };
  date?: { formula1: string | number; formula2?: string | number; operator: string };
  time?: { formula1: string | number; formula2?: string | number; operator: string };
  list?: { inCellDropDown: boolean; source: string };
  custom?: { formula: string };
}

export interface FakeDataValidation {
  box: RangeBox;
  rule: FakeValidationRule;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  prompt: { showPrompt: boolean; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface FakeNote {
  content: string;
  author: string;
}

export interface FakeComment {
  id: string;
  content: string;
  author: string;
  resolved: boolean;
}

export interface FakePageLayout {
  /** 'Portrait' | 'Landscape' */
  orientation: string;
  /** Excel.PaperType, e.g. 'A4', 'Letter' */
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** e.g. '$5:$7', or null */
  printTitleRows: string | null;
  printTitleColumns: string | null;
  printArea: string | null;
  /** Points. */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
}

export interface FakeName {
  name: string;
  /** What the name refers to when it is a range; kept by sheet id so renaming a sheet keeps it valid. */
  ref: { sheetId: string; box: RangeBox } | null;
  /** When the name is not a plain range: the formula text («=0,05», «="x"»). */
  formula: string | null;
  comment: string;
  visible: boolean;
}

export interface FakeSheet {
  id: string;
  name: string;
  /** 'Visible' | 'Hidden' | 'VeryHidden' */
  visibility: string;
  /** Key `${row},${col}`. A cell exists once anything was written to it. */
  cells: Map<string, FakeCell>;
  merges: RangeBox[];
  freeze: { rows: number; columns: number } | null;
  /** Column index -> width in points (the API's unit). */
  columnWidths: Map<number, number>;
  /** Row index -> height in points. */
  rowHeights: Map<number, number>;
  conditionalFormats: FakeConditionalFormat[];
  dataValidations: FakeDataValidation[];
  /** Key `${row},${col}`. */
  notes: Map<string, FakeNote>;
  /** Key `${row},${col}`. */
  comments: Map<string, FakeComment>;
  pageLayout: FakePageLayout;
  /** '' = none, else '#RRGGBB'. */
  tabColor: string;
  showGridlines: boolean;
  /** Lower-cased key -> property (keys are case-insensitive in Excel). */
  customProperties: Map<string, { key: string; value: string }>;
  /** Names scoped to this sheet (Worksheet.names). */
  names: FakeName[];
  /** Charts on this sheet (Worksheet.charts), in creation order. */
  charts: FakeChart[];
  /** Protected by the user (test/fake-excel/faults.ts): changes fail with AccessDenied. */
  protected?: boolean;
}

/** A block of cells on a sheet, kept by sheet id (a chart's data may be on another sheet). */
export interface FakeRangeRef {
  sheetId: string;
  box: RangeBox;
}

export interface FakeChartSeries {
  name: string;
  /** Excel.ChartSeriesDimension.values */
  values: FakeRangeRef | null;
  /** Excel.ChartSeriesDimension.categories (set by setXAxisValues, or taken from the source data). */
  categories: FakeRangeRef | null;
}

/** A chart's or an axis's title. */
export interface FakeChartTitle {
  text: string;
  visible: boolean;
}

export interface FakeChartAxis {
  title: FakeChartTitle;
  minimum: number | null;
  maximum: number | null;
  numberFormat: string;
}

export interface FakeChart {
  id: string;
  name: string;
  /** Excel.ChartType, e.g. 'ColumnStacked'. */
  chartType: string;
  series: FakeChartSeries[];
  title: FakeChartTitle;
  legend: { visible: boolean; position: string };
  /** The cells the chart covers after setPosition (addresses on the chart's own sheet). */
  position: { start: string; end: string | null } | null;
  axes: { category: FakeChartAxis; value: FakeChartAxis };
}

export interface FakeCustomXmlPart {
  id: string;
  namespaceUri: string;
  xml: string;
}

export type WorkbookListener = (workbook: FakeWorkbook) => void;

export interface FakeWorkbook {
  sheets: FakeSheet[];
  /** Workbook-scoped defined names. */
  names: FakeName[];
  customXmlParts: FakeCustomXmlPart[];
  /** The active sheet and the selected range on it. */
  selection: { sheetId: string; box: RangeBox } | null;
  /** Called after every `context.sync()` that ran at least one command. Returns an unsubscribe function. */
  onChange(listener: WorkbookListener): () => void;
  /** Internal: counters for ids; listeners. */
  readonly _internal: { nextId: number; listeners: Set<WorkbookListener> };
}

export const DEFAULT_COLUMN_WIDTH = 48; // points: 8.43 characters of Calibri 11 (64 px)
export const DEFAULT_ROW_HEIGHT = 15; // points
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export function defaultFont(): FakeFont {
  return { name: 'Calibri', size: 11, bold: false, italic: false, color: '#000000', underline: 'None' };
}

export function emptyCell(): FakeCell {
  return {
    value: null,
    numberFormat: 'General',
    font: defaultFont(),
    fill: { color: null },
    alignment: { horizontal: 'General', vertical: 'Bottom', wrapText: false },
    borders: {},
  };
}

export function defaultPageLayout(): FakePageLayout {
  return {
    orientation: 'Portrait',
    paperSize: 'Letter',
    zoom: { scale: 100 },
    printTitleRows: null,
    printTitleColumns: null,
    printArea: null,
    margins: { top: 54, bottom: 54, left: 50.4, right: 50.4, header: 21.6, footer: 21.6 },
    centerHorizontally: false,
    centerVertically: false,
    printGridlines: false,
  };
}

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

/**
 * Parsed keys, shared by every sheet: the same few thousand «row,col» strings are parsed again on every scan of a
 * sheet's cells (used range, sparse reads), ~40 000 of them per scan of a 2.000-row table.
 */
const parsedKeys = new Map<string, { row: number; col: number }>();

export function parseCellKey(key: string): { row: number; col: number } {
  let parsed = parsedKeys.get(key);
  if (!parsed) {
    const comma = key.indexOf(',');
    parsed = { row: Number(key.slice(0, comma)), col: Number(key.slice(comma + 1)) };
    parsedKeys.set(key, parsed);
  }
  return parsed;
}

export function newId(workbook: FakeWorkbook, prefix: string): string {
  workbook._internal.nextId += 1;
  const n = workbook._internal.nextId.toString(16).toUpperCase().padStart(8, '0');
  return `{${prefix}-${n}}`;
}

export function createWorkbookState(): FakeWorkbook {
  const internal = { nextId: 0, listeners: new Set<WorkbookListener>() };
  return {
    sheets: [],
    names: [],
    customXmlParts: [],
    selection: null,
    onChange(listener: WorkbookListener) {
      internal.listeners.add(listener);
      return () => internal.listeners.delete(listener);
    },
    _internal: internal,
  };
}

/** Adds a sheet at the end (no name validation: callers that model the API validate first). */
export function addSheetState(workbook: FakeWorkbook, name: string): FakeSheet {
  const sheet: FakeSheet = {
    id: newId(workbook, 'SHEET'),
    name,
    visibility: 'Visible',
    cells: new Map(),
    merges: [],
    freeze: null,
    columnWidths: new Map(),
    rowHeights: new Map(),
    conditionalFormats: [],
    dataValidations: [],
    notes: new Map(),
    comments: new Map(),
    pageLayout: defaultPageLayout(),
    tabColor: '',
    showGridlines: true,
    customProperties: new Map(),
    names: [],
    charts: [],
  };
  workbook.sheets.push(sheet);
  if (!workbook.selection) workbook.selection = { sheetId: sheet.id, box: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
  return sheet;
}

export function findSheetByName(workbook: FakeWorkbook, name: string): FakeSheet | undefined {
  const wanted = name.toLocaleLowerCase();
  return workbook.sheets.find((s) => s.name.toLocaleLowerCase() === wanted);
}

export function findSheetById(workbook: FakeWorkbook, id: string): FakeSheet | undefined {
  return workbook.sheets.find((s) => s.id === id);
}

export function getCell(sheet: FakeSheet, row: number, col: number): FakeCell | undefined {
  return sheet.cells.get(cellKey(row, col));
}

/** The cell, created empty if it does not exist yet (any write makes a cell exist). */
export function ensureCell(sheet: FakeSheet, row: number, col: number): FakeCell {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = emptyCell();
    sheet.cells.set(key, cell);
  }
  return cell;
}

export function boxesIntersect(a: RangeBox, b: RangeBox): boolean {
  return (
    a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.col < b.col + b.colCount && b.col < a.col + a.colCount
  );
}

export function boxContains(outer: RangeBox, inner: RangeBox): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.col + inner.colCount <= outer.col + outer.colCount
  );
}

export function boxContainsCell(box: RangeBox, row: number, col: number): boolean {
  return row >= box.row && row < box.row + box.rowCount && col >= box.col && col < box.col + box.colCount;
}
