/**
 * Reads any .xlsx (ours, a unit's, one exported by the one-stop software) into a plain grid: values, formulas,
 * cached formula results, number formats, merges and defined names. Checks, form recognition and consolidation
 * work on this grid and never on exceljs objects.
 *
 * Coordinates are zero-based like SheetPlan (row 0 = Excel row 1). Values are raw: strings are not trimmed or
 * parsed, so «1.652» typed as text stays the text «1.652» for the checker to flag.
 */
import ExcelJS from 'exceljs';
import type { CellBox } from '../domain/layout/sheet-plan';
import { parseBox } from './a1-box';

export { parseBox };

/** A cell's value as Excel's own `values` API gives it: dates become serial numbers, errors their code text. */
export type GridValue = string | number | boolean | null;

export interface GridCell {
  row: number;
  col: number;
  /** For a formula cell: the cached result stored in the file (null when the file has none). */
  value: GridValue;
  /** En-US formula with its leading «=», as in SheetPlan and Office.js `formulas`. */
  formula?: string;
  /** The number format when it is not General (e.g. '0.00%' tells the checker how a rate was rounded). */
  numberFormat?: string;
}

export interface GridSheet {
  name: string;
  cells: GridCell[];
  merges: CellBox[];
}

export interface GridDefinedName {
  name: string;
  sheet: string;
  box: CellBox;
}

export interface WorkbookGrid {
  sheets: GridSheet[];
  definedNames: GridDefinedName[];
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Excel's 1900 date system serial number (the one the fake `values` and the real API return). */
function dateToSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
}

function plainValue(value: unknown): GridValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((run) => run.text).join('');
    if ('error' in v) return String(v.error);
    if ('text' in v && 'hyperlink' in v) return plainValue(v.text);
    if ('result' in v) return plainValue(v.result);
    if ('formula' in v || 'sharedFormula' in v) return null;
  }
  return String(value);
}

/** «'II.06a (2)'!$A$1:$N$30» -> sheet «II.06a (2)». */
function sheetOfReference(reference: string): string | null {
  const bang = reference.lastIndexOf('!');
  if (bang < 0) return null;
  const raw = reference.slice(0, bang);
  return raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
}

function readSheet(ws: ExcelJS.Worksheet): GridSheet {
  const cells: GridCell[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Cells covered by a merge hold a pointer to the top-left cell, not a value of their own.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const formula = cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
      const gridCell: GridCell = {
        row: rowNumber - 1,
        col: colNumber - 1,
        // exceljs omits a cached result of 0 from `value`; `result` has it.
        value: formula !== undefined ? plainValue(cell.result) : plainValue(cell.value),
      };
      if (formula !== undefined) gridCell.formula = `=${formula}`;
      const numFmt = cell.numFmt;
      if (numFmt && numFmt !== 'General') gridCell.numberFormat = numFmt;
      cells.push(gridCell);
    });
  });
  const mergeRefs = (ws.model as { merges?: string[] }).merges ?? [];
  const merges = mergeRefs.map(parseBox).filter((b): b is CellBox => b !== null);
  return { name: ws.name, cells, merges };
}

function readDefinedNames(wb: ExcelJS.Workbook): GridDefinedName[] {
  const result: GridDefinedName[] = [];
  for (const entry of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    for (const reference of entry.ranges) {
      const sheet = sheetOfReference(reference);
      const box = parseBox(reference);
      if (sheet && box) result.push({ name: entry.name, sheet, box });
    }
  }
  return result;
}

/** Loads .xlsx bytes (Node Buffer, Uint8Array or ArrayBuffer) into a WorkbookGrid. */
export async function readWorkbookGrid(data: Uint8Array | ArrayBuffer): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  // exceljs's typings want a Node Buffer; at run time it accepts any Uint8Array (JSZip reads it).
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return { sheets: wb.worksheets.map(readSheet), definedNames: readDefinedNames(wb) };
}
