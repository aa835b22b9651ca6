/**
 * readWorkbookGrid on a workbook built directly with exceljs the way foreign files look: cached results
 * (including 0), raw text with spaces, rich text, dates, errors, merges, shared formulas, defined names.
 */
import ExcelJS from 'exceljs';
import { parseBox, readWorkbookGrid, type GridSheet } from '../../src/xlsx/read-grid';

async function foreignWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Xã 'Hòa' (2)");
  ws.getCell('A1').value = '  1.652 ';
  ws.getCell('B1').value = 14;
  ws.getCell('C1').value = { formula: 'B1-14', result: 0 } as ExcelJS.CellFormulaValue;
  ws.getCell('D1').value = { formula: 'B1*2', result: 28 } as ExcelJS.CellFormulaValue;
  ws.getCell('E1').value = { formula: 'B1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  ws.getCell('F1').value = { formula: 'B1+1' } as ExcelJS.CellFormulaValue; // no cached result
  ws.getCell('A2').value = { richText: [{ text: 'TỔNG ' }, { font: { bold: true }, text: 'CỘNG' }] };
  ws.getCell('B2').value = new Date(Date.UTC(2026, 2, 14));
  ws.getCell('C2').value = true;
  ws.getCell('D2').value = 0.9939;
  ws.getCell('D2').numFmt = '0.00%';
  ws.mergeCells('A4:C5');
  ws.getCell('A4').value = 'Số hồ sơ';
  // A shared formula: D7 is the master, D8 follows it.
  ws.getCell('B7').value = 1;
  ws.getCell('B8').value = 2;
  ws.getCell('D7').value = { formula: 'B7*10', result: 10, shareType: 'shared', ref: 'D7:D8' } as ExcelJS.CellFormulaValue;
  ws.getCell('D8').value = { sharedFormula: 'D7', result: 20 } as ExcelJS.CellSharedFormulaValue;
  wb.definedNames.add("'Xã ''Hòa'' (2)'!$A$4:$C$5", 'Tieu_de');
  wb.addWorksheet('Trống');
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('readWorkbookGrid', () => {
  let sheet: GridSheet;
  let grid: Awaited<ReturnType<typeof readWorkbookGrid>>;
  const at = (address: string) => {
    const box = parseBox(address)!;
    return sheet.cells.find((c) => c.row === box.row && c.col === box.col);
  };
  beforeAll(async () => {
    grid = await readWorkbookGrid(await foreignWorkbook());
    sheet = grid.sheets[0];
  });

  test('sheets in order, empty ones included', () => {
    expect(grid.sheets.map((s) => s.name)).toEqual(["Xã 'Hòa' (2)", 'Trống']);
    expect(grid.sheets[1].cells).toEqual([]);
  });

  test('zero-based coordinates and raw, untrimmed text', () => {
    expect(at('A1')).toEqual({ row: 0, col: 0, value: '  1.652 ' });
    expect(at('B1')).toEqual({ row: 0, col: 1, value: 14 });
  });

  test('formula cells carry «=formula» and their cached result, including 0, errors and none', () => {
    expect(at('C1')).toEqual({ row: 0, col: 2, value: 0, formula: '=B1-14' });
    expect(at('D1')).toEqual({ row: 0, col: 3, value: 28, formula: '=B1*2' });
    expect(at('E1')).toMatchObject({ value: '#DIV/0!', formula: '=B1/0' });
    expect(at('F1')).toMatchObject({ value: null, formula: '=B1+1' });
  });

  test('shared formulas are translated for each cell', () => {
    expect(at('D7')).toMatchObject({ value: 10, formula: '=B7*10' });
    expect(at('D8')).toMatchObject({ value: 20, formula: '=B8*10' });
  });

  test('rich text, dates (Excel serial numbers), booleans and number formats', () => {
    expect(at('A2')!.value).toBe('TỔNG CỘNG');
    expect(at('B2')!.value).toBe(46095); // 14/03/2026
    expect(at('C2')!.value).toBe(true);
    expect(at('D2')).toEqual({ row: 1, col: 3, value: 0.9939, numberFormat: '0.00%' });
    expect(at('B1')!.numberFormat).toBeUndefined();
  });

  test('merges are listed once and covered cells are not reported as values', () => {
    expect(sheet.merges).toEqual([{ row: 3, col: 0, rowCount: 2, colCount: 3 }]);
    expect(at('A4')!.value).toBe('Số hồ sơ');
    expect(at('B4')).toBeUndefined();
    expect(at('C5')).toBeUndefined();
  });

  test('defined names with quoted sheet names', () => {
    expect(grid.definedNames).toEqual([
      { name: 'Tieu_de', sheet: "Xã 'Hòa' (2)", box: { row: 3, col: 0, rowCount: 2, colCount: 3 } },
    ]);
  });

  test('plain Uint8Array and ArrayBuffer (what a browser File gives) are read like a Node Buffer', async () => {
    const bytes = await foreignWorkbook();
    const plain = new Uint8Array(bytes.length);
    plain.set(bytes);
    expect(Buffer.isBuffer(plain)).toBe(false);
    expect((await readWorkbookGrid(plain)).sheets[0].cells).toEqual(sheet.cells);
    expect((await readWorkbookGrid(plain.buffer)).sheets[0].cells).toEqual(sheet.cells);
  });

  test('unreadable bytes are refused', async () => {
    await expect(readWorkbookGrid(new TextEncoder().encode('not a workbook'))).rejects.toThrow();
  });
});

describe('parseBox', () => {
  test('single cells, ranges, absolute and sheet-qualified references', () => {
    expect(parseBox('A1')).toEqual({ row: 0, col: 0, rowCount: 1, colCount: 1 });
    expect(parseBox('$AA$10:$AB$12')).toEqual({ row: 9, col: 26, rowCount: 3, colCount: 2 });
    expect(parseBox("'S 1'!C3:B2")).toEqual({ row: 1, col: 1, rowCount: 2, colCount: 2 });
  });
  test('rejects what is not a reference', () => {
    expect(parseBox('TỔNG')).toBeNull();
    expect(parseBox('A1:')).toBeNull();
    expect(parseBox('#REF!')).toBeNull();
  });
});
