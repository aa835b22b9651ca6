/**
 * src/excel/read-grid.ts against the strict fake host: the InputWorkbook shape recognition takes, the sync budget
 * (active sheet 1, workbook 2, one more per further block of a large sheet), and what is left out.
 */
import { checkWorkbook } from '../../src/domain/checks';
import { recogniseWorkbook } from '../../src/domain/read';
import {
  BLOCK_CELLS,
  FIRST_BLOCK_COLS,
  FIRST_BLOCK_ROWS,
  HIGHLIGHT_RECORD_SHEET,
  SHEETS_PER_SYNC,
  parseReference,
  readActiveSheet,
  readWorkbook,
  remainingBlocks,
} from '../../src/excel/read-grid';
import {
  addSheetState,
  createFakeExcel,
  ensureCell,
  fakeFromGrid,
  sheetNamed,
  writeGrid,
  type FakeExcel,
} from '../fake-excel';
import {
  buildSampleWorkbook,
  DEMO_COLUMN_TOTAL,
  DEMO_ROW_TOTAL,
  SAMPLE_SHEET_NAME,
} from '../preview/sample-workbook';

const excelOf = (fake: FakeExcel) => fake.Excel as unknown as typeof Excel;

function sampleFake(apiVersion = '1.8'): FakeExcel {
  const fake = createFakeExcel({ workbook: buildSampleWorkbook(), apiVersion });
  fake.stats.reset();
  return fake;
}

describe('readActiveSheet', () => {
  it('reads the active sheet in one sync, with values, formulas and number formats', async () => {
    const fake = sampleFake();
    const grid = await readActiveSheet(excelOf(fake));
    expect(fake.stats.syncsPerRun).toEqual([1]);
    expect(grid.sheets.map((s) => s.name)).toEqual([SAMPLE_SHEET_NAME]);
    const cells = grid.sheets[0].cells;
    const at = (row: number, col: number) => cells.find((c) => c.row === row && c.col === col);
    expect(at(0, 0)).toEqual({ row: 0, col: 0, value: 'Biểu số II.06a/VPCP/KSTT' });
    // C8: a formula with its cached result and the «#,##0» format.
    expect(at(7, 2)).toEqual({ row: 7, col: 2, value: 825, formula: '=D8+E8+F8', numberFormat: '#,##0' });
    // Empty cells are left out.
    expect(at(0, 1)).toBeUndefined();
    expect(cells.every((c) => c.value !== null || c.formula)).toBe(true);
  });

  it('gives recognition and the checker what they need: the demo contradictions are found', async () => {
    const fake = sampleFake();
    const forms = recogniseWorkbook(await readActiveSheet(excelOf(fake)));
    expect(forms.map((f) => f.code)).toEqual(['II.06a']);
    const cells = checkWorkbook(forms).map((f) => f.cell);
    expect(cells).toEqual(expect.arrayContaining([DEMO_ROW_TOTAL.cell, DEMO_COLUMN_TOTAL.cell]));
  });

  it('reads the add-in form markers among the defined names in the same sync, and only those of this sheet', async () => {
    const workbook = fakeFromGrid('Biểu 1', [['a']]);
    fakeFromGrid("Bà Rịa's", [['b']], workbook);
    const fake = createFakeExcel({ workbook });
    const sheetId = (name: string) => sheetNamed(workbook, name).id;
    workbook.names.push(
      {
        name: 'KSTT__II.06a__TT01_2020',
        ref: { sheetId: sheetId('Biểu 1'), box: { row: 0, col: 0, rowCount: 30, colCount: 11 } },
        formula: null,
        comment: '',
        visible: true,
      },
      {
        name: 'KSTT__II.07b__TT01_2020',
        ref: { sheetId: sheetId("Bà Rịa's"), box: { row: 2, col: 1, rowCount: 4, colCount: 3 } },
        formula: null,
        comment: '',
        visible: true,
      },
      {
        name: 'Other',
        ref: { sheetId: sheetId('Biểu 1'), box: { row: 0, col: 0, rowCount: 1, colCount: 1 } },
        formula: null,
        comment: '',
        visible: true,
      },
      { name: 'KSTT__rate', ref: null, formula: '=0.05', comment: '', visible: true },
    );
    workbook.selection = { sheetId: sheetId('Biểu 1'), box: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
    const active = await readActiveSheet(excelOf(fake));
    expect(fake.stats.syncsPerRun).toEqual([1]);
    expect(active.definedNames).toEqual([
      {
        name: 'KSTT__II.06a__TT01_2020',
        sheet: 'Biểu 1',
        box: { row: 0, col: 0, rowCount: 30, colCount: 11 },
      },
    ]);
    const all = await readWorkbook(excelOf(fake));
    expect(all.definedNames?.map((n) => n.sheet)).toEqual(['Biểu 1', "Bà Rịa's"]);
    expect(all.definedNames?.[1].box).toEqual({ row: 2, col: 1, rowCount: 4, colCount: 3 });
  });

  it('reads a sheet larger than the first block in further row blocks, one sync per block', async () => {
    const rows = FIRST_BLOCK_ROWS + 2 * Math.floor(BLOCK_CELLS / 3) + 5; // three used columns
    const fake = createFakeExcel({ apiVersion: '1.8' });
    const sheet = sheetNamed(fake.workbook, 'Sheet1');
    for (let r = 0; r < rows; r++) ensureCell(sheet, r, 2).value = r + 1;
    fake.stats.reset();
    const grid = await readActiveSheet(excelOf(fake));
    const expectedBlocks = Math.ceil((rows - FIRST_BLOCK_ROWS) / Math.floor(BLOCK_CELLS / 3));
    expect(expectedBlocks).toBe(3);
    expect(fake.stats.syncsPerRun).toEqual([1 + expectedBlocks]);
    const values = grid.sheets[0].cells.map((c) => c.value);
    expect(values).toHaveLength(rows);
    expect(values[rows - 1]).toBe(rows);
    expect(new Set(grid.sheets[0].cells.map((c) => c.row)).size).toBe(rows);
  });

  it('reads an empty sheet without failing', async () => {
    const fake = createFakeExcel();
    const grid = await readActiveSheet(excelOf(fake));
    expect(grid.sheets).toEqual([{ name: 'Sheet1', cells: [] }]);
  });
});

describe('readWorkbook', () => {
  it('reads every sheet in two syncs and skips the very hidden highlight record', async () => {
    const workbook = buildSampleWorkbook();
    const second = addSheetState(workbook, 'Ghi chép');
    writeGrid(second, 1, 1, [['x', 2]]);
    const record = addSheetState(workbook, HIGHLIGHT_RECORD_SHEET);
    record.visibility = 'VeryHidden';
    writeGrid(record, 0, 0, [['secret']]);
    const fake = createFakeExcel({ workbook, apiVersion: '1.8' });
    const grid = await readWorkbook(excelOf(fake));
    expect(fake.stats.syncsPerRun).toEqual([2]);
    expect(grid.sheets.map((s) => s.name)).toEqual([SAMPLE_SHEET_NAME, 'Ghi chép']);
    expect(grid.sheets[1].cells).toEqual([
      { row: 1, col: 1, value: 'x' },
      { row: 1, col: 2, value: 2 },
    ]);
  });

  it('spreads many sheets over more syncs so no request grows past the cap', async () => {
    const fake = createFakeExcel();
    for (let i = 2; i <= SHEETS_PER_SYNC + 1; i++) addSheetState(fake.workbook, `Sheet${i}`);
    await readWorkbook(excelOf(fake));
    expect(fake.stats.syncsPerRun).toEqual([3]);
  });
});

describe('helpers', () => {
  it('plans further blocks for wide and long used ranges, none for small ones', () => {
    expect(remainingBlocks(null)).toEqual([]);
    expect(
      remainingBlocks({
        rowIndex: 0,
        columnIndex: 0,
        rowCount: FIRST_BLOCK_ROWS,
        columnCount: FIRST_BLOCK_COLS,
      }),
    ).toEqual([]);
    const wide = remainingBlocks({
      rowIndex: 0,
      columnIndex: 0,
      rowCount: 10,
      columnCount: FIRST_BLOCK_COLS + 5,
    });
    expect(wide).toEqual([{ row: 0, col: FIRST_BLOCK_COLS, rowCount: 10, colCount: 5 }]);
    const long = remainingBlocks({
      rowIndex: 0,
      columnIndex: 0,
      rowCount: FIRST_BLOCK_ROWS + 1,
      columnCount: 10,
    });
    expect(long).toEqual([{ row: FIRST_BLOCK_ROWS, col: 0, rowCount: 1, colCount: 10 }]);
    for (const box of remainingBlocks({ rowIndex: 0, columnIndex: 0, rowCount: 100_000, columnCount: 50 }))
      expect(box.rowCount * box.colCount).toBeLessThanOrEqual(BLOCK_CELLS);
  });

  it('parses sheet references, quoted or not, and refuses anything else', () => {
    expect(parseReference("='Bà Rịa''s'!$B$3:$D$6")).toEqual({
      sheet: "Bà Rịa's",
      box: { row: 2, col: 1, rowCount: 4, colCount: 3 },
    });
    expect(parseReference('Sheet1!$A$1')).toEqual({
      sheet: 'Sheet1',
      box: { row: 0, col: 0, rowCount: 1, colCount: 1 },
    });
    expect(parseReference('0.05')).toBeNull();
    expect(parseReference('#REF!')).toBeNull();
    expect(parseReference('Sheet1!A1:B2,Sheet1!C3')).toBeNull();
  });
});
