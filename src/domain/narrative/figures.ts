/**
 * Reading figures out of recognised forms. A figure is a number plus where it came from; when a total cell has no
 * number (a formula never calculated, a text that is not a number) it is rebuilt from its parts so the draft still
 * names real cells.
 */
import { percentOf } from '../format';
import { leafColumns, type FormSpec } from '../forms/spec';
import type { BodyRow, ReadValue, RecognisedForm } from '../read/types';
import { isCellSource, type CellSource, type FigureSource } from './types';

/**
 * A figure the workbook states: a number (an explicit zero typed by the official is a number 0). A figure the
 * workbook does not state — a blank cell, a formula over blank cells — is `null`, never 0: a draft must not say
 * «không có» for a cell nobody filled in.
 */
export interface Fig {
  value: number;
  source: FigureSource;
}

/** Dashes people type for «none» («-», «–»): an explicit zero, unlike an empty cell. */
const NIL_TEXT = /^[-–—]$/;

function figOf(sheet: string, read: ReadValue, value: number, previous: boolean): Fig {
  const source: CellSource = { sheet, cell: read.address };
  if (previous) source.workbook = 'previous';
  return { value, source };
}

/** The sum of figures; one figure stays itself (no needless «derived»). */
export function sumFigs(figs: readonly Fig[]): Fig {
  if (figs.length === 1) return figs[0]!;
  return {
    value: figs.reduce((s, f) => s + f.value, 0),
    source: { derived: 'sum', from: figs.map((f) => f.source) },
  };
}

/** The sum of the figures that are stated; null when none is (blank parts are left out, not counted as 0). */
export function sumStated(figs: readonly (Fig | null | undefined)[]): Fig | null {
  const stated = figs.filter((f): f is Fig => f !== null && f !== undefined);
  return stated.length === 0 ? null : sumFigs(stated);
}

export function diffFig(a: Fig, b: Fig): Fig {
  return { value: a.value - b.value, source: { derived: 'difference', from: [a.source, b.source] } };
}

/** Decimals of every percentage the draft computes (two, as the reports write «98,10%»), unless the user picks another. */
export const DEFAULT_PERCENT_DECIMALS = 2;

/** numerator / denominator in percent points (rounded half up); null when the denominator is 0. */
export function rateFig(numerator: Fig, denominator: Fig, decimals = DEFAULT_PERCENT_DECIMALS): Fig | null {
  const value = percentOf(numerator.value, denominator.value, decimals);
  return value === null
    ? null
    : { value, source: { derived: 'rate', from: [numerator.source, denominator.source] } };
}

/** Every cell a figure reads, through derivations. */
export function cellsOf(source: FigureSource): CellSource[] {
  if (isCellSource(source)) return [source];
  if ('derived' in source) return source.from.flatMap(cellsOf);
  return [];
}

/** The formula of a computed id: a column's formula within a row, or a fixed row's formula within a column. */
function formulaOf(spec: FormSpec, id: string, axis: 'column' | 'row') {
  if (axis === 'column') return leafColumns(spec.columns).find((l) => l.id === id)?.formula;
  return spec.rows.kind === 'fixed' ? spec.rows.rows.find((r) => r.id === id)?.formula : undefined;
}

/**
 * The ids a computed id reads, in groups that must each hold a stated figure: a sum's parts, or a ratio's numerator
 * and its denominator.
 */
function formulaPartsOf(spec: FormSpec, id: string, axis: 'column' | 'row'): (readonly string[])[] | null {
  const formula = formulaOf(spec, id, axis);
  if (!formula) return null;
  return 'sum' in formula ? [formula.sum] : [formula.ratio.numerator, formula.ratio.denominator];
}

function sumPartsOf(spec: FormSpec, id: string, axis: 'column' | 'row'): readonly string[] | null {
  const formula = formulaOf(spec, id, axis);
  return formula && 'sum' in formula ? formula.sum : null;
}

/**
 * How one cell reads, in three states: its number (a typed zero or a dash is 0), `rebuild` when it has no number of
 * its own but may be computed from its parts (a formula never calculated, a total left empty), or null (missing).
 * A formula whose inputs are all blank is missing: Excel shows 0 there, but nobody stated it.
 */
function stateOf(
  read: ReadValue | undefined,
  inputsStated: () => boolean | null,
): { value: number } | 'rebuild' | null {
  if (!read) return 'rebuild';
  switch (read.kind) {
    case 'number':
    case 'text-number':
      if (read.formula && inputsStated() === false) return null;
      return { value: read.value! };
    case 'blank':
      if (typeof read.raw === 'string' && NIL_TEXT.test(read.raw.trim())) return { value: 0 };
      return 'rebuild';
    default:
      return 'rebuild';
  }
}

/** Figures of one recognised form, addressed by the spec's column and row ids. */
export class FormFigures {
  /** `previous`: the form is from the previous period's workbook; its sources say so. */
  constructor(
    readonly form: RecognisedForm,
    readonly previous = false,
  ) {}

  get sheet(): string {
    return this.form.sheet;
  }

  /** The column exists in this sheet (optional columns such as «returned» may not). */
  hasColumn(col: string): boolean {
    return col in this.form.columns;
  }

  /**
   * A cell's figure: its own number, or when it has none, `rebuild()` (a sum from its parts); a formula cell whose
   * inputs are all missing is missing. `inputs()` lists the figures its formula reads (null: not known).
   */
  private resolve(
    read: ReadValue | undefined,
    inputs: () => (Fig | null)[][] | null,
    rebuild: () => Fig | null,
  ): Fig | null {
    const state = stateOf(read, () => {
      const groups = inputs();
      return groups === null ? null : groups.every((figs) => figs.some((f) => f !== null));
    });
    if (state === null) return null;
    if (state === 'rebuild') return rebuild();
    return figOf(this.sheet, read!, state.value, this.previous);
  }

  /** One body row's cell; a computed cell without a number is rebuilt from its row's stated parts. */
  cell(row: BodyRow, col: string): Fig | null {
    if (!this.hasColumn(col)) return null;
    const parts = formulaPartsOf(this.form.spec, col, 'column');
    const sums = sumPartsOf(this.form.spec, col, 'column');
    const figs = (ids: readonly string[] | null) => {
      const present = ids?.filter((p) => this.hasColumn(p)) ?? [];
      return present.length > 0 ? present.map((p) => this.cell(row, p)) : null;
    };
    const groups = () => {
      const read = parts?.map(figs) ?? null;
      return read && read.every((g) => g !== null) ? (read as (Fig | null)[][]) : null;
    };
    // A ratio is never rebuilt: a rate over a blank denominator does not exist.
    return this.resolve(row.values[col], groups, () => (sums ? sumStated(figs(sums) ?? []) : null));
  }

  /** Rows that are items (lĩnh vực, đơn vị), not group subtotals. */
  get itemRows(): BodyRow[] {
    return this.form.dataRows;
  }

  /**
   * A row that adds up other rows (TỔNG CỘNG, a level's subtotal): its own cell when it states a number over stated
   * members, else the sum of the members' stated figures; null when no member states anything.
   */
  aggregate(row: BodyRow | null, members: readonly BodyRow[], col: string): Fig | null {
    if (!this.hasColumn(col)) return null;
    const items = () => members.map((m) => this.cell(m, col));
    if (!row) return members.length === 0 ? null : sumStated(items());
    return this.resolve(
      row.values[col],
      () => [items()],
      () => sumStated(items()),
    );
  }

  /**
   * A list or grouped form's whole-table figure for a column: TỔNG CỘNG when the table has one, else the sum of the
   * item rows (one row: that cell).
   */
  total(col: string): Fig | null {
    return this.aggregate(this.form.totalRow, this.itemRows, col);
  }

  /** Where the whole-table figure of a column is (or would be): for «[chưa có số liệu: ô …]». */
  totalCell(col: string): CellSource | null {
    const row = this.form.totalRow ?? (this.itemRows.length === 1 ? this.itemRows[0] : undefined);
    const read = row?.values[col];
    return read ? this.source(read.address) : null;
  }

  /** A fixed form's row, in its value column. */
  fixed(rowId: string, col = 'value'): Fig | null {
    const parts = formulaPartsOf(this.form.spec, rowId, 'row');
    const sums = sumPartsOf(this.form.spec, rowId, 'row');
    const figs = (ids: readonly string[]) => ids.map((p) => this.fixed(p, col));
    const rebuild = () => (sums ? sumStated(figs(sums)) : null);
    const index = this.form.fixedRows[rowId];
    if (index === undefined) return rebuild();
    const row = this.form.dataRows[index];
    if (!row || !this.hasColumn(col)) return null;
    // A column formula (the «Tỷ lệ đạt» column) reads other columns of the same row.
    if (!parts && formulaPartsOf(this.form.spec, col, 'column')) return this.cell(row, col);
    return this.resolve(row.values[col], () => parts?.map(figs) ?? null, rebuild);
  }

  /** Where a fixed row's cell is: for «[chưa có số liệu: ô …]». */
  fixedCell(rowId: string, col = 'value'): CellSource | null {
    const index = this.form.fixedRows[rowId];
    const read = index === undefined ? undefined : this.form.dataRows[index]?.values[col];
    return read ? this.source(read.address) : null;
  }

  /** A stated figure with its cell, for comparing a typed rate with the computed one. */
  statedFixed(rowId: string, col = 'value'): Fig | null {
    const fig = this.fixed(rowId, col);
    return fig && isCellSource(fig.source) ? fig : null;
  }

  private source(cell: string): CellSource {
    const source: CellSource = { sheet: this.sheet, cell };
    if (this.previous) source.workbook = 'previous';
    return source;
  }

  /** The header of a column (for the reasons of a flag). */
  header(col: string): string {
    return leafColumns(this.form.spec.columns).find((l) => l.id === col)?.header ?? col;
  }
}

/**
 * A form whose typed cells are all empty (a template inserted and never filled). Blank cells read as 0, but a
 * draft saying «không có hồ sơ» for a form nobody filled in would be false: such a form is not drafted from.
 */
export function isUnfilled(form: RecognisedForm): boolean {
  const inputs = new Set(
    leafColumns(form.spec.columns)
      .filter((l) => l.kind === 'input')
      .map((l) => l.id),
  );
  const rows = [...form.dataRows, ...(form.totalRow ? [form.totalRow] : [])];
  return rows.every((row) =>
    Object.entries(row.values).every(
      ([col, read]) => !inputs.has(col) || read.formula !== undefined || read.kind === 'blank',
    ),
  );
}

/** The first filled form with one of these codes (in this order of preference; codes compared case-insensitively). */
export function findForm(forms: readonly RecognisedForm[], ...codes: string[]): RecognisedForm | undefined {
  for (const code of codes) {
    const found = forms.find((f) => f.code.toUpperCase() === code.toUpperCase() && !isUnfilled(f));
    if (found) return found;
  }
  return undefined;
}
