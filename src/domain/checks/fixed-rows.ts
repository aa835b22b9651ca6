/** Rules over the rows of fixed forms (KSTT-CB, KSTT-DT, KSTT-RS …): ids are row ids, checked in each number column. */
import type { FormCheck } from '../forms/spec';
import type { BodyRow } from '../read/types';
import { rateFinding, rowSumFinding } from './columns';
import { sumKnown, type FormView } from './form-view';
import { en, vi } from './say';
import type { Finding } from './types';

type Check<R extends FormCheck['rule']> = Extract<FormCheck, { rule: R }>;

export function rowAxisFindings(view: FormView): Finding[] {
  const form = view.form;
  if (form.spec.rows.kind !== 'fixed') return [];
  const fixed = form.spec.rows.rows;
  const labelOf = (id: string) => fixed.find((r) => r.id === id)?.label ?? id;
  const rowOf = (id: string): BodyRow | undefined =>
    form.fixedRows[id] === undefined ? undefined : form.dataRows[form.fixedRows[id]];
  const columns = [...view.leaves.values()].filter((l) => l.kind === 'input' && view.has(l.id)).map((l) => l.id);
  const findings: Finding[] = [];
  const add = (f: Omit<Finding, 'sheet'>) => findings.push({ sheet: view.sheet, ...f });
  /** Sum of the rows' cells in one column; rows missing from the sheet make it unknown. */
  const sum = (ids: readonly string[], col: string): number | null =>
    sumKnown(
      ids.map((id) => {
        const row = rowOf(id);
        return row ? view.value(row, col) : null;
      }),
    );
  const usesColumn = (id: string, col: string) => {
    const fr = fixed.find((r) => r.id === id);
    return !!fr && !fr.heading && (!fr.columns || fr.columns.includes(col));
  };
  const refs = (ids: readonly string[]) => ids.map((id) => `«${labelOf(id)}»`).join(' + ');

  for (const check of form.spec.checks) {
    if (!('axis' in check) || check.axis !== 'rows') continue;
    for (const col of columns) {
      if (check.rule === 'row-sum') {
        const c = check as Check<'row-sum'>;
        if (!usesColumn(c.target, col)) continue;
        const row = rowOf(c.target);
        const target = row && view.cell(row, col);
        const stated = row ? view.value(row, col) : null;
        const expected = sum(c.parts, col);
        if (!row || !target || stated === null || expected === null || stated === expected) continue;
        add(rowSumFinding(view, row, c, target.address, target.kind === 'blank', stated, expected, `«${labelOf(c.target)}»`, refs(c.parts)));
      } else if (check.rule === 'balance' || check.rule === 'subset') {
        const [leftIds, rightIds] = check.rule === 'balance' ? [check.left, check.right] : [check.part, check.whole];
        if (!usesColumn(leftIds[0], col)) continue;
        const left = sum(leftIds, col);
        const right = sum(rightIds, col);
        const row = rowOf(leftIds[0]);
        const cell = row && view.cell(row, col);
        if (left === null || right === null || !cell) continue;
        if (check.rule === 'balance' ? left === right : left <= right) continue;
        add({
          rule: check.rule,
          severity: check.severity,
          cell: cell.address,
          found: left,
          expected: check.rule === 'balance' ? right : `≤ ${vi(right)}`,
          message:
            check.rule === 'balance'
              ? `Ô ${cell.address}: ${refs(leftIds)} là ${vi(left)} nhưng ${refs(rightIds)} = ${vi(right)} (chênh lệch ${vi(Math.abs(left - right))}).`
              : `Ô ${cell.address}: ${refs(leftIds)} là ${vi(left)}, lớn hơn ${refs(rightIds)} là ${vi(right)}.`,
          messageEn: `Cell ${cell.address}: ${en(left)} vs ${en(right)} (${check.id}).`,
        });
      } else if (check.rule === 'rate') {
        if (!usesColumn(check.target, col)) continue;
        const row = rowOf(check.target);
        const num = sum(check.numerator, col);
        const den = sum(check.denominator, col);
        if (!row || num === null || den === null) continue;
        const f = rateFinding(view.cell(row, col), num, den, check.severity, `«${labelOf(check.target)}»`);
        if (f) add(f);
      }
    }
  }
  return findings;
}
