/**
 * The fake's evaluator on the formulas the forms actually write: totals that end at INDEX(col, ROW()-1) so
 * rows inserted above TỔNG CỘNG are summed, and SUBTOTAL that skips group subtotals.
 */
import { fakeFromGrid, readGrid, recalculateWorkbook, parseFormula } from '../fake-excel';

function computed(rows: unknown[][]): unknown[][] {
  const workbook = fakeFromGrid('S', rows);
  recalculateWorkbook(workbook);
  return readGrid(workbook.sheets[0]);
}

describe('fake evaluator: ranges built with INDEX, ROW and SUBTOTAL', () => {
  it('parses the range operator next to a function call', () => {
    expect(() => parseFormula('=SUM(C2:INDEX(C:C,ROW()-1))')).not.toThrow();
    expect(() => parseFormula('=SUM(C2:)')).toThrow();
  });

  it('sums from the first data row to the row above the total', () => {
    const grid = computed([['x'], [1], [2], [4], ['=SUM(A2:INDEX(A:A,ROW()-1))']]);
    expect(grid[4][0]).toBe(7);
  });

  it('ROW(ref) and INDEX in value context', () => {
    const grid = computed([[5, '=ROW(B7)', '=INDEX(A1:A3,1)', '=INDEX(A1:A3,9)']]);
    expect(grid[0].slice(1)).toEqual([7, 5, '#REF!']);
  });

  it('SUBTOTAL(9) leaves out cells that are SUBTOTALs themselves (group rows)', () => {
    const grid = computed([
      ['=SUBTOTAL(9,A2:INDEX(A:A,ROW(A4)-1))'], // group I: 1 + 2
      [1],
      [2],
      ['=SUBTOTAL(9,A5:INDEX(A:A,ROW(A6)-1))'], // group II: 10
      [10],
      ['=SUBTOTAL(9,A1:INDEX(A:A,ROW()-1))'], // total: 13, not 26
    ]);
    expect([grid[0][0], grid[3][0], grid[5][0]]).toEqual([3, 10, 13]);
  });
});
