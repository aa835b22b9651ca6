/** A1 references for formulas and addresses (zero-based row/column in, Excel text out). */
import type { CellBox } from './sheet-plan';

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

/** Letters of the first columns, computed once: addresses are made for every cell a check reads. */
const LETTERS = Array.from({ length: 256 }, (_, c) => columnLetters(c));

export function ref(row: number, col: number): string {
  return `${col < LETTERS.length ? LETTERS[col] : columnLetters(col)}${row + 1}`;
}

export function rangeRef(firstRow: number, lastRow: number, col: number): string {
  return `${ref(firstRow, col)}:${ref(lastRow, col)}`;
}

/** Same as ref(): the A1 address of one cell. */
export const cellAddress = ref;

/** «B3» for one cell, «B3:D9» for a box. */
export function boxAddress(box: CellBox): string {
  const start = ref(box.row, box.col);
  if (box.rowCount === 1 && box.colCount === 1) return start;
  return `${start}:${ref(box.row + box.rowCount - 1, box.col + box.colCount - 1)}`;
}
