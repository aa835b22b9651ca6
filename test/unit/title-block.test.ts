/**
 * The reporting unit and the period from title blocks typed by hand (issue 10 §1): grids written here cell by
 * cell, and workbooks built with exceljs by hand (merges, rich text, NFD) read by the real reader. None of them
 * comes from our own template writer.
 */
import { readUnitFile } from '../../src/domain/consolidate';
import { findReportingUnit, findReportingUnitInSheet } from '../../src/domain/read/meta';
import { recogniseWorkbook } from '../../src/domain/read';
import type { InputCell, InputSheet } from '../../src/domain/read/types';
import { readWorkbookGrid } from '../../src/xlsx/read-grid';
import { Q1_2026, randomCommune, TITLE_VARIANTS, unitWorkbook, type TitleVariant } from '../fixtures/merge/units';

function sheet(cells: [number, number, string][], merges: InputSheet['merges'] = []): InputSheet {
  const list: InputCell[] = cells.map(([row, col, value]) => ({ row, col, value }));
  return { name: 'Biểu', cells: list, merges };
}

describe('reporting unit in the title block', () => {
  it.each([
    ['the printed dash', [[0, 8, '- Đơn vị báo cáo: UBND xã Số 7']]],
    ['an en dash and no space after the colon', [[1, 0, '– Đơn vị báo cáo:UBND xã Số 7']]],
    ['upper case', [[2, 3, 'ĐƠN VỊ BÁO CÁO: UBND xã Số 7']]],
    ['the name in the next cell', [[0, 6, 'Đơn vị báo cáo:'], [0, 7, 'UBND xã Số 7']]],
    ['the name two cells further (merged label)', [[0, 6, 'Đơn vị báo cáo'], [0, 9, 'UBND xã Số 7']]],
    ['the name below', [[0, 7, '- Đơn vị báo cáo:'], [1, 7, 'UBND xã Số 7']]],
    ['«Tên đơn vị:»', [[3, 1, 'Tên đơn vị: UBND xã Số 7']]],
    ['NFD text', [[0, 7, '- Đơn vị báo cáo: UBND xã Số 7'.normalize('NFD')]]],
    ['after the receiving unit', [[0, 7, '- Đơn vị nhận báo cáo: UBND huyện Mẫu Sơn'], [1, 7, '- Đơn vị báo cáo: UBND xã Số 7']]],
    ['a bullet and a trailing full stop', [[0, 7, '• Đơn vị báo cáo: UBND xã Số 7.']]],
  ] as [string, [number, number, string][]][])('reads %s', (_, cells) => {
    expect(findReportingUnit([sheet(cells)])?.normalize('NFC').toLocaleLowerCase('vi')).toBe('ubnd xã số 7');
  });

  it('takes the name below a merged label from anywhere under the merge', () => {
    const s = sheet([[0, 7, 'Đơn vị báo cáo'], [1, 9, 'UBND xã Số 7']], [{ row: 0, col: 7, rowCount: 1, colCount: 4 }]);
    expect(findReportingUnit([s])).toBe('UBND xã Số 7');
  });

  it('never takes another line of the block, a blank or the receiving unit as the name', () => {
    expect(findReportingUnit([sheet([[0, 7, 'Đơn vị báo cáo: ……………']])])).toBeNull();
    expect(findReportingUnit([sheet([[0, 7, 'Đơn vị báo cáo:'], [0, 8, '..........']])])).toBeNull();
    expect(findReportingUnit([sheet([[0, 7, 'Đơn vị báo cáo:'], [1, 7, '- Đơn vị nhận báo cáo: UBND huyện A']])])).toBeNull();
    expect(findReportingUnit([sheet([[0, 7, '- Đơn vị nhận báo cáo: UBND huyện A']])])).toBeNull();
    expect(findReportingUnit([sheet([[6, 7, 'Đơn vị tính: Số hồ sơ TTHC']])])).toBeNull();
    expect(findReportingUnit([sheet([[40, 0, 'Đơn vị báo cáo: UBND xã X']])])).toBeNull();
  });

  it('prefers the sheet of the unit’s II.06a', () => {
    const cover = { ...sheet([[0, 0, 'Đơn vị báo cáo: Văn phòng']]), name: 'Bìa' };
    const form = { ...sheet([[0, 7, 'Đơn vị báo cáo: UBND xã Số 7']]), name: 'II.06a' };
    expect(findReportingUnit([cover, form], ['II.06a'])).toBe('UBND xã Số 7');
    expect(findReportingUnitInSheet(form)?.address).toBe('H1');
  });
});

describe('title-block variants in real workbooks', () => {
  const variants = Object.keys(TITLE_VARIANTS) as TitleVariant[];
  it.each(variants)('%s: unit, period and dates are read', async (title) => {
    const unit = { ...randomCommune(3, 'UBND xã Hòa Bình'), style: 'plain' as const, title };
    const bytes = await unitWorkbook(unit);
    const read = await readUnitFile(bytes, 'x.xlsx', {
      loadGrid: readWorkbookGrid,
      recognise: (wb) => recogniseWorkbook(wb),
    });
    if (read.kind !== 'read') throw new Error(read.reason);
    expect(read.unitName?.toLocaleLowerCase('vi')).toBe('ubnd xã hòa bình');
    const form = read.forms.find((f) => f.code === 'II.06a')!;
    expect(form.period.parsed).toMatchObject({ kind: 'quarter', index: 1, year: 2026 });
    expect([form.period.fromText, form.period.toText]).toEqual([Q1_2026.from, Q1_2026.to]);
  });
});
