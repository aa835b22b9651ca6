/**
 * The drafted narrative (Phụ lục I outline) as data: sections of paragraphs, each paragraph a list of segments.
 * Every number is a `Figure` that names the cell it came from (or how it was derived from cells), so the task pane
 * can link each figure to its cell and the tests can prove no number was invented.
 */

/** Outline ids as in the «Đề cương» form (src/domain/forms/de-cuong.ts). */
export type SectionId =
  | 'I'
  | 'I.1'
  | 'I.2'
  | 'I.3'
  | 'I.4'
  | 'II'
  | 'II.1'
  | 'II.2'
  | 'II.3'
  | 'II.4'
  | 'II.5'
  | 'II.6'
  | 'II.7'
  | 'II.8'
  | 'II.9'
  | 'II.10'
  | 'II.11'
  | 'III'
  | 'III.1'
  | 'III.2'
  | 'IV'
  | 'V';

/** A cell of the workbook: sheet name and A1 address without «$» or sheet. */
export interface CellSource {
  sheet: string;
  cell: string;
  /** Set when the cell is in the previous period's workbook (options.previous), absent for this period's. */
  workbook?: 'previous';
}

/**
 * A figure computed from other figures:
 * - 'sum': the sum of `from`;
 * - 'difference': from[0] − from[1];
 * - 'rate': from[0] / from[1] × 100, rounded half up to 2 decimals (value in percent points).
 */
export interface DerivedSource {
  derived: 'rate' | 'sum' | 'difference';
  from: FigureSource[];
}

/** A target taken from the yearly targets data (src/domain/forms/targets-data.ts), not from a cell. */
export interface TargetDataSource {
  target: { year: number; id: string };
}

export type FigureSource = CellSource | DerivedSource | TargetDataSource;

export interface TextSegment {
  kind: 'text';
  text: string;
}

export interface Figure {
  kind: 'figure';
  /** As printed: «1.652», «01», «99,39%», or «không» for a zero said in words. */
  text: string;
  /** The number (a rate in percent points: 99.39). */
  value: number;
  source: FigureSource;
}

/** Text read from a cell (a lĩnh vực name): printed as is, traceable to its cell. */
export interface CellTextSegment {
  kind: 'cell-text';
  text: string;
  source: CellSource;
}

/** A document reference («Biểu số II.06a/VPCP/KSTT», «Nghị quyết 01/NQ-CP …»): may contain digits. */
export interface ReferenceSegment {
  kind: 'reference';
  text: string;
}

/**
 * A figure the workbook does not state (a blank cell, a formula over blank cells): «[chưa có số liệu: ô C13, trang
 * II.06a]». Never a number, never «không có»; the cells say where the official can fill it in.
 */
export interface MissingSegment {
  kind: 'missing';
  text: string;
  cells: CellSource[];
}

export type Segment = TextSegment | Figure | CellTextSegment | ReferenceSegment | MissingSegment;

/** Why a sentence must be checked: the reconciliation found an error in (one of) its source cells. */
export interface DraftFlag {
  reason: string;
  cells: CellSource[];
  /** The cell that states the disputed figure, when one does: one discrepancy is one reason, whoever found it. */
  cell?: CellSource;
}

export interface DraftParagraph {
  segments: Segment[];
  /** Non-empty: the sentence is shown with NEEDS_CHECK_MARK and the reasons. */
  flags: DraftFlag[];
  /** A list item («- …») rather than a running paragraph. */
  bullet?: boolean;
  /** Cells the sentence relies on without printing them (a typed rate it recomputes): findings there flag it too. */
  relatedCells?: CellSource[];
  /**
   * Text kept from last period's report (src/domain/narrative/carry): 'text' a paragraph of the unit's own words
   * (stale figures in it carry «[cần cập nhật: …]» marks), 'subheading' a heading below the outline's level («6.1.»).
   */
  carried?: 'text' | 'subheading';
}

export interface DraftSection {
  id: SectionId;
  /** Printed number within its parent: «II», «5». */
  number: string;
  heading: string;
  /** 1 for I–V, 2 for their items. */
  level: 1 | 2;
  paragraphs: DraftParagraph[];
  /** No figures to draft from: the official writes this section (PLACEHOLDER_TEXT is its only paragraph). */
  placeholder: boolean;
  /** Form codes whose figures this section uses (drafted) or would use (placeholder). */
  sources: string[];
}

export interface DraftReport {
  /** Carried text between last report's «Kính gửi» and its first section («Thực hiện Công văn số …»). */
  preamble?: DraftParagraph[];
  sections: DraftSection[];
  /** The period stated on the forms («Quý I năm 2026»), when one was found. */
  periodLabel: string | null;
}

/** The structural subset of the checker's Finding (src/domain/checks/types.ts) the narrative uses. */
export interface NarrativeFinding {
  /** The checker's rule id ('row-sum', 'formula' …): formula-loss findings stay in the check view, not the prose. */
  rule?: string;
  severity: 'error' | 'warning' | 'info';
  sheet: string;
  cell: string;
  message: string;
}

export const NEEDS_CHECK_MARK = '[cần kiểm tra: số liệu chưa khớp]';
/** «[chưa có số liệu: ô C13, trang II.06a]» */
export const MISSING_PREFIX = 'chưa có số liệu';
export const PLACEHOLDER_TEXT = '[Nội dung do đơn vị bổ sung]';

export function isCellSource(source: FigureSource): source is CellSource {
  return 'cell' in source;
}
