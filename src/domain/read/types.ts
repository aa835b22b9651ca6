/**
 * Recognition: a plain cell grid (what `src/xlsx/read-grid.ts` or the Office.js adapter reads) in, the
 * forms found in it out. Pure data, zero-based coordinates like SheetPlan (row 0 = Excel row 1).
 */
import type { FormSpec } from '../forms/spec';
import type { ParsedPeriodLabel } from '../period';

export type CellValue = string | number | boolean | null;

/** One cell of the input grid. Structurally compatible with `GridCell` of src/xlsx/read-grid.ts. */
export interface InputCell {
  row: number;
  col: number;
  /** For a formula cell: its cached result (null when the file holds none). */
  value: CellValue;
  /** En-US formula with its leading «=». */
  formula?: string;
  /** Excel number format when not General ('0.00%' tells how a rate was rounded). */
  numberFormat?: string;
}

export interface InputBox {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

export interface InputSheet {
  name: string;
  cells: readonly InputCell[];
  /** Merged areas, when the reader knows them; header spans are inferred from the layout otherwise. */
  merges?: readonly InputBox[];
}

/** A workbook-level defined name (the add-in marks its forms with `KSTT__<code>__<basis>`). */
export interface InputDefinedName {
  name: string;
  sheet: string;
  box: InputBox;
}

export interface InputWorkbook {
  sheets: readonly InputSheet[];
  definedNames?: readonly InputDefinedName[];
}

/**
 * How a cell was read as a number:
 * - 'blank': empty (counts as 0);
 * - 'number': a real number;
 * - 'text-number': text read the Vietnamese way («1.652», «04», «12,5%»), listed in `conversions`;
 * - 'text': text that is not a number («x», «không rõ»): no value;
 * - 'pending': a formula without a cached result (the file was never calculated): no value yet;
 * - 'date': a date or a time (a number shown with a date or time format, e.g. 45.778 as «01/05/2025»):
 *   no value, `raw` keeps the serial.
 */
export type ValueKind = 'blank' | 'number' | 'text-number' | 'text' | 'pending' | 'date';

export interface ReadValue {
  row: number;
  col: number;
  /** A1 address without sheet, e.g. «C14». */
  address: string;
  raw: CellValue;
  kind: ValueKind;
  /** The number read (0 for blank), null when there is none ('text', 'pending', 'date'). A percent text «12,5%» gives 12.5. */
  value: number | null;
  /** The text ended with «%». */
  isPercent: boolean;
  formula?: string;
  numberFormat?: string;
}

/** A text read as a Vietnamese number. */
export interface Conversion {
  address: string;
  text: string;
  value: number;
  isPercent: boolean;
  /** parseViNumber's warning when the reading is a guess. */
  warning?: string;
}

/** Something the reader met in a table and did not read as a figure: said to the official, never silent. */
export interface ReadNote {
  severity: 'error' | 'warning' | 'info';
  /** Zero-based sheet row. */
  row: number;
  /** A1 address of the cell the note is about. */
  address: string;
  message: string;
  messageEn: string;
}

export interface BodyRow {
  row: number;
  stt: string;
  label: string;
  /** Spec column id -> the cell read in that column. */
  values: Record<string, ReadValue>;
}

export interface GroupRow extends BodyRow {
  /** The group row states subtotal figures (some value cell is not blank). */
  hasSubtotal: boolean;
  /** Indexes into `dataRows` of the rows that belong to this group. */
  members: number[];
}

export interface TextFound {
  text: string;
  address: string;
}

export interface PeriodFound {
  /** «Kỳ báo cáo: …» text (after the colon), when found. */
  label: TextFound | null;
  parsed: ParsedPeriodLabel | null;
  /** «(Từ ngày … đến ngày …)»: the whole text and the two dates as written. */
  range: TextFound | null;
  fromText: string | null;
  toText: string | null;
}

export interface RecognisedForm {
  sheet: string;
  /** Spec code, e.g. 'II.06a' or 'KSTT-DT'. */
  code: string;
  spec: FormSpec;
  /** The form code printed above the table («Biểu số II.06a/VPCP/KSTT», «Biểu số 06/VPCP/KSTT»), if any. */
  printedCode: TextFound | null;
  /** The add-in made this table (its form marker covers the header). */
  madeByAddin: boolean;
  headerRows: { first: number; last: number };
  /** Spec column id -> sheet column index (only the columns found). */
  columns: Record<string, number>;
  /** Spec column id -> printed column number («(4)» or the bare «4»), for messages. */
  columnNumbers: Record<string, number>;
  columnNumberRow: number | null;
  /** Item rows (lĩnh vực, đơn vị) or, for fixed forms, every matched fixed row. */
  dataRows: BodyRow[];
  groupRows: GroupRow[];
  totalRow: BodyRow | null;
  /** Fixed forms: spec row id -> index into dataRows. */
  fixedRows: Record<string, number>;
  period: PeriodFound;
  /** «…, ngày 18 tháng 3 năm 2026» under (or above) the table. */
  reportDate: (TextFound & { iso: string | null }) | null;
  conversions: Conversion[];
  /** Last sheet row belonging to the table (TỔNG CỘNG or last data row). */
  lastRow: number;
  /** Rows the reader left out of the figures or read with a doubt (a subtotal inside the table, a row without a name). */
  notes: ReadNote[];
}
