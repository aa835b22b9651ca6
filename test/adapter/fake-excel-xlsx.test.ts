/** The fake workbook written to .xlsx carries what the adapter built; and an .xlsx can seed the fake. */
import ExcelJS from 'exceljs';
import { cellAt, createFakeExcel, readGrid } from '../fake-excel';
import { charactersToPoints, exportFakeWorkbookToXlsx, importXlsxToFake, pointsToCharacters } from '../fake-excel/export-xlsx';

async function buildForm() {
  const fake = createFakeExcel({ evaluateFormulas: true });
  await (fake.Excel as unknown as typeof Excel).run(async (context) => {
    const sheet = context.workbook.worksheets.add('II.06a');
    sheet.getRange('A1:D1').merge();
    sheet.getRange('A1').values = [['KẾT QUẢ GIẢI QUYẾT TTHC']];
    sheet.getRange('A1').format.font.bold = true;
    sheet.getRange('A1').format.font.name = 'Times New Roman';
    sheet.getRange('A1').format.horizontalAlignment = 'Center' as Excel.HorizontalAlignment;
    sheet.getRange('A3:D4').formulas = [
      [10, 7, '=A3-B3', '=IF(A3=0,"",ROUND(B3/A3*100,2))'],
      [0, 0, '=A4-B4', '=IF(A4=0,"",ROUND(B4/A4*100,2))'],
    ];
    sheet.getRange('A3:B4').numberFormat = [['#,##0', '#,##0'], ['#,##0', '#,##0']];
    sheet.getRange('A3:D4').format.borders.getItem('EdgeBottom' as Excel.BorderIndex).style = 'Continuous' as Excel.BorderLineStyle;
    sheet.getRange('A3:D4').format.borders.getItem('EdgeBottom' as Excel.BorderIndex).weight = 'Medium' as Excel.BorderWeight;
    sheet.getRange('D3').format.fill.color = '#FFF2CC';
    sheet.getRange('B:B').format.columnWidth = charactersToPoints(20);
    sheet.getRange('1:1').format.rowHeight = 30;
    sheet.freezePanes.freezeRows(2);
    const cf = sheet.getRange('C3:C4').conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
    cf.custom.rule.formula = '=C3<0';
    cf.custom.format.fill.color = '#FFC7CE';
    sheet.getRange('A3:B4').dataValidation.rule = { wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' as Excel.DataValidationOperator } };
    sheet.getRange('A3:B4').dataValidation.errorAlert = { showAlert: true, style: 'Stop' as Excel.DataValidationAlertStyle, title: 'Lỗi', message: 'Nhập số nguyên không âm' };
    context.workbook.names.add('KSTT_DaGiaiQuyet', sheet.getRange('B3:B4'));
    sheet.notes.add('A3', 'Từ phần mềm một cửa');
    sheet.pageLayout.orientation = 'Landscape' as Excel.PageOrientation;
    sheet.pageLayout.paperSize = 'A4' as Excel.PaperType;
    sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    sheet.pageLayout.setPrintTitleRows('$1:$2');
  });
  return fake;
}

describe('export to .xlsx', () => {
  it('writes values, formulas with cached results, formats, merges, rules, names, notes and page setup', async () => {
    const fake = await buildForm();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await exportFakeWorkbookToXlsx(fake.workbook)) as unknown as ExcelJS.Buffer);
    const ws = book.getWorksheet('II.06a')!;
    expect(ws.getCell('A1').value).toBe('KẾT QUẢ GIẢI QUYẾT TTHC');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, name: 'Times New Roman' });
    expect(ws.getCell('A1').alignment).toMatchObject({ horizontal: 'center' });
    expect(ws.getCell('C3').value).toEqual({ formula: 'A3-B3', result: 3 });
    expect(ws.getCell('D3').value).toEqual({ formula: 'IF(A3=0,"",ROUND(B3/A3*100,2))', result: 70 });
    expect(ws.getCell('A3').numFmt).toBe('#,##0');
    expect(ws.getCell('A4').border.bottom).toMatchObject({ style: 'medium' });
    expect(ws.getCell('A3').border?.bottom).toBeUndefined();
    expect(ws.getCell('D3').fill).toMatchObject({ fgColor: { argb: 'FFFFF2CC' } });
    expect((ws.model as unknown as { merges: string[] }).merges).toEqual(['A1:D1']);
    expect(ws.getColumn(2).width).toBeCloseTo(20, 1);
    expect(ws.getRow(1).height).toBe(30);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 0 });
    expect((ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings[0]).toMatchObject({ ref: 'C3:C4', rules: [{ type: 'expression', formulae: ['C3<0'] }] });
    expect(ws.getCell('B4').dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', errorTitle: 'Lỗi' });
    expect(ws.getCell('C4').dataValidation).toBeUndefined();
    expect(book.definedNames.getRanges('KSTT_DaGiaiQuyet').ranges).toEqual(["'II.06a'!$B$3:$B$4"]);
    expect(ws.getCell('A3').note).toBe('Từ phần mềm một cửa');
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' });
  });

  it('round-trips values, formulas, formats and merges through importXlsxToFake', async () => {
    const fake = await buildForm();
    const imported = await importXlsxToFake(await exportFakeWorkbookToXlsx(fake.workbook));
    expect(imported.sheets.map((s) => s.name)).toEqual(['Sheet1', 'II.06a']);
    const sheet = imported.sheets[1];
    expect(readGrid(sheet, { formulas: true })).toEqual(readGrid(fake.workbook.sheets[1], { formulas: true }));
    // Cached results survive, 0 included; an empty-string result comes back as "no cached value" (exceljs).
    const expected = readGrid(fake.workbook.sheets[1]);
    expect(expected[3][3]).toBe('');
    expected[3][3] = null;
    expect(readGrid(sheet)).toEqual(expected);
    expect(sheet.merges).toEqual([{ row: 0, col: 0, rowCount: 1, colCount: 4 }]);
    expect(cellAt(sheet, 'A1')?.font).toMatchObject({ bold: true, name: 'Times New Roman' });
    expect(cellAt(sheet, 'A4')?.borders.bottom).toMatchObject({ style: 'Continuous', weight: 'Medium' });
    expect(cellAt(sheet, 'D3')?.fill.color).toBe('#FFF2CC');
    expect(sheet.freeze).toEqual({ rows: 2, columns: 0 });
    expect(imported.names.map((n) => n.name)).toEqual(['KSTT_DaGiaiQuyet']);
    expect(pointsToCharacters(sheet.columnWidths.get(1)!)).toBeCloseTo(20, 1);
  });

  it('lets an imported workbook drive the fake host', async () => {
    const fake0 = await buildForm();
    const workbook = await importXlsxToFake(await exportFakeWorkbookToXlsx(fake0.workbook));
    const fake = createFakeExcel({ workbook });
    await (fake.Excel as unknown as typeof Excel).run(async (context) => {
      const range = context.workbook.worksheets.getItem('II.06a').getRange('C3:D4').load('formulas, values');
      await context.sync();
      expect(range.formulas[0]).toEqual(['=A3-B3', '=IF(A3=0,"",ROUND(B3/A3*100,2))']);
      expect(range.values[0]).toEqual([3, 70]);
    });
  });
});
