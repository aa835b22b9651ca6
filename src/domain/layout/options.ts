/** What the user chooses when inserting a form (the task pane's dialog, the CLI's flags). */
import type { AdminLevel, OptionalColumnKey } from '../forms/spec';

/** A report period as the period helper produces it. */
export interface PeriodText {
  /** «Quý I năm 2026», «6 tháng đầu năm 2026» … printed after «Kỳ báo cáo: ». */
  label: string;
  /** dd/mm/yyyy */
  from: string;
  /** dd/mm/yyyy */
  to: string;
}

export interface SignerOptions {
  /** Default «NGƯỜI LẬP BIỂU». */
  preparerTitle?: string;
  /** Default «THỦ TRƯỞNG ĐƠN VỊ». */
  headTitle?: string;
  preparerName?: string;
  headName?: string;
}

/** Numbers for the input cells of list and grouped rows: row label -> column id -> value (consolidation). */
export type RowValues = Record<string, Record<string, number>>;

export interface RowGroupOption {
  label: string;
  rows: string[];
  /** Numbers written into this group's input cells, by row label (e.g. a consolidated II.06b). */
  values?: RowValues;
}

export interface FormOptions {
  reportingUnit: string;
  receivingUnit: string;
  level: AdminLevel;
  period: PeriodText;
  /** Place printed before the date, e.g. «Tam Thanh»; empty prints «……». */
  reportPlace: string;
  /** dd/mm/yyyy; empty prints «ngày … tháng … năm …» for the official to fill in by hand. */
  reportDate: string;
  signers?: SignerOptions;
  /** Row labels of a 'list' form (lĩnh vực or đơn vị); the spec's default for the level otherwise. */
  rowLabels?: string[];
  /** Groups of a 'grouped' form (II.06b); the spec's default groups for the period otherwise. */
  groups?: RowGroupOption[];
  optionalColumns?: Partial<Record<OptionalColumnKey, boolean>>;
  /** Numbers written into input cells of fixed rows: rowId -> columnId -> value (e.g. another year's targets). */
  prefill?: Record<string, Record<string, number>>;
  /** Numbers written into input cells of a 'list' form's rows, by row label (e.g. a consolidated appendix). */
  values?: RowValues;
  /** Sheet name instead of the spec's; renderers still make it unique. */
  sheetName?: string;
}
