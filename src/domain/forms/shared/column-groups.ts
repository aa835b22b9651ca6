/** Column-tree builders shared by the forms. */
import { leafColumns, type ColumnNode } from '../spec';

/**
 * A header over a computed «Tổng số» column followed by its parts: the total is the sum of every leaf of
 * `parts`, so the formula cannot drift from the columns printed under it.
 */
export function totalledGroup(
  header: string,
  totalId: string,
  parts: readonly ColumnNode[],
  totalHeader = 'Tổng số',
): ColumnNode {
  return {
    header,
    children: [
      {
        id: totalId,
        header: totalHeader,
        kind: 'computed',
        formula: { sum: leafColumns(parts).map((c) => c.id) },
      },
      ...parts,
    ],
  };
}
