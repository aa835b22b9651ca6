/**
 * Reading figures out of recognised forms. A figure is a number plus where it came from; when a total cell has no
 * number (a formula never calculated, a text that is not a number) it is rebuilt from its parts so the draft still
 * names real cells.
 */
import { percentOf } from '../format';
import { leafColumns, type FormSpec } from '../forms/spec';
import type { BodyRow, ReadValue, RecognisedForm } from '../read/types';
import { isCellSource, type CellSource, type FigureSource } from './types';

export interface Fig {
  value: number;
  source: FigureSource;
}

function fromRead(sheet: string, read: ReadValue | undefined, previous: boolean): Fig | null {
  if (!read || read.value === null) return null;
  const source: CellSource = { sheet, cell: read.address };
  if (previous) source.workbook = 'previous';
  return { value: read.value, source };
}

/** The sum of figures; one figure stays itself (no needless «derived»). */
export function sumFigs(figs: readonly Fig[]): Fig {
  if (figs.length === 1) return figs[0]!;
  return {
    value: figs.reduce((s, f) => s + f.value, 0),
    source: { derived: 'sum', from: figs.map((f) => f.source) },
  };
}

export function diffFig(a: Fig, b: Fig): Fig {
  return { value: a.value - b.value, source: { derived: 'difference', from: [a.source, b.source] } };
}

/** numerator / denominator in percent points (2 decimals, half up); null when the denominator is 0. */
export function rateFig(numerator: Fig, denominator: Fig): Fig | null {
  const value = percentOf(numerator.value, denominator.value, 2);
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

function sumFormulaOf(spec: FormSpec, id: string): readonly string[] | null {
  const leaf = leafColumns(spec.columns).find((l) => l.id === id);
  if (leaf?.formula && 'sum' in leaf.formula) return leaf.formula.sum;
  if (spec.rows.kind === 'fixed') {
    const row = spec.rows.rows.find((r) => r.id === id);
    if (row?.formula && 'sum' in row.formula) return row.formula.sum;
  }
  return null;
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

  /** One body row's cell, rebuilt from its row's parts when it holds no number. */
  cell(row: BodyRow, col: string): Fig | null {
    if (!this.hasColumn(col)) return null;
    const direct = fromRead(this.sheet, row.values[col], this.previous);
    if (direct) return direct;
    const parts = sumFormulaOf(this.form.spec, col);
    if (!parts) return null;
    const figs = parts.filter((p) => this.hasColumn(p)).map((p) => this.cell(row, p));
    return figs.length > 0 && figs.every((f): f is Fig => f !== null) ? sumFigs(figs) : null;
  }

  /** Rows that are items (lĩnh vực, đơn vị), not group subtotals. */
  get itemRows(): BodyRow[] {
    return this.form.dataRows;
  }

  /**
   * A list or grouped form's whole-table figure for a column: TỔNG CỘNG when the table has one, else the sum of the
   * item rows (one row: that cell).
   */
  total(col: string): Fig | null {
    if (!this.hasColumn(col)) return null;
    const { totalRow } = this.form;
    if (totalRow) {
      const fig = this.cell(totalRow, col);
      if (fig) return fig;
    }
    const rows = this.itemRows;
    if (rows.length === 0) return null;
    const figs = rows.map((r) => this.cell(r, col));
    if (figs.some((f) => f === null)) return null;
    return sumFigs(figs as Fig[]);
  }

  /** A fixed form's row, in its value column. */
  fixed(rowId: string, col = 'value'): Fig | null {
    const index = this.form.fixedRows[rowId];
    if (index === undefined) {
      const parts = sumFormulaOf(this.form.spec, rowId);
      if (!parts) return null;
      const figs = parts.map((p) => this.fixed(p, col));
      return figs.every((f): f is Fig => f !== null) ? sumFigs(figs) : null;
    }
    const row = this.form.dataRows[index];
    if (!row || !this.hasColumn(col)) return null;
    const direct = fromRead(this.sheet, row.values[col], this.previous);
    if (direct) return direct;
    const parts = sumFormulaOf(this.form.spec, rowId);
    if (!parts) return null;
    const figs = parts.map((p) => this.fixed(p, col));
    return figs.every((f): f is Fig => f !== null) ? sumFigs(figs) : null;
  }

  /** A stated figure with its cell, for comparing a typed rate with the computed one. */
  statedFixed(rowId: string, col = 'value'): Fig | null {
    const index = this.form.fixedRows[rowId];
    const row = index === undefined ? undefined : this.form.dataRows[index];
    return row ? fromRead(this.sheet, row.values[col], this.previous) : null;
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
