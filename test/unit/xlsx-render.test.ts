/**
 * The exceljs renderer: a hand-made SheetPlan that uses every feature is written to .xlsx bytes, loaded back with
 * exceljs, and each feature is asserted on the loaded workbook (not on the in-memory objects we wrote).
 */
import ExcelJS from 'exceljs';
// jszip comes with exceljs; used here only to look at raw workbook parts.
import JSZip from 'jszip';
import type { SheetPlan } from '../../src/domain/layout/sheet-plan';
import { addPlanToWorkbook, qualifiedRange, renderPlansToXlsx } from '../../src/xlsx/render-plan';
import { formMarkerName, markerIsFor, parseFormMarkerName } from '../../src/domain/layout/form-marker';
import { readWorkbookGrid } from '../../src/xlsx/read-grid';

/** Rows: 0 title, 1 header, 2 column numbers, 3–4 data, 5 total. Columns: A STT, B label, C = D + E, D, E. */
function samplePlan(overrides: Partial<SheetPlan> = {}): SheetPlan {
  return {
    formCode: 'II.06a',
    legalBasis: 'TT01/2020',
    sheetName: 'II.06a',
    rowCount: 6,
    colCount: 5,
    cells: [
      { row: 0, col: 0, content: { kind: 'text', text: 'BIỂU MẪU THỬ' }, role: 'title' },
      { row: 1, col: 0, content: { kind: 'text', text: 'STT' }, role: 'header' },
      { row: 1, col: 1, content: { kind: 'text', text: '=1+1' }, role: 'header' },
      { row: 1, col: 2, content: { kind: 'text', text: 'Tổng số' }, role: 'header' },
      { row: 2, col: 0, content: { kind: 'text', text: '(1)' }, role: 'column-number' },
      { row: 2, col: 2, content: { kind: 'text', text: '(3)=(4)+(5)' }, role: 'column-number' },
      { row: 3, col: 0, content: { kind: 'text', text: '01' }, role: 'label' },
      { row: 3, col: 1, content: { kind: 'text', text: 'Hộ tịch' }, role: 'label' },
      { row: 3, col: 2, content: { kind: 'formula', formula: '=D4+E4' }, role: 'computed' },
      { row: 3, col: 3, content: { kind: 'number', value: 7 }, role: 'input' },
      { row: 3, col: 4, content: { kind: 'number', value: 5 }, role: 'input' },
      { row: 4, col: 1, content: { kind: 'text', text: 'Chứng thực' }, role: 'label' },
      { row: 4, col: 2, content: { kind: 'formula', formula: '=D5+E5' }, role: 'computed' },
      { row: 5, col: 1, content: { kind: 'text', text: 'TỔNG CỘNG' }, role: 'label' },
      { row: 5, col: 2, content: { kind: 'formula', formula: '=SUM(C4:C5)' }, role: 'total' },
    ],
    merges: [{ row: 0, col: 0, rowCount: 1, colCount: 5 }],
    styles: [
      { box: { row: 0, col: 0, rowCount: 6, colCount: 5 }, style: { fontName: 'Times New Roman', fontSize: 12 } },
      { box: { row: 0, col: 0, rowCount: 1, colCount: 5 }, style: { bold: true, fontSize: 14, horizontalAlign: 'center' } },
      {
        box: { row: 1, col: 0, rowCount: 5, colCount: 5 },
        style: { borders: ['top', 'bottom', 'left', 'right', 'insideHorizontal', 'insideVertical'] },
      },
      {
        box: { row: 1, col: 0, rowCount: 1, colCount: 5 },
        style: { wrapText: true, verticalAlign: 'center', fill: '#D9E1F2', italic: true, fontColor: '#1F3864' },
      },
      { box: { row: 3, col: 2, rowCount: 3, colCount: 3 }, style: { numberFormat: '#,##0' } },
      // A later style overrides an earlier one for the same property.
      { box: { row: 5, col: 0, rowCount: 1, colCount: 5 }, style: { bold: true, underline: true, fontSize: 13 } },
    ],
    columnWidths: { 0: 6, 1: 30, 2: 12 },
    rowHeights: { 1: 45 },
    freeze: { rows: 3, columns: 2 },
    print: {
      orientation: 'landscape',
      paperSize: 'A4',
      fitToWidth: true,
      repeatRows: { first: 1, last: 2 },
      margins: { top: 0.5, bottom: 0.5, left: 0.4, right: 0.4 },
    },
    names: [
      { name: 'KSTT__II.06a__TT01_2020', box: { row: 0, col: 0, rowCount: 6, colCount: 5 } },
      { name: 'KSTT_II06a_INPUT', box: { row: 3, col: 3, rowCount: 2, colCount: 2 } },
    ],
    validations: [
      {
        box: { row: 3, col: 3, rowCount: 2, colCount: 2 },
        rule: 'whole-number-non-negative',
        errorTitle: 'Số liệu không hợp lệ',
        errorMessage: 'Nhập số nguyên không âm.',
      },
    ],
    conditionalFormats: [
      {
        box: { row: 3, col: 2, rowCount: 2, colCount: 1 },
        formula: '=C4<>D4+E4',
        fill: '#FFC7CE',
        fontColor: '#9C0006',
        description: 'Tổng số khác tổng các cột thành phần',
      },
    ],
    layout: {
      headerRows: { first: 1, last: 1 },
      columnNumberRow: 2,
      columns: { stt: 0, label: 1, total: 2, a: 3, b: 4 },
      dataRows: { first: 3, last: 4 },
      groupRows: [],
      totalRow: 5,
    },
    ...overrides,
  };
}

async function loadBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

describe('renderPlansToXlsx → exceljs read-back', () => {
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    wb = await loadBack(await renderPlansToXlsx([samplePlan()]));
    ws = wb.getWorksheet('II.06a')!;
  });

  test('the sheet exists under the plan name', () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual(['II.06a']);
  });

  test('text that looks like a formula or a number stays literal text', () => {
    expect(ws.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('B2').value).toBe('=1+1');
    expect(ws.getCell('A3').value).toBe('(1)');
    expect(ws.getCell('A4').value).toBe('01');
  });

  test('numbers are numbers and formulas are formulas without the leading «=»', () => {
    expect(ws.getCell('D4').value).toBe(7);
    expect(ws.getCell('C4').type).toBe(ExcelJS.ValueType.Formula);
    expect(ws.getCell('C4').formula).toBe('D4+E4');
    expect(ws.getCell('C6').formula).toBe('SUM(C4:C5)');
    expect(ws.getCell('D5').value).toBeNull();
  });

  test('merges', () => {
    expect(ws.getCell('A1').isMerged).toBe(true);
    expect(ws.getCell('E1').master.address).toBe('A1');
    expect(ws.getCell('A2').isMerged).toBe(false);
  });

  test('fonts, fills, alignment and later styles overriding earlier ones', () => {
    expect(ws.getCell('A1').font).toMatchObject({ name: 'Times New Roman', size: 14, bold: true });
    expect(ws.getCell('A1').alignment).toMatchObject({ horizontal: 'center' });
    expect(ws.getCell('B4').font).toMatchObject({ name: 'Times New Roman', size: 12 });
    expect(ws.getCell('B4').font.bold).toBeFalsy();
    expect(ws.getCell('B6').font).toMatchObject({ size: 13, bold: true, underline: true });
    const header = ws.getCell('C2');
    expect(header.alignment).toMatchObject({ wrapText: true, vertical: 'middle' });
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    expect(header.font).toMatchObject({ italic: true, color: { argb: 'FF1F3864' } });
    expect(ws.getCell('C4').fill).not.toMatchObject({ pattern: 'solid' });
  });

  test('number formats only where the plan puts them', () => {
    expect(ws.getCell('D4').numFmt).toBe('#,##0');
    expect(ws.getCell('C6').numFmt).toBe('#,##0');
    expect(ws.getCell('B4').numFmt).toBeUndefined();
  });

  test('thin borders on the outer edges and the inside grid, none outside the box', () => {
    const sides = (address: string) => {
      const b = ws.getCell(address).border ?? {};
      return (['top', 'bottom', 'left', 'right'] as const).filter((s) => b[s]?.style === 'thin');
    };
    // Corner, inside and edge cells of the bordered box B2:E6 (rows 1–5).
    expect(sides('A2')).toEqual(['top', 'bottom', 'left', 'right']);
    expect(sides('C4')).toEqual(['top', 'bottom', 'left', 'right']);
    expect(sides('E6')).toEqual(['top', 'bottom', 'left', 'right']);
    expect(sides('A1')).toEqual([]);
    expect(ws.getCell('A2').border.top?.color).toEqual({ argb: 'FF000000' });
  });

  test('column widths and row heights', () => {
    expect(ws.getColumn(1).width).toBe(6);
    expect(ws.getColumn(2).width).toBe(30);
    expect(ws.getRow(2).height).toBe(45);
  });

  test('freeze panes below the header and right of the label', () => {
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 3, topLeftCell: 'C4' });
  });

  test('A4 landscape, one page wide, header rows repeated, margins', () => {
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '2:3',
    });
    expect(ws.pageSetup.margins).toMatchObject({ top: 0.5, bottom: 0.5, left: 0.4, right: 0.4 });
  });

  test('whole ≥ 0 validation with a Vietnamese error on every input cell, nowhere else', () => {
    for (const address of ['D4', 'E4', 'D5', 'E5']) {
      expect(ws.getCell(address).dataValidation).toMatchObject({
        type: 'whole',
        operator: 'greaterThanOrEqual',
        formulae: [0],
        showErrorMessage: true,
        errorTitle: 'Số liệu không hợp lệ',
        error: 'Nhập số nguyên không âm.',
      });
    }
    expect(ws.getCell('C4').dataValidation).toBeUndefined();
  });

  test('conditional format: an expression rule with fill and font', () => {
    const cfs = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    expect(cfs).toHaveLength(1);
    expect(cfs[0].ref).toBe('C4:C5');
    const rule = cfs[0].rules[0] as ExcelJS.ExpressionRuleType;
    expect(rule.type).toBe('expression');
    expect(rule.formulae).toEqual(['C4<>D4+E4']);
    expect(rule.style?.fill).toMatchObject({ bgColor: { argb: 'FFFFC7CE' } });
    expect(rule.style?.font).toMatchObject({ color: { argb: 'FF9C0006' } });
  });

  test('the plan names and the form marker are defined over the right cells', () => {
    const names = wb.definedNames.model as { name: string; ranges: string[] }[];
    const byName = Object.fromEntries(names.map((n) => [n.name, n.ranges]));
    expect(byName.KSTT_II06a_INPUT).toEqual(["'II.06a'!$D$4:$E$5"]);
    expect(byName['KSTT__II.06a__TT01_2020']).toEqual(["'II.06a'!$A$1:$E$6"]);
  });

  test('Excel is told to compute every formula on load (formulas are written without cached results)', async () => {
    // exceljs does not read calcPr back, so look at the part itself.
    const zip = await JSZip.loadAsync(await renderPlansToXlsx([samplePlan()]));
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });
});

describe('addPlanToWorkbook: never overwrites', () => {
  test('a second copy of a form gets «(2)», unique names and its own marker', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('ii.06A'); // Excel compares sheet names case-insensitively
    const first = addPlanToWorkbook(wb, samplePlan());
    const second = addPlanToWorkbook(wb, samplePlan());
    expect(first.sheetName).toBe('II.06a (2)');
    expect(second.sheetName).toBe('II.06a (3)');
    expect(first.names).toEqual({
      'KSTT__II.06a__TT01_2020': 'KSTT__II.06a__TT01_2020',
      KSTT_II06a_INPUT: 'KSTT_II06a_INPUT',
    });
    expect(second.names).toEqual({
      'KSTT__II.06a__TT01_2020': 'KSTT__II.06a__TT01_2020_2',
      KSTT_II06a_INPUT: 'KSTT_II06a_INPUT_2',
    });
    expect(first.markerName).toBe('KSTT__II.06a__TT01_2020');
    expect(second.markerName).toBe('KSTT__II.06a__TT01_2020_2');

    // The untouched user sheet is still empty and the names survive a save/load with quoted sheet names.
    const again = await loadBack(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(again.getWorksheet('ii.06A')!.actualRowCount).toBe(0);
    const grid = await readWorkbookGrid(new Uint8Array((await again.xlsx.writeBuffer()) as ArrayBuffer));
    const input2 = grid.definedNames.find((n) => n.name === 'KSTT_II06a_INPUT_2');
    expect(input2).toEqual({ name: 'KSTT_II06a_INPUT_2', sheet: 'II.06a (3)', box: { row: 3, col: 3, rowCount: 2, colCount: 2 } });
  });

  test('invalid characters and over-long proposals become a valid sheet name', () => {
    const wb = new ExcelJS.Workbook();
    const { sheetName } = addPlanToWorkbook(wb, samplePlan({ sheetName: 'Biểu [KSTT]: quý I/2026 * rất dài quá mức' }));
    expect(sheetName.length).toBeLessThanOrEqual(31);
    expect(sheetName).not.toMatch(/[[\]:*?/\\]/);
  });

  test('a plan without a marker name reports none and adds only its own names', () => {
    const wb = new ExcelJS.Workbook();
    const plan = samplePlan();
    const unmarked = { ...plan, names: plan.names.filter((n) => !n.name.startsWith('KSTT__')) };
    expect(addPlanToWorkbook(wb, unmarked).markerName).toBeNull();
    expect((wb.definedNames.model as { name: string }[]).map((n) => n.name)).toEqual(['KSTT_II06a_INPUT']);
  });

  test('references quote the sheet name and double its apostrophes', () => {
    expect(qualifiedRange("Xã 'A'", { row: 0, col: 0, rowCount: 1, colCount: 1 })).toBe("'Xã ''A'''!$A$1");
    expect(qualifiedRange('S', { row: 1, col: 2, rowCount: 3, colCount: 2 })).toBe("'S'!$C$2:$D$4");
  });
});

describe('form marker names', () => {
  test('round trip, with and without a copy suffix', () => {
    expect(formMarkerName('II.06a', 'TT01/2020')).toBe('KSTT__II.06a__TT01_2020');
    expect(parseFormMarkerName('KSTT__II.06a__TT01_2020')).toEqual({ formCode: 'II.06a', legalBasis: 'TT01/2020', copy: 1 });
    expect(parseFormMarkerName('KSTT__II.06a__TT05_2025_12')).toEqual({ formCode: 'II.06a', legalBasis: 'TT05/2025', copy: 12 });
    // «-» is not allowed in a defined name: a local code is recognised through markerIsFor.
    const local = parseFormMarkerName(formMarkerName('KSTT-CB', 'TT01/2020'))!;
    expect(local).toEqual({ formCode: 'KSTT_CB', legalBasis: 'TT01/2020', copy: 1 });
    expect(markerIsFor(local, 'KSTT-CB')).toBe(true);
    expect(markerIsFor(local, 'KSTT-RS')).toBe(false);
  });

  test('names that are not markers are rejected', () => {
    expect(parseFormMarkerName('KSTT_II06a_INPUT')).toBeNull();
    expect(parseFormMarkerName('Print_Area')).toBeNull();
    expect(parseFormMarkerName('KSTT__II.06a')).toBeNull();
  });
});
