/**
 * SheetPlan: everything needed to draw one form as a worksheet, as plain data.
 *
 * The layout engine produces it from a form spec and the user's options; two renderers consume it:
 * `src/excel` (Office.js, into the open workbook) and `src/xlsx` (exceljs, into a file). Both must give
 * the same workbook cell for cell, so anything a renderer needs is stated here and nothing is implied.
 *
 * Coordinates are zero-based (row 0 = Excel row 1, col 0 = column A). Formulas are en-US A1 syntax with
 * the leading «=» (Office.js `formulas` and exceljs both take that form regardless of the user's locale).
 */

/** A rectangle of cells. */
export interface CellBox {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

/** What a cell holds. Text is always literal text, even when it starts with «=», «+», «-» or «@». */
export type CellContent =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'formula'; formula: string };

/** Why a cell exists: lets checks, highlights and narrative find things without re-reading headers. */
export type CellRole =
  | 'title'
  | 'meta' // form code, period, units, unit of measure, place and date, signatures
  | 'header'
  | 'column-number'
  | 'label' // STT and lĩnh vực names
  | 'input' // a count the official types
  | 'computed' // a formula within a row, e.g. (3)=(4)+(5)+(6)
  | 'subtotal'
  | 'total' // TỔNG CỘNG
  | 'rate';

export interface PlanCell {
  row: number;
  col: number;
  content: CellContent;
  role: CellRole;
}

export type HorizontalAlign = 'left' | 'center' | 'right';
export type VerticalAlign = 'top' | 'center' | 'bottom';
export type BorderEdge = 'top' | 'bottom' | 'left' | 'right' | 'insideHorizontal' | 'insideVertical';

/** A partial style applied to every cell of a box; later entries override earlier ones. */
export interface CellStyle {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontColor?: string; // '#RRGGBB'
  fill?: string; // '#RRGGBB'
  horizontalAlign?: HorizontalAlign;
  verticalAlign?: VerticalAlign;
  wrapText?: boolean;
  /** Excel number format code, en-US syntax (e.g. '#,##0' shows 1.652 in a Vietnamese-locale Excel). */
  numberFormat?: string;
  /** Thin borders on the listed edges of the box (inside edges draw the grid). */
  borders?: BorderEdge[];
}

export interface StyledBox {
  box: CellBox;
  style: CellStyle;
}

/** Whole non-negative numbers only (counts); paste bypasses it, so checks never rely on it. */
export interface PlanValidation {
  box: CellBox;
  rule: 'whole-number-non-negative';
  /** Vietnamese message shown by Excel when a typed value is refused. */
  errorTitle: string;
  errorMessage: string;
}

/** A native conditional format so a colleague without the add-in still sees red cells. */
export interface PlanConditionalFormat {
  box: CellBox;
  /** Formula relative to the box's top-left cell, en-US syntax, e.g. '=C9<>D9+E9+F9'. */
  formula: string;
  fill: string;
  fontColor?: string;
  /** Short reason, used in the task pane's legend. */
  description: string;
}

export interface PlanDefinedName {
  /** Name without sheet; renderers make it unique in the workbook (suffix _2, _3 …) and say what they used. */
  name: string;
  box: CellBox;
  comment?: string;
}

export interface PrintSetup {
  orientation: 'landscape' | 'portrait';
  paperSize: 'A4';
  fitToWidth: boolean;
  /** Rows repeated at the top of every printed page (the column headers). */
  repeatRows?: { first: number; last: number };
  /** Margins in inches. */
  margins?: { top: number; bottom: number; left: number; right: number };
}

/** Where the parts of the form are, in sheet coordinates. Columns are keyed by the spec's column ids. */
export interface PlanLayoutMap {
  headerRows: { first: number; last: number };
  columnNumberRow: number | null;
  /** Spec column id -> sheet column index. */
  columns: Record<string, number>;
  /** The block between the header and TỔNG CỘNG where data rows live (user-inserted rows land here too). */
  dataRows: { first: number; last: number };
  groupRows: { row: number; label: string; subtotal: boolean }[];
  totalRow: number | null;
  /** Fixed-row forms: spec row id -> sheet row (optional; added by the layout engine for checks and narrative). */
  rows?: Record<string, number>;
}

export interface SheetPlan {
  /** Form code as printed, e.g. 'II.06a'. */
  formCode: string;
  /** Which legal basis the layout follows, e.g. 'TT01/2020'. */
  legalBasis: string;
  /** Proposed sheet name (≤ 31 chars, valid for Excel); renderers make it unique and never overwrite. */
  sheetName: string;
  rowCount: number;
  colCount: number;
  cells: PlanCell[];
  merges: CellBox[];
  styles: StyledBox[];
  /** Column widths in Excel character units, by column index. */
  columnWidths: Record<number, number>;
  /** Row heights in points, by row index (rows not listed keep the default). */
  rowHeights: Record<number, number>;
  freeze: { rows: number; columns: number } | null;
  print: PrintSetup;
  names: PlanDefinedName[];
  validations: PlanValidation[];
  conditionalFormats: PlanConditionalFormat[];
  layout: PlanLayoutMap;
}
