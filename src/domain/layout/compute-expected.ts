/**
 * The core's own arithmetic for a built plan: from the input values, the expected value of every
 * formula cell (row sums, rates, subtotals, TỔNG CỘNG). It reads the SPEC's formulas and row model and
 * only uses the plan's layout map to find cells — never the plan's formula strings — so comparing it with
 * a spreadsheet engine's recalculation proves the formulas independently.
 */
import { leafColumns, type CellFormula, type FixedRow, type FormSpec, type LeafColumn } from '../forms/spec';
import { fixedRowUses } from './rows';
import type { SheetPlan } from './sheet-plan';

export type ExpectedValue = number | '';

/**
 * `inputs`: 'row,col' (zero-based, plan coordinates) -> number typed by the user. Blank input cells count
 * as 0; prefilled numbers of the plan count unless `inputs` overrides them.
 * Returns 'row,col' -> expected number, or '' where a rate's denominator is 0.
 */
export function computeExpected(
  spec: FormSpec,
  plan: SheetPlan,
  inputs: ReadonlyMap<string, number>,
): Map<string, ExpectedValue> {
  const { layout } = plan;
  const colOf = layout.columns;
  const leaves = leafColumns(spec.columns).filter((l) => l.id in colOf);
  const prefilled = new Map<string, number>();
  for (const cell of plan.cells) {
    if (cell.role === 'input' && cell.content.kind === 'number')
      prefilled.set(`${cell.row},${cell.col}`, cell.content.value);
  }
  const input = (row: number, col: number): number => {
    const k = `${row},${col}`;
    return inputs.get(k) ?? prefilled.get(k) ?? 0;
  };
  const out = new Map<string, ExpectedValue>();
  const put = (row: number, leaf: LeafColumn, value: ExpectedValue) =>
    out.set(`${row},${colOf[leaf.id]}`, value);
  const numeric = (v: ExpectedValue): number => (v === '' ? 0 : v);

  /** Evaluates a formula whose operands are looked up by `valueOf`. */
  const evaluate = (formula: CellFormula, valueOf: (id: string) => number): ExpectedValue => {
    const total = (ids: readonly string[]) => ids.reduce((a, id) => a + valueOf(id), 0);
    if ('sum' in formula) return total(formula.sum);
    const den = total(formula.ratio.denominator);
    return den === 0 ? '' : total(formula.ratio.numerator) / den;
  };

  /** Column values of one data row (list/grouped item or fixed row), column formulas resolved recursively. */
  const rowValues = (
    row: number,
    fixed: FixedRow | undefined,
    fixedValue: (rowId: string, colId: string) => number,
  ) => {
    const cache = new Map<string, ExpectedValue>();
    const value = (id: string): ExpectedValue => {
      if (cache.has(id)) return cache.get(id)!;
      const leaf = leaves.find((l) => l.id === id);
      let v: ExpectedValue = 0;
      if (leaf && (!fixed || fixedRowUses(fixed, id))) {
        if (leaf.kind === 'input') v = fixed?.formula ? fixedValue(fixed.id, id) : input(row, colOf[id]);
        else if (leaf.formula) v = evaluate(leaf.formula, (op) => numeric(value(op)));
      }
      cache.set(id, v);
      return v;
    };
    return value;
  };

  if (spec.rows.kind === 'fixed') {
    const rowsById = new Map(spec.rows.rows.map((r) => [r.id, r]));
    const rowAt = layout.rows ?? {};
    const memo = new Map<string, ExpectedValue>();
    // A fixed row's value in an input column: typed, or its own formula over other rows.
    const fixedValue = (rowId: string, colId: string): number => {
      const k = `${rowId}|${colId}`;
      if (!memo.has(k)) {
        const fixed = rowsById.get(rowId)!;
        const v: ExpectedValue = fixed.formula
          ? evaluate(fixed.formula, (other) => fixedValue(other, colId))
          : input(rowAt[rowId], colOf[colId]);
        memo.set(k, v);
      }
      return numeric(memo.get(k)!);
    };
    for (const fixed of spec.rows.rows) {
      const row = rowAt[fixed.id];
      const value = rowValues(row, fixed, fixedValue);
      for (const leaf of leaves) {
        if (!fixedRowUses(fixed, leaf.id)) continue;
        if (leaf.kind === 'input' && fixed.formula) {
          put(
            row,
            leaf,
            evaluate(fixed.formula, (other) => fixedValue(other, leaf.id)),
          );
        } else if (leaf.kind === 'computed' || leaf.kind === 'rate') {
          put(row, leaf, value(leaf.id));
        }
      }
    }
    return out;
  }

  // List and grouped forms: item rows are the data rows that are not group rows.
  const groupRowSet = new Set(layout.groupRows.map((g) => g.row));
  const summable = leaves.filter((l) => l.kind === 'input' || l.kind === 'computed');
  const itemValues = new Map<number, (id: string) => ExpectedValue>();
  for (let row = layout.dataRows.first; row <= layout.dataRows.last; row++) {
    if (groupRowSet.has(row)) continue;
    const value = rowValues(row, undefined, () => 0);
    itemValues.set(row, value);
    for (const leaf of leaves) if (leaf.formula) put(row, leaf, value(leaf.id));
  }
  const aggregate = (row: number, items: number[]) => {
    const sums = new Map<string, number>();
    for (const leaf of summable) {
      const sum = items.reduce((a, r) => a + numeric(itemValues.get(r)!(leaf.id)), 0);
      sums.set(leaf.id, sum);
      put(row, leaf, sum);
    }
    for (const leaf of leaves) {
      if (leaf.kind === 'rate')
        put(
          row,
          leaf,
          evaluate(leaf.formula!, (id) => sums.get(id) ?? 0),
        );
    }
  };
  const groups = [...layout.groupRows].sort((a, b) => a.row - b.row);
  groups.forEach((g, i) => {
    const end = i + 1 < groups.length ? groups[i + 1].row - 1 : layout.dataRows.last;
    aggregate(
      g.row,
      [...itemValues.keys()].filter((r) => r > g.row && r <= end),
    );
  });
  if (layout.totalRow !== null) aggregate(layout.totalRow, [...itemValues.keys()]);
  return out;
}
