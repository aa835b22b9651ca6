/**
 * Reads cells out of the open workbook in the `InputWorkbook` shape that recognition (src/domain/read) takes.
 *
 * Round trips: the active sheet costs ONE sync, the whole workbook TWO (sheet list + names, then every sheet),
 * as long as each sheet's used cells fit in the first block (FIRST_BLOCK_ROWS × FIRST_BLOCK_COLS from A1, plenty
 * for any KSTT form). Excel on the web caps a request/response at about 5 MB and may answer an oversized
 * `values` read with null, so a sheet that is larger is read in further row blocks of at most BLOCK_CELLS cells,
 * one sync per block — the cost grows with the sheet's size in blocks, never with its number of rows.
 * Workbooks with many sheets are read SHEETS_PER_SYNC sheets per sync for the same reason.
 *
 * The add-in's form markers (defined names `KSTT__<code>__<basis>`) come from `NamedItem.value` («'II.06a'!$A$1:$K$30»),
 * which is read in the same sync as the names themselves. Everything here is ExcelApi ≤ 1.7 (floor 1.8).
 */
import { FORM_MARKER_PREFIX } from '../domain/layout/form-marker';
import type {
  CellValue,
  InputBox,
  InputCell,
  InputDefinedName,
  InputSheet,
  InputWorkbook,
} from '../domain/read/types';

/** The block read with the sheet in the first sync: 300 rows × 40 columns = 12 000 cells. */
export const FIRST_BLOCK_ROWS = 300;
export const FIRST_BLOCK_COLS = 40;
/**
 * The most cells one further block asks for. Three arrays per cell (values, formulas, number formats) of a few
 * dozen bytes each keep a block near 1–2 MB, well under the 5 MB cap.
 */
export const BLOCK_CELLS = 20_000;
/** How many sheets' first blocks share a sync (12 000 cells each). */
export const SHEETS_PER_SYNC = 8;

/** The name of the sheet where highlight.ts keeps its record; never read as a form. */
export const HIGHLIGHT_RECORD_SHEET = 'KSTT_DanhDau';

interface BlockRead {
  row: number;
  col: number;
  range: Excel.Range;
}

interface PendingSheet {
  name: string;
  used: Excel.Range;
  first: BlockRead;
}

/** Queues (without syncing) the used-range extent and the first block of a sheet. */
function queueSheet(sheet: Excel.Worksheet, name: string): PendingSheet {
  // valuesOnly: a formatted but empty row 1 048 576 must not make the sheet look huge.
  const used = sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
  const range = sheet
    .getRangeByIndexes(0, 0, FIRST_BLOCK_ROWS, FIRST_BLOCK_COLS)
    .load('values,formulas,numberFormat');
  return { name, used, first: { row: 0, col: 0, range } };
}

/** The further blocks a sheet needs beyond its first block: row blocks of the used columns, each ≤ BLOCK_CELLS. */
export function remainingBlocks(
  used: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number } | null,
): InputBox[] {
  if (!used) return [];
  const lastRow = used.rowIndex + used.rowCount; // exclusive
  const lastCol = used.columnIndex + used.columnCount; // exclusive
  const blocks: InputBox[] = [];
  // Columns right of the first block, over the first block's rows.
  if (lastCol > FIRST_BLOCK_COLS) {
    const width = lastCol - FIRST_BLOCK_COLS;
    const rows = Math.max(1, Math.floor(BLOCK_CELLS / width));
    for (let row = 0; row < Math.min(lastRow, FIRST_BLOCK_ROWS); row += rows)
      blocks.push({
        row,
        col: FIRST_BLOCK_COLS,
        rowCount: Math.min(rows, Math.min(lastRow, FIRST_BLOCK_ROWS) - row),
        colCount: width,
      });
  }
  // Rows below the first block, all used columns.
  if (lastRow > FIRST_BLOCK_ROWS) {
    const rows = Math.max(1, Math.floor(BLOCK_CELLS / lastCol));
    for (let row = FIRST_BLOCK_ROWS; row < lastRow; row += rows)
      blocks.push({ row, col: 0, rowCount: Math.min(rows, lastRow - row), colCount: lastCol });
  }
  return blocks;
}

/** Office.js gives "" for an empty cell and the constant itself in `formulas` for a cell without a formula. */
function cellsOfBlock(block: BlockRead): InputCell[] {
  const values = block.range.values as unknown[][] | null;
  const formulas = block.range.formulas as unknown[][] | null;
  const formats = block.range.numberFormat as unknown[][] | null;
  if (!values) throw new Error(`Excel returned no values for a block at row ${block.row + 1}`);
  const cells: InputCell[] = [];
  values.forEach((rowValues, i) =>
    rowValues.forEach((raw, j) => {
      const formulaText = formulas?.[i]?.[j];
      const formula =
        typeof formulaText === 'string' && formulaText.startsWith('=') ? formulaText : undefined;
      const value = toCellValue(raw);
      if (value === null && !formula) return;
      const cell: InputCell = { row: block.row + i, col: block.col + j, value };
      if (formula) cell.formula = formula;
      const format = formats?.[i]?.[j];
      if (typeof format === 'string' && format !== '' && format !== 'General') cell.numberFormat = format;
      cells.push(cell);
    }),
  );
  return cells;
}

function toCellValue(raw: unknown): CellValue {
  if (raw === '' || raw === null || raw === undefined) return null;
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  return String(raw);
}

/** Reads the blocks past the first, one sync each; returns their cells. */
async function readRemaining(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  boxes: InputBox[],
): Promise<InputCell[]> {
  const cells: InputCell[] = [];
  for (const box of boxes) {
    const range = sheet
      .getRangeByIndexes(box.row, box.col, box.rowCount, box.colCount)
      .load('values,formulas,numberFormat');
    // One sync per block on purpose: each block is its own request so none passes the 5 MB cap.
    await context.sync();
    cells.push(...cellsOfBlock({ row: box.row, col: box.col, range }));
  }
  return cells;
}

function usedOf(pending: PendingSheet) {
  return pending.used.isNullObject ? null : pending.used;
}

async function finishSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  pending: PendingSheet,
): Promise<InputSheet> {
  const cells = cellsOfBlock(pending.first);
  const more = remainingBlocks(usedOf(pending));
  if (more.length > 0) cells.push(...(await readRemaining(context, sheet, more)));
  return { name: pending.name, cells };
}

/** «'II.06a (2)'!$A$1:$K$30» → sheet and box; null for anything that is not a single rectangular reference. */
export function parseReference(reference: string): { sheet: string; box: InputBox } | null {
  const match =
    /^=?(?:'((?:[^']|'')+)'|([^'!,()\s]+))!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(
      reference.trim(),
    );
  if (!match) return null;
  const [, quoted, plain, c1, r1, c2 = c1, r2 = r1] = match;
  const col1 = columnNumber(c1);
  const col2 = columnNumber(c2);
  const row1 = Number(r1) - 1;
  const row2 = Number(r2) - 1;
  return {
    sheet: quoted !== undefined ? quoted.replace(/''/g, "'") : plain,
    box: {
      row: Math.min(row1, row2),
      col: Math.min(col1, col2),
      rowCount: Math.abs(row2 - row1) + 1,
      colCount: Math.abs(col2 - col1) + 1,
    },
  };
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function queueNames(context: Excel.RequestContext): Excel.NamedItemCollection {
  return context.workbook.names.load('items/name,items/type,items/value');
}

/** The add-in's form markers among the workbook's names (other names are not recognition's business). */
function markerNames(names: Excel.NamedItemCollection): InputDefinedName[] {
  const found: InputDefinedName[] = [];
  for (const item of names.items) {
    if (item.type !== 'Range' || !item.name.toUpperCase().startsWith(FORM_MARKER_PREFIX.toUpperCase()))
      continue;
    const reference = typeof item.value === 'string' ? parseReference(item.value) : null;
    if (reference) found.push({ name: item.name, ...reference });
  }
  return found;
}

/** Inside an existing batch: the active sheet. One sync unless the sheet is larger than the first block. */
export async function readActiveSheetIn(context: Excel.RequestContext): Promise<InputWorkbook> {
  const sheet = context.workbook.worksheets.getActiveWorksheet().load('name');
  const names = queueNames(context);
  const used = sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
  const range = sheet
    .getRangeByIndexes(0, 0, FIRST_BLOCK_ROWS, FIRST_BLOCK_COLS)
    .load('values,formulas,numberFormat');
  await context.sync();
  const read = await finishSheet(context, sheet, {
    name: sheet.name,
    used,
    first: { row: 0, col: 0, range },
  });
  const definedNames = markerNames(names).filter((n) => n.sheet === sheet.name);
  return { sheets: [read], definedNames };
}

/**
 * Inside an existing batch: every sheet except very hidden ones (the add-in's own records live there). Two syncs
 * for up to SHEETS_PER_SYNC sheets of ordinary size.
 */
export async function readWorkbookIn(context: Excel.RequestContext): Promise<InputWorkbook> {
  const sheets = context.workbook.worksheets.load('items/name,items/visibility');
  const names = queueNames(context);
  await context.sync();

  const readable = sheets.items.filter(
    (s) => s.visibility !== 'VeryHidden' && s.name !== HIGHLIGHT_RECORD_SHEET,
  );
  const result: InputSheet[] = [];
  for (let start = 0; start < readable.length; start += SHEETS_PER_SYNC) {
    const group = readable.slice(start, start + SHEETS_PER_SYNC);
    const pending = group.map((sheet) => queueSheet(sheet, sheet.name));
    await context.sync();
    for (let i = 0; i < group.length; i++) result.push(await finishSheet(context, group[i], pending[i]));
  }
  return { sheets: result, definedNames: markerNames(names) };
}

export function readActiveSheet(excel: typeof Excel): Promise<InputWorkbook> {
  return excel.run((context) => readActiveSheetIn(context));
}

export function readWorkbook(excel: typeof Excel): Promise<InputWorkbook> {
  return excel.run((context) => readWorkbookIn(context));
}
