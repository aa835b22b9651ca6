/** Operations on the sheet state that the proxies run inside `sync()`. No Office.js semantics beyond the data. */
import { FakeOfficeError } from './errors';
import { numberToText } from './formula';
import {
  boxContains,
  boxContainsCell,
  boxesIntersect,
  emptyCell,
  ensureCell,
  getCell,
  parseCellKey,
  type FakeCell,
  type FakeSheet,
  type RangeBox,
} from './model';
import { interpretTypedInput } from './typed-input';
import { checkFormula, invalid } from './validate';

/** Large enough for any report form; a guard against a whole-column write creating a million cells. */
export const MAX_CELLS_PER_OPERATION = 200_000;
/** Excel on the web refuses responses over 5 MB; the fake refuses reads of more cells than this. */
export const MAX_CELLS_PER_READ = 1_000_000;

export function cellCount(box: RangeBox): number {
  return box.rowCount * box.colCount;
}

export function forEachCell(box: RangeBox, fn: (row: number, col: number, i: number, j: number) => void): void {
  if (cellCount(box) > MAX_CELLS_PER_OPERATION) {
    throw new FakeOfficeError(
      'OperationCellsExceedLimit',
      `fake-excel: an operation on ${cellCount(box)} cells is not modelled (limit ${MAX_CELLS_PER_OPERATION})`,
    );
  }
  for (let i = 0; i < box.rowCount; i++) {
    for (let j = 0; j < box.colCount; j++) fn(box.row + i, box.col + j, i, j);
  }
}

export function readGridOf<V>(sheet: FakeSheet, box: RangeBox, pick: (cell: FakeCell | undefined) => V): V[][] {
  if (cellCount(box) > MAX_CELLS_PER_READ) {
    throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `reading ${cellCount(box)} cells`);
  }
  // A box much larger than the sheet's cells (the add-in reads 300 × 40 from A1 of a 30-row form): fill in what an
  // empty cell reads as, then the cells that exist, instead of looking up every position. Same result.
  const empty = pick(undefined);
  if (cellCount(box) > 4 * sheet.cells.size && (empty === null || typeof empty !== 'object')) {
    const rows: V[][] = Array.from({ length: box.rowCount }, () => new Array<V>(box.colCount).fill(empty));
    for (const [key, cell] of sheet.cells) {
      const { row, col } = parseCellKey(key);
      if (boxContainsCell(box, row, col)) rows[row - box.row][col - box.col] = pick(cell);
    }
    return rows;
  }
  const rows: V[][] = [];
  for (let i = 0; i < box.rowCount; i++) {
    const row: V[] = [];
    for (let j = 0; j < box.colCount; j++) row.push(pick(getCell(sheet, box.row + i, box.col + j)));
    rows.push(row);
  }
  return rows;
}

/** What Range.text shows: the value as text (number formats are not applied by the fake). */
export function displayText(cell: FakeCell | undefined): string {
  if (!cell || cell.value === null) return '';
  if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
  if (typeof cell.value === 'number') return numberToText(cell.value);
  return cell.value;
}

export function valueType(cell: FakeCell | undefined): string {
  const v = cell?.value ?? null;
  if (v === null) return 'Empty';
  if (typeof v === 'boolean') return 'Boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'Integer' : 'Double';
  if (/^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)$/.test(v) && cell?.formula) return 'Error';
  return 'String';
}

/**
 * Checks a 2D array against the range's shape, as Excel does at sync. A single non-array value is applied to
 * every cell (Excel allows that); a 2D array must match exactly.
 */
export function shapeGrid(value: unknown, box: RangeBox, property: string): (row: number, col: number) => unknown {
  if (!Array.isArray(value)) return () => value;
  const rows = value as unknown[];
  const ok =
    rows.length === box.rowCount && rows.every((r) => Array.isArray(r) && (r as unknown[]).length === box.colCount);
  if (!ok) {
    const got = `${rows.length}×${Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : '?'}`;
    throw invalid(`${property}: a ${got} array does not match the range's ${box.rowCount}×${box.colCount} cells`);
  }
  return (i, j) => (rows[i] as unknown[])[j];
}

/** Writes one typed value or formula as Excel would (values and formulas share the typing rules). */
export function writeContent(sheet: FakeSheet, row: number, col: number, input: unknown, where: string): void {
  // null in a values/formulas array means "leave this cell alone" in Office.js.
  if (input === null) return;
  const cell = ensureCell(sheet, row, col);
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw invalid(`${where}: ${input} is not a finite number`);
    cell.value = input;
    delete cell.formula;
    return;
  }
  if (typeof input === 'boolean') {
    cell.value = input;
    delete cell.formula;
    return;
  }
  if (typeof input !== 'string') throw invalid(`${where}: ${JSON.stringify(input)} is not a string, number or boolean`);
  const typed = interpretTypedInput(input, cell.numberFormat);
  if (typed.formula !== undefined) {
    checkFormula(typed.formula, where);
    cell.formula = typed.formula;
    // The fake does not compute (unless the evaluator is on): the cached result is unknown.
    cell.value = null;
  } else {
    delete cell.formula;
    cell.value = typed.value;
  }
  if (typed.numberFormat && cell.numberFormat === 'General') cell.numberFormat = typed.numberFormat;
}

/** The single value shared by every cell, or null when they differ (Office.js reports mixed formats as null). */
export function uniform<V>(sheet: FakeSheet, box: RangeBox, pick: (cell: FakeCell | undefined) => V): V | null {
  let first: { v: V } | undefined;
  const lastRow = box.row + Math.min(box.rowCount, 2000);
  const lastCol = box.col + Math.min(box.colCount, 200);
  for (let r = box.row; r < lastRow; r++) {
    for (let c = box.col; c < lastCol; c++) {
      const v = pick(getCell(sheet, r, c));
      if (!first) first = { v };
      else if (JSON.stringify(first.v) !== JSON.stringify(v)) return null;
    }
  }
  return first ? first.v : null;
}

/** Bounding box of the used cells (with a value or formula; or, unless valuesOnly, any format). */
export function usedBox(sheet: FakeSheet, valuesOnly: boolean): RangeBox | null {
  let minR = Infinity;
  let minC = Infinity;
  let maxR = -1;
  let maxC = -1;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && cell.value === null && !cell.formula) continue;
    const { row: r, col: c } = parseCellKey(key);
    minR = Math.min(minR, r);
    minC = Math.min(minC, c);
    maxR = Math.max(maxR, r);
    maxC = Math.max(maxC, c);
  }
  if (maxR < 0) return null;
  return { row: minR, col: minC, rowCount: maxR - minR + 1, colCount: maxC - minC + 1 };
}

export function intersectBoxes(a: RangeBox, b: RangeBox): RangeBox | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const endRow = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const endCol = Math.min(a.col + a.colCount, b.col + b.colCount);
  if (endRow <= row || endCol <= col) return null;
  return { row, col, rowCount: endRow - row, colCount: endCol - col };
}

/** `box` minus `cut`, as up to four rectangles (used to trim validations and conditional formats). */
export function subtractBox(box: RangeBox, cut: RangeBox): RangeBox[] {
  const overlap = intersectBoxes(box, cut);
  if (!overlap) return [box];
  const out: RangeBox[] = [];
  const boxEndRow = box.row + box.rowCount;
  const boxEndCol = box.col + box.colCount;
  const cutEndRow = overlap.row + overlap.rowCount;
  const cutEndCol = overlap.col + overlap.colCount;
  if (overlap.row > box.row) out.push({ row: box.row, col: box.col, rowCount: overlap.row - box.row, colCount: box.colCount });
  if (cutEndRow < boxEndRow) out.push({ row: cutEndRow, col: box.col, rowCount: boxEndRow - cutEndRow, colCount: box.colCount });
  if (overlap.col > box.col) {
    out.push({ row: overlap.row, col: box.col, rowCount: overlap.rowCount, colCount: overlap.col - box.col });
  }
  if (cutEndCol < boxEndCol) {
    out.push({ row: overlap.row, col: cutEndCol, rowCount: overlap.rowCount, colCount: boxEndCol - cutEndCol });
  }
  return out;
}

/** Range.merge(across): Excel keeps the top-left value of each merged area and empties the rest. */
export function mergeBox(sheet: FakeSheet, box: RangeBox, across: boolean): void {
  const areas: RangeBox[] = across
    ? Array.from({ length: box.rowCount }, (_, i) => ({ row: box.row + i, col: box.col, rowCount: 1, colCount: box.colCount }))
    : [box];
  for (const area of areas) {
    if (area.rowCount === 1 && area.colCount === 1) continue;
    for (const existing of sheet.merges) {
      if (boxesIntersect(existing, area) && !boxContains(area, existing)) {
        throw new FakeOfficeError('MergedRangeConflict', 'the range partly overlaps an existing merged area');
      }
    }
    sheet.merges = sheet.merges.filter((m) => !boxContains(area, m));
    forEachCell(area, (r, c) => {
      if (r === area.row && c === area.col) return;
      const cell = getCell(sheet, r, c);
      if (cell) {
        cell.value = null;
        delete cell.formula;
      }
    });
    sheet.merges.push({ ...area });
  }
}

export function unmergeBox(sheet: FakeSheet, box: RangeBox): void {
  sheet.merges = sheet.merges.filter((m) => !boxesIntersect(m, box));
}

/** Merged areas whose top-left cell lies in the box (Excel's getMergedAreasOrNullObject rule). */
export function mergedAreasStartingIn(sheet: FakeSheet, box: RangeBox): RangeBox[] {
  return sheet.merges.filter((m) => boxContainsCell(box, m.row, m.col));
}

export function clearBox(sheet: FakeSheet, box: RangeBox, applyTo: string): void {
  const contents = applyTo === 'All' || applyTo === 'Contents' || applyTo === 'ResetContents';
  const formats = applyTo === 'All' || applyTo === 'Formats';
  const keys: string[] = [];
  for (const key of sheet.cells.keys()) {
    const [r, c] = key.split(',').map(Number);
    if (boxContainsCell(box, r, c)) keys.push(key);
  }
  for (const key of keys) {
    const cell = sheet.cells.get(key)!;
    if (applyTo === 'All') {
      sheet.cells.delete(key);
      continue;
    }
    if (contents) {
      cell.value = null;
      delete cell.formula;
    }
    if (formats) sheet.cells.set(key, withDefaultFormat(cell));
  }
  if (formats) sheet.merges = sheet.merges.filter((m) => !boxesIntersect(m, box));
}

/** The cell's content with Excel's default format. */
function withDefaultFormat(cell: FakeCell): FakeCell {
  const out: FakeCell = { ...emptyCell(), value: cell.value };
  if (cell.formula) out.formula = cell.formula;
  return out;
}
