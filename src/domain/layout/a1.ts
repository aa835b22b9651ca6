/** A1 references for formulas the layout engine writes (zero-based row/column in, Excel text out). */

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

export function ref(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeRef(firstRow: number, lastRow: number, col: number): string {
  return `${ref(firstRow, col)}:${ref(lastRow, col)}`;
}
