/** The workbook sent to the core worker arrives unchanged: packed into flat arrays, copied, unpacked. */
import type { InputWorkbook } from '../../src/domain/read/types';
import { packWorkbook, unpackWorkbook } from '../../src/taskpane/core-worker/protocol';

const WORKBOOK: InputWorkbook = {
  sheets: [
    {
      name: 'II.06a',
      cells: [
        { row: 0, col: 0, value: 'Biểu số II.06a/VPCP/KSTT' },
        { row: 8, col: 2, value: 1652, formula: '=SUM(D9:F9)' },
        { row: 8, col: 3, value: 0.9939, numberFormat: '0.00%' },
        { row: 9, col: 3, value: null, formula: '=D8', numberFormat: '#,##0' },
        { row: 9, col: 4, value: true },
        { row: 70000, col: 16383, value: '' },
      ],
      merges: [{ row: 0, col: 0, rowCount: 1, colCount: 13 }],
    },
    { name: 'Trống', cells: [] },
  ],
  definedNames: [{ name: 'KSTT__II.06a__tt01', sheet: 'II.06a', box: { row: 0, col: 0, rowCount: 12, colCount: 13 } }],
};

test('pack → structured clone → unpack gives the same workbook, optional fields absent where they were', () => {
  const { packed, transfer } = packWorkbook(WORKBOOK);
  expect(transfer).toHaveLength(2);
  const copied = unpackWorkbook(structuredClone(packed));
  expect(copied).toEqual(WORKBOOK);
  expect(Object.keys(copied.sheets[0].cells[0])).toEqual(['row', 'col', 'value']);
  expect('merges' in copied.sheets[1]).toBe(false);
  expect('definedNames' in unpackWorkbook(packWorkbook({ sheets: [] }).packed)).toBe(false);
});
