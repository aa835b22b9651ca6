/**
 * Turns per-cell facts (a style, "needs validation") into few rectangles, so renderers make a handful
 * of range calls instead of one per cell.
 */
import type { CellBox } from './sheet-plan';

/** Groups cells with equal keys into rectangles: horizontal runs first, then identical runs stacked. */
export function rectangles<T>(
  cells: Map<string, T>,
  keyOf: (value: T) => string,
): { box: CellBox; value: T }[] {
  const byRow = new Map<number, { col: number; key: string; value: T }[]>();
  for (const [pos, value] of cells) {
    const [r, c] = pos.split(',').map(Number);
    const list = byRow.get(r) ?? [];
    list.push({ col: c, key: keyOf(value), value });
    byRow.set(r, list);
  }
  const done: { box: CellBox; value: T }[] = [];
  let open = new Map<string, { box: CellBox; value: T }>();
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  let previousRow = Number.NaN;
  for (const r of rows) {
    const list = byRow.get(r)!.sort((a, b) => a.col - b.col);
    const runs: { col: number; count: number; key: string; value: T }[] = [];
    for (const cell of list) {
      const last = runs[runs.length - 1];
      if (last && last.key === cell.key && last.col + last.count === cell.col) last.count++;
      else runs.push({ col: cell.col, count: 1, key: cell.key, value: cell.value });
    }
    const next = new Map<string, { box: CellBox; value: T }>();
    for (const run of runs) {
      const id = `${run.col}|${run.count}|${run.key}`;
      const continuing = r === previousRow + 1 ? open.get(id) : undefined;
      if (continuing) {
        continuing.box.rowCount++;
        next.set(id, continuing);
        open.delete(id);
      } else {
        next.set(id, { box: { row: r, col: run.col, rowCount: 1, colCount: run.count }, value: run.value });
      }
    }
    done.push(...open.values());
    open = next;
    previousRow = r;
  }
  done.push(...open.values());
  return done.sort((a, b) => a.box.row - b.box.row || a.box.col - b.box.col);
}

export function key(row: number, col: number): string {
  return `${row},${col}`;
}
