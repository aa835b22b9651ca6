/** A1 references of a workbook file to zero-based boxes (no exceljs here: the loaders share it). */
import type { CellBox } from '../domain/layout/sheet-plan';

/** «C9:N20» or «C9» (1-based A1, optional $ and sheet) to a zero-based box. */
export function parseBox(a1: string): CellBox | null {
  const match = /^(?:.*!)?\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(a1.trim());
  if (!match) return null;
  const col = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r1 = Number(match[2]) - 1;
  const c1 = col(match[1]);
  const r2 = match[4] ? Number(match[4]) - 1 : r1;
  const c2 = match[3] ? col(match[3]) : c1;
  return {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rowCount: Math.abs(r2 - r1) + 1,
    colCount: Math.abs(c2 - c1) + 1,
  };
}
