import { formatCellValue } from './number-format';

describe('preview number formats (Vietnamese display)', () => {
  test.each([
    [1637, '#,##0', '1.637'],
    [1637, 'General', '1637'],
    [1234567.891, '#,##0.00', '1.234.567,89'],
    [0.9939, '0.00%', '99,39%'],
    [0.981, '0.0%', '98,1%'],
    [-1637, '#,##0', '-1.637'],
    [0, '#,##0;-#,##0;"-"', '-'],
    [-5, '#,##0;(#,##0)', '(5)'],
    [12, '#,##0" hồ sơ"', '12 hồ sơ'],
    [2.5, 'General', '2,5'],
    ['Hộ tịch', '#,##0', 'Hộ tịch'],
    [null, '#,##0', ''],
    [true, 'General', 'TRUE'],
  ])('%p under %p shows %p', (value, format, shown) => {
    expect(formatCellValue(value, format)).toBe(shown);
  });
});
