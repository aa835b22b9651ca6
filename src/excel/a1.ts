/** A1 addresses for zero-based boxes: the adapter speaks A1, the plan speaks row/column numbers. */
import type { CellBox } from '../domain/layout/sheet-plan';

export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function boxAddress(box: CellBox): string {
  const start = cellAddress(box.row, box.col);
  if (box.rowCount === 1 && box.colCount === 1) return start;
  return `${start}:${cellAddress(box.row + box.rowCount - 1, box.col + box.colCount - 1)}`;
}
