/**
 * FormSpec: one declarative description per form (Biểu số II.xx/VPCP/KSTT and the local sheets).
 *
 * A form is data: its columns (a header tree), its rows (a list, groups by level, or fixed rows), its
 * computed cells and the reconciliation rules the checker applies. The layout engine
 * (`src/domain/layout/build-plan.ts`) turns a spec into a SheetPlan without knowing which form it is,
 * so adding a form is one new file here plus one line in `index.ts`.
 */

export type LegalBasis = 'TT01/2020' | 'TT05/2025';
export type AdminLevel = 'tinh' | 'huyen' | 'xa';
export type Severity = 'error' | 'warning' | 'info';

/** Columns that only exist when the user asks for them (Nghị định 118/2025 counts). */
export type OptionalColumnKey = 'returned' | 'paused';

/**
 * How a computed cell is derived, over ids (column ids within a row, or row ids within a column for
 * fixed rows). Structured data, never formula strings: the engine writes the Excel formula and the
 * checker and `computeExpected` do the same arithmetic from the same description.
 */
export type CellFormula =
  | { sum: readonly string[] }
  /** numerator / denominator, each the sum of the listed ids; empty («») when the denominator is 0. */
  | { ratio: { numerator: readonly string[]; denominator: readonly string[] } };

export type ColumnKind =
  | 'stt' // row number (1, 2 … or I, II …)
  | 'label' // lĩnh vực, đơn vị or the fixed row's text
  | 'input' // a count the official types
  | 'computed' // a sum within the row, e.g. (3)=(4)+(5)+(6)
  | 'rate' // a ratio within the row, shown as a percentage
  | 'text'; // free text (notes, unit of each row); never a number, never validated

export interface LeafColumn {
  id: string;
  header: string;
  kind: ColumnKind;
  /** Required for 'computed' and 'rate' columns. */
  formula?: CellFormula;
  /** Present only when `FormOptions.optionalColumns[optional]` is true. */
  optional?: OptionalColumnKey;
  /** Width in Excel character units; the engine picks one by kind otherwise. */
  width?: number;
  /** Overrides the kind's number format ('#,##0' for counts, '0.00%' for rates). */
  numberFormat?: string;
  /** For rates: a column holding the target in percent points (80 = 80%); results below it are tinted. */
  targetColumn?: string;
  /** Input that may hold decimals (e.g. points): no whole-number validation, still never negative. */
  allowDecimals?: boolean;
}

export interface ColumnGroup {
  header: string;
  children: readonly ColumnNode[];
}

export type ColumnNode = LeafColumn | ColumnGroup;

export function isGroup(node: ColumnNode): node is ColumnGroup {
  return 'children' in node;
}

/** A row of a 'fixed' form (indicator and summary style). */
export interface FixedRow {
  id: string;
  /** Printed STT: '1', '1.1', 'a', 'I' … (may be empty). */
  stt: string;
  label: string;
  /** Section heading: bold, no value cells. */
  heading?: boolean;
  /** Value-column formula over other row ids (applies to the row's 'input' columns only). */
  formula?: CellFormula;
  /** Which non-label columns this row fills; default: all. */
  columns?: readonly string[];
  /** Text for 'text' columns, by column id. */
  texts?: Readonly<Record<string, string>>;
  /** Default numbers for input cells, by column id (e.g. a target); the user may overwrite them. */
  prefill?: Readonly<Record<string, number>>;
}

/** A group of the grouped row model (II.06b): a level with its own rows and a subtotal. */
export interface RowGroupDefault {
  label: string;
  /** Printed group number ('I', 'II' …). */
  stt: string;
  rows: readonly string[];
  /** The group is proposed only for periods starting before this ISO date (cấp huyện ended 2025-07-01). */
  proposedUntil?: string;
}

export type RowModel =
  | {
      kind: 'list';
      /** What one row is, for messages: 'lĩnh vực', 'đơn vị'. */
      itemNoun: string;
      /** Editable default lists per level. */
      defaults: Readonly<Record<AdminLevel, readonly string[]>>;
    }
  | { kind: 'grouped'; itemNoun: string; groups: readonly RowGroupDefault[] }
  | { kind: 'fixed'; rows: readonly FixedRow[] };

/**
 * Reconciliation rules as data. `axis: 'columns'` means the ids are column ids compared within every
 * row (list and grouped forms); `axis: 'rows'` means they are row ids compared within every value
 * column (fixed forms). A referenced optional column that is absent counts as 0.
 */
interface CheckBase {
  id: string;
  severity: Severity;
  /** One Vietnamese sentence naming the rule for the official. */
  description: string;
}

export type FormCheck =
  | (CheckBase & { rule: 'row-sum'; axis: 'columns' | 'rows'; target: string; parts: readonly string[] })
  | (CheckBase & { rule: 'col-sum'; columns: readonly string[] })
  | (CheckBase & {
      rule: 'balance';
      axis: 'columns' | 'rows';
      left: readonly string[];
      right: readonly string[];
    })
  | (CheckBase & {
      rule: 'subset';
      axis: 'columns' | 'rows';
      part: readonly string[];
      whole: readonly string[];
    })
  | (CheckBase & {
      rule: 'rate';
      axis: 'columns' | 'rows';
      target: string;
      numerator: readonly string[];
      denominator: readonly string[];
    })
  /** The same quantity under a shared key must agree across forms ('total' row or a fixed row). */
  | (CheckBase & {
      rule: 'cross-form';
      key: string;
      axis: 'columns' | 'rows';
      ids: readonly string[];
      at: 'total' | 'value';
    })
  /** This period's ids must equal the previous period's ids of the same form (từ kỳ trước = đang giải quyết). */
  | (CheckBase & { rule: 'carry-over'; current: readonly string[]; previous: readonly string[] });

export interface FormStatus {
  layout: 'confirmed' | 'inferred';
  /** Where the layout was seen or how it was inferred (document, report, repository path). */
  source: string;
  notes?: string;
}

export interface FormSpec {
  /** Short code: 'II.06a', or a local code such as 'KSTT-CB' for forms without an official one. */
  code: string;
  /** As printed top-left: 'Biểu số II.06a/VPCP/KSTT'. */
  printedCode: string;
  /** Whether the code is an official Phụ lục II code or a local one. */
  officialCode: boolean;
  /** Vietnamese title, printed in bold capitals. */
  title: string;
  /** Short name for pickers and sheet names. */
  shortName: string;
  reportedBy: string;
  /** «Đơn vị tính: …»; omitted for forms without numbers. */
  unitOfMeasure?: string;
  legalBasis: LegalBasis;
  status: FormStatus;
  columns: readonly ColumnNode[];
  rows: RowModel;
  /** TỔNG CỘNG row (list and grouped forms). */
  totalRow: boolean;
  /** Print the «(1) (2) (3)=(4)+(5)+(6) …» row. */
  columnNumberRow: boolean;
  checks: readonly FormCheck[];
  /** Default sheet name (≤ 31 characters); the code otherwise. */
  sheetName?: string;
  /** Place, date and signatures under the table; default true. */
  signatureBlock?: boolean;
}

/** The leaf columns in printed order, optionally keeping only those the options switch on. */
export function leafColumns(
  nodes: readonly ColumnNode[],
  enabled?: Partial<Record<OptionalColumnKey, boolean>>,
): LeafColumn[] {
  const out: LeafColumn[] = [];
  for (const node of nodes) {
    if (isGroup(node)) out.push(...leafColumns(node.children, enabled));
    else if (!node.optional || !enabled || enabled[node.optional]) out.push(node);
  }
  return out;
}

/** The ids a formula reads. */
export function formulaOperands(formula: CellFormula): string[] {
  return 'sum' in formula ? [...formula.sum] : [...formula.ratio.numerator, ...formula.ratio.denominator];
}

/** The wording of a formula's check, by the formula's kind: «name» is the column's header or the row's label. */
interface FormulaWording {
  sum: string;
  ratio: string;
}

/** The check one formula implies over `axis`: a row-sum for a sum, a rate for a ratio. */
function formulaCheck(
  axis: 'columns' | 'rows',
  target: string,
  formula: CellFormula,
  name: string,
  wording: FormulaWording,
): FormCheck {
  const shared = { axis, target, severity: 'error' as const };
  if ('sum' in formula) {
    return {
      id: `row-sum:${target}`,
      rule: 'row-sum',
      ...shared,
      parts: formula.sum,
      description: `«${name}» ${wording.sum}`,
    };
  }
  return {
    id: `rate:${target}`,
    rule: 'rate',
    ...shared,
    numerator: formula.ratio.numerator,
    denominator: formula.ratio.denominator,
    description: `«${name}» ${wording.ratio}`,
  };
}

const WITHIN_EACH_ROW: FormulaWording = {
  sum: 'bằng tổng các cột thành phần trên mỗi dòng.',
  ratio: 'bằng tử số chia mẫu số trên mỗi dòng.',
};
const OVER_ROWS: FormulaWording = {
  sum: 'bằng tổng các dòng thành phần.',
  ratio: 'bằng tử số chia mẫu số.',
};

/**
 * The checks every column formula implies: each computed column is a row-sum, each rate column a rate,
 * and every summable column adds up in TỔNG CỘNG and subtotals. Forms spread this into `checks`.
 */
export function checksFromColumns(nodes: readonly ColumnNode[], withTotals: boolean): FormCheck[] {
  const leaves = leafColumns(nodes);
  const checks: FormCheck[] = leaves.flatMap((col) =>
    col.formula ? [formulaCheck('columns', col.id, col.formula, col.header, WITHIN_EACH_ROW)] : [],
  );
  const summable = leaves.filter((c) => c.kind === 'input' || c.kind === 'computed').map((c) => c.id);
  if (withTotals && summable.length > 0) {
    checks.push({
      id: 'col-sum',
      rule: 'col-sum',
      columns: summable,
      severity: 'error',
      description: 'Dòng TỔNG CỘNG và các dòng cộng nhóm bằng tổng các dòng bên trên.',
    });
  }
  return checks;
}

/** The checks implied by fixed rows' own formulas (row-sum and rate over row ids). */
export function checksFromFixedRows(rows: readonly FixedRow[]): FormCheck[] {
  return rows.flatMap((row) =>
    row.formula ? [formulaCheck('rows', row.id, row.formula, row.label, OVER_ROWS)] : [],
  );
}
