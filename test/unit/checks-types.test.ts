/**
 * Types in count cells (issue 16): a date, a time or text typed into a count is an error that names the cell,
 * in check and in merge. Dates arrive as Excel serials with a date number format (01/05/2025 is 45.778).
 * Merge policy: the unit is merged with that cell counted as 0, marked «lỗi» with the cell named.
 */
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/domain/checks';
import { createConsolidation } from '../../src/domain/consolidate';
import { recogniseSheet, recogniseWorkbook, type InputCell, type InputSheet } from '../../src/domain/read';
import { isDateFormat } from '../../src/domain/read/values';
import { readWorkbookGrid } from '../../src/xlsx/read-grid';
import { handTypedII06a, HAND_FIRST_DATA_ROW } from '../fixtures/check/grids';

/** Hộ tịch's online cell (D13) of the hand-typed II.06a replaced by `cell`. */
function withCell(patch: Partial<InputCell>): InputSheet {
  const s = handTypedII06a();
  const row = HAND_FIRST_DATA_ROW + 1;
  return { ...s, cells: s.cells.map((c) => (c.row === row && c.col === 3 ? { ...c, ...patch } : c)) };
}

describe('number formats', () => {
  it.each([
    ['dd/mm/yyyy', true], ['d/m/yy', true], ['m/d/yyyy h:mm', true], ['h:mm', true], ['[h]:mm:ss', true],
    ['[$-42A]dd/mm/yyyy', true], ['yyyy-mm-dd', true], ['mmm-yy', true],
    ['General', false], ['0', false], ['#,##0', false], ['0.00%', false], ['#,##0 "hồ sơ"', false],
    ['[Red]#,##0;-#,##0', false], ['_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)', false], ['0.00E+00', false], ['@', false],
  ])('%s is a date or time format: %s', (format, expected) => expect(isDateFormat(format)).toBe(expected));
});

describe('check', () => {
  it('a date typed into a count (45.778 shown as 01/05/2025): one error naming the cell, no arithmetic finding', () => {
    const fs = checkWorkbook(recogniseSheet(withCell({ value: 45778, numberFormat: 'dd/mm/yyyy' })));
    expect(fs.map((f) => [f.rule, f.severity, f.cell])).toEqual([['type', 'error', 'D13']]);
    expect(fs[0].message).toBe(
      'Ô D13 (dòng «Hộ tịch»): ô số liệu ghi ngày 01/05/2025 (Excel lưu là số 45.778), không phải số đếm; số này không được cộng vào số liệu: hãy nhập lại số và đặt định dạng ô là số.',
    );
  });

  it('a time typed into a count: an error «giờ 08:30»', () => {
    const fs = checkWorkbook(recogniseSheet(withCell({ value: 8.5 / 24, numberFormat: 'h:mm' })));
    expect(fs.map((f) => [f.rule, f.severity, f.cell])).toEqual([['type', 'error', 'D13']]);
    expect(fs[0].message).toContain('ghi giờ 08:30');
  });

  it.each(['mười', 'không rõ', 'x', '400 hồ sơ'])('text «%s» in a count: an error naming the cell', (text) => {
    const fs = checkWorkbook(recogniseSheet(withCell({ value: text })));
    expect(fs.map((f) => [f.rule, f.severity, f.cell])).toEqual([['type', 'error', 'D13']]);
    expect(fs[0].message).toContain(`«${text}» không phải là số`);
  });

  it('a boolean in a count is an error too', () => {
    const fs = checkWorkbook(recogniseSheet(withCell({ value: true })));
    expect(fs.map((f) => [f.rule, f.severity])).toEqual([['type', 'error']]);
  });

  it('a real .xlsx with a date typed into a count (exceljs writes a Date): the same error after reading the file', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('II.06a');
    for (const c of handTypedII06a().cells) ws.getCell(c.row + 1, c.col + 1).value = c.value;
    const cell = ws.getCell(HAND_FIRST_DATA_ROW + 2, 4);
    cell.value = new Date(Date.UTC(2025, 4, 1));
    cell.numFmt = 'dd/mm/yyyy';
    const grid = await readWorkbookGrid(Buffer.from(await wb.xlsx.writeBuffer()));
    const fs = checkWorkbook(recogniseWorkbook(grid));
    expect(fs.map((f) => [f.rule, f.severity, f.cell, f.found])).toEqual([['type', 'error', 'D13', '01/05/2025']]);
  });
});

describe('merge', () => {
  it('a unit with a date in a count is merged with that cell counted as 0 and marked «lỗi» naming the cell', () => {
    const forms = recogniseSheet(withCell({ value: 45778, numberFormat: 'dd/mm/yyyy' }));
    const merge = createConsolidation();
    const status = merge.add({ kind: 'read', fileName: 'tam-thanh.xlsx', forms, unitName: 'UBND phường Tam Thanh', level: 'xa', findings: checkWorkbook(forms) });
    expect(status).toMatchObject({ status: 'errors', merged: true });
    expect(status.reasons.join(' ')).toContain('Ô D13 (dòng «Hộ tịch»): ô số liệu ghi ngày 01/05/2025');
    expect(status.reasons.join(' ')).toContain('D13 ghi ngày tháng');
    const result = merge.result();
    // 1.568 online in the report; Hộ tịch's 400 are not readable: 1.168, never 1.168 + 45.778.
    expect(result.totals.online).toBe(1168);
  });
});
