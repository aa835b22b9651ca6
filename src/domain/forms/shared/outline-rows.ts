/** Fixed rows written as an outline: the printed STT (1, 1.1, 1.2, 2 …) follows from each row's place. */
import type { FixedRow } from '../spec';

export type OutlineRow = Omit<FixedRow, 'stt'> & { sub?: readonly OutlineRow[] };

/** The rows in printed order, numbered 1, 2 … and their sub-rows 1.1, 1.2 … */
export function outlineRows(outline: readonly OutlineRow[], parentStt = ''): FixedRow[] {
  return outline.flatMap(({ sub, ...row }, i) => {
    const stt = parentStt ? `${parentStt}.${i + 1}` : String(i + 1);
    return [{ ...row, stt }, ...outlineRows(sub ?? [], stt)];
  });
}

/** A percentage row: `numerator` row over `denominator` row, computed by a formula. */
export function rateRow(id: string, label: string, numerator: string, denominator: string): OutlineRow {
  return { id, label, formula: { ratio: { numerator: [numerator], denominator: [denominator] } } };
}
