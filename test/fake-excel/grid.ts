/** Test helpers: build a workbook from a 2D array, read a sheet back as a 2D array. */
import { tryParseAddress } from './address';
import {
  addSheetState,
  createWorkbookState,
  ensureCell,
  findSheetByName,
  getCell,
  type CellValue,
  type FakeSheet,
  type FakeWorkbook,
} from './model';

/**
 * A workbook with one sheet whose cells are `rows` from A1: numbers, booleans and strings are values; a string
 * starting with «=» is a formula (its cached value is null); null/undefined leave the cell empty.
 */
export function fakeFromGrid(sheetName: string, rows: unknown[][], workbook: FakeWorkbook = createWorkbookState()): FakeWorkbook {
  const sheet = addSheetState(workbook, sheetName);
  writeGrid(sheet, 0, 0, rows);
  return workbook;
}

export function writeGrid(sheet: FakeSheet, startRow: number, startCol: number, rows: unknown[][]): void {
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null || v === undefined) return;
      const cell = ensureCell(sheet, startRow + i, startCol + j);
      if (typeof v === 'string' && v.startsWith('=')) {
        cell.formula = v;
        cell.value = null;
      } else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
        cell.value = v;
      } else {
        throw new Error(`fakeFromGrid: unsupported cell value ${JSON.stringify(v)}`);
      }
    }),
  );
}

export interface ReadGridOptions {
  /** Formula text instead of the cached value for formula cells. */
  formulas?: boolean;
  /** Only this block (A1 address); default: from A1 to the last used cell. */
  address?: string;
}

/** Values from A1 to the last used cell (null where empty). */
export function readGrid(sheet: FakeSheet, options: ReadGridOptions = {}): CellValue[][] {
  let rowCount = 0;
  let colCount = 0;
  let row0 = 0;
  let col0 = 0;
  if (options.address) {
    const parsed = tryParseAddress(options.address);
    if (!parsed) throw new Error(`readGrid: bad address ${options.address}`);
    ({ row: row0, col: col0, rowCount, colCount } = parsed.box);
  } else {
    for (const [key, cell] of sheet.cells) {
      if (cell.value === null && !cell.formula) continue;
      const [r, c] = key.split(',').map(Number);
      rowCount = Math.max(rowCount, r + 1);
      colCount = Math.max(colCount, c + 1);
    }
  }
  return Array.from({ length: rowCount }, (_, i) =>
    Array.from({ length: colCount }, (_, j) => {
      const cell = getCell(sheet, row0 + i, col0 + j);
      if (!cell) return null;
      return options.formulas && cell.formula ? cell.formula : cell.value;
    }),
  );
}

export function sheetNamed(workbook: FakeWorkbook, name: string): FakeSheet {
  const sheet = findSheetByName(workbook, name);
  if (!sheet) throw new Error(`no sheet «${name}» in the fake workbook`);
  return sheet;
}

/** The cell at an A1 address on a sheet (undefined if never written). */
export function cellAt(sheet: FakeSheet, address: string) {
  const parsed = tryParseAddress(address);
  if (!parsed) throw new Error(`bad address ${address}`);
  return getCell(sheet, parsed.box.row, parsed.box.col);
}
