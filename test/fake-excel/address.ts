/**
 * A1 addresses as Excel's API accepts and returns them: `A1`, `A1:B2`, `$A$1`, `Sheet1!A1:B2`, `'My Sheet'!A1`,
 * whole rows `1:3` and whole columns `A:C`.
 */
import { MAX_COLUMNS, MAX_ROWS, type RangeBox } from './model';

export interface ParsedAddress {
  /** The sheet named in the address (unquoted), or null when the address has none. */
  sheetName: string | null;
  box: RangeBox;
  kind: 'cells' | 'rows' | 'columns';
}

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

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Quotes a sheet name the way Excel does in addresses («'Biểu II.06a'!A1», «Sheet1!A1»). */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^R\d*C\d*$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `A1`, `A1:B2`, `1:3` or `A:C` for a box (no sheet). */
export function boxToA1(box: RangeBox): string {
  const lastRow = box.row + box.rowCount - 1;
  const lastCol = box.col + box.colCount - 1;
  if (box.col === 0 && box.colCount === MAX_COLUMNS) return `${box.row + 1}:${lastRow + 1}`;
  if (box.row === 0 && box.rowCount === MAX_ROWS) return `${columnLetters(box.col)}:${columnLetters(lastCol)}`;
  const start = cellAddress(box.row, box.col);
  return box.rowCount === 1 && box.colCount === 1 ? start : `${start}:${cellAddress(lastRow, lastCol)}`;
}

export function formatAddress(sheetName: string, box: RangeBox): string {
  return `${quoteSheetName(sheetName)}!${boxToA1(box)}`;
}

/** Absolute form used by defined names: `Sheet1!$A$1:$B$2`. */
export function formatAbsoluteAddress(sheetName: string, box: RangeBox): string {
  const abs = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
  const start = abs(box.row, box.col);
  const end = abs(box.row + box.rowCount - 1, box.col + box.colCount - 1);
  return `${quoteSheetName(sheetName)}!${start === end ? start : `${start}:${end}`}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const ROW = /^\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;

/** Splits `'My Sheet'!A1` into sheet and reference; `''` inside quotes is one quote. */
export function splitSheet(address: string): { sheetName: string | null; ref: string } {
  const trimmed = address.trim();
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(trimmed);
  if (quoted) return { sheetName: quoted[1].replace(/''/g, "'"), ref: quoted[2] };
  const bang = trimmed.lastIndexOf('!');
  if (bang > 0) return { sheetName: trimmed.slice(0, bang), ref: trimmed.slice(bang + 1) };
  return { sheetName: null, ref: trimmed };
}

function cellPart(text: string): { row: number; col: number } | null {
  const m = CELL.exec(text);
  if (!m) return null;
  const row = Number(m[2]) - 1;
  const col = columnIndex(m[1]);
  if (row < 0 || row >= MAX_ROWS || col < 0 || col >= MAX_COLUMNS) return null;
  return { row, col };
}

/** Parses an address; returns null when it is not a valid A1 reference. */
export function tryParseAddress(address: string): ParsedAddress | null {
  const { sheetName, ref } = splitSheet(address);
  const parts = ref.split(':');
  if (parts.length > 2 || parts.some((p) => p.length === 0)) return null;
  const [first, second = first] = parts;

  const a = cellPart(first);
  const b = cellPart(second);
  if (a && b) {
    const row = Math.min(a.row, b.row);
    const col = Math.min(a.col, b.col);
    return {
      sheetName,
      kind: 'cells',
      box: { row, col, rowCount: Math.abs(a.row - b.row) + 1, colCount: Math.abs(a.col - b.col) + 1 },
    };
  }
  if (parts.length === 2) {
    const r1 = ROW.exec(first);
    const r2 = ROW.exec(second);
    if (r1 && r2) {
      const x = Number(r1[1]) - 1;
      const y = Number(r2[1]) - 1;
      if (x < 0 || y < 0 || x >= MAX_ROWS || y >= MAX_ROWS) return null;
      return { sheetName, kind: 'rows', box: { row: Math.min(x, y), col: 0, rowCount: Math.abs(x - y) + 1, colCount: MAX_COLUMNS } };
    }
    const c1 = COL.exec(first);
    const c2 = COL.exec(second);
    if (c1 && c2) {
      const x = columnIndex(c1[1]);
      const y = columnIndex(c2[1]);
      if (x >= MAX_COLUMNS || y >= MAX_COLUMNS) return null;
      return { sheetName, kind: 'columns', box: { row: 0, col: Math.min(x, y), rowCount: MAX_ROWS, colCount: Math.abs(x - y) + 1 } };
    }
  }
  return null;
}
