/**
 * The preview's sample workbook: one sheet «Dữ liệu mẫu» with a small II.06a-like table. The totals are those of
 * the ward Tam Thanh's report for quý I/2026 (1.568 received online + 69 carried = 1.637 = 1.488 resolved + 41 in
 * progress + 44 returned + 64 paused); the split by lĩnh vực is illustrative, and the sheet says so.
 *
 * Two DEMO contradictions are typed in on purpose, so «Kiểm tra số liệu» has something to find (the sheet's note
 * says so). In the «Hộ tịch» row, (4) was mistyped 420 for 402 (DEMO_ROW_PART) while (3) keeps the figure 422 from
 * the one-stop software, typed as a number (DEMO_ROW_TOTAL): (3) ≠ (4)+(5)+(6). TỔNG CỘNG of column (4) states the
 * report's 1.568 as a typed number (DEMO_COLUMN_TOTAL) although its column now adds up to 1.586. Plain numbers,
 * not formulas, so the preview's recalculation keeps them wrong — as in a table typed by hand. Every other total
 * (1.637 and the rest) stays the report's own.
 * Built straight on the fake host's state (test/fake-excel/model) so the preview starts without a sync.
 */
import {
  addSheetState,
  createWorkbookState,
  ensureCell,
  type CellValue,
  type FakeSheet,
  type FakeWorkbook,
} from '../fake-excel/model';
import { RESOLVED_AND_PENDING_SUBHEADS } from '../fixtures/printed-ii06a';

interface CellSpec {
  value: CellValue;
  formula?: string;
  bold?: boolean;
  italic?: boolean;
  fill?: string;
  horizontal?: 'Left' | 'Center' | 'Right';
  wrap?: boolean;
  border?: boolean;
  numberFormat?: string;
}

const COLUMN_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const HEADER_FILL = '#D9E2F3';
const TOTAL_FILL = '#F2F2F2';
const NUMBER_FORMAT = '#,##0';

/** Column numbers (1)…(15): STT, lĩnh vực, then 13 numeric columns. */
const NUMERIC_HEADERS = [
  'Tổng số',
  'Trực tuyến (trong kỳ)',
  'Trực tiếp, BCCI (trong kỳ)',
  'Từ kỳ trước',
  ...RESOLVED_AND_PENDING_SUBHEADS,
  'Không đủ điều kiện',
  'Tạm dừng',
];

/** Per lĩnh vực: online, direct, carried, before, on time, late, in-time, overdue, returned, paused. */
const FIELDS: { name: string; parts: number[] }[] = [
  { name: 'Chứng thực', parts: [820, 0, 5, 815, 0, 2, 3, 0, 3, 2] },
  { name: 'Hộ tịch', parts: [402, 0, 20, 380, 0, 4, 12, 0, 16, 10] },
  { name: 'Đất đai', parts: [196, 0, 38, 140, 0, 5, 20, 0, 17, 52] },
  { name: 'Bảo trợ xã hội', parts: [150, 0, 6, 142, 0, 0, 6, 0, 8, 0] },
];

function put(sheet: FakeSheet, row: number, col: number, spec: CellSpec): void {
  const cell = ensureCell(sheet, row, col);
  cell.value = spec.value;
  if (spec.formula) cell.formula = spec.formula;
  cell.font.name = 'Times New Roman';
  cell.font.size = 11;
  cell.font.bold = spec.bold ?? false;
  cell.font.italic = spec.italic ?? false;
  cell.fill.color = spec.fill ?? null;
  cell.alignment.horizontal = spec.horizontal ?? 'General';
  cell.alignment.vertical = 'Center';
  cell.alignment.wrapText = spec.wrap ?? false;
  cell.numberFormat = spec.numberFormat ?? 'General';
  if (spec.border) {
    const thin = { style: 'Continuous', weight: 'Thin', color: '#000000' };
    cell.borders = { top: thin, bottom: thin, left: thin, right: thin };
  }
}

function merge(sheet: FakeSheet, row: number, col: number, rowCount: number, colCount: number): void {
  sheet.merges.push({ row, col, rowCount, colCount });
}

function a1(row: number, col: number): string {
  return `${COLUMN_LETTERS[col]}${row + 1}`;
}

export const SAMPLE_SHEET_NAME = 'Dữ liệu mẫu';

/** Demo: the «Hộ tịch» row's (4) «Trực tuyến», mistyped 420 for 402. */
export const DEMO_ROW_PART = { cell: 'D9', value: 420 };
/** Demo contradiction 1: the «Hộ tịch» row's (3) «Tổng số» (cell C9) is 422 but (4)+(5)+(6) = 440. */
export const DEMO_ROW_TOTAL = { cell: 'C9', value: 422, expected: 440 };
/** Demo contradiction 2: TỔNG CỘNG of column (4) «Trực tuyến» (cell D12) states 1.568; its column adds up to 1.586. */
export const DEMO_COLUMN_TOTAL = { cell: 'D12', value: 1568, expected: 1586 };

export function buildSampleWorkbook(): FakeWorkbook {
  const workbook = createWorkbookState();
  const sheet = addSheetState(workbook, SAMPLE_SHEET_NAME);
  const lastCol = 14;

  put(sheet, 0, 0, { value: 'Biểu số II.06a/VPCP/KSTT', bold: true });
  put(sheet, 0, 10, { value: 'Đơn vị báo cáo: UBND phường Tam Thanh', italic: true });
  merge(sheet, 0, 10, 1, 5);
  put(sheet, 1, 0, {
    value: 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC',
    bold: true,
    horizontal: 'Center',
  });
  merge(sheet, 1, 0, 1, lastCol + 1);
  put(sheet, 2, 0, {
    value: 'Kỳ báo cáo: Quý I/2026 (Từ ngày 15/12/2025 đến ngày 14/3/2026)',
    italic: true,
    horizontal: 'Center',
  });
  merge(sheet, 2, 0, 1, lastCol + 1);
  put(sheet, 3, 12, { value: 'Đơn vị tính: Số hồ sơ TTHC', italic: true, horizontal: 'Right' });
  merge(sheet, 3, 12, 1, 3);

  // Two header rows: the groups, then the columns; STT and lĩnh vực span both.
  const header: CellSpec = {
    value: null,
    bold: true,
    fill: HEADER_FILL,
    horizontal: 'Center',
    wrap: true,
    border: true,
  };
  put(sheet, 4, 0, { ...header, value: 'STT' });
  put(sheet, 4, 1, { ...header, value: 'Lĩnh vực giải quyết' });
  merge(sheet, 4, 0, 2, 1);
  merge(sheet, 4, 1, 2, 1);
  const groups: [string, number, number][] = [
    ['Số hồ sơ tiếp nhận', 2, 4],
    ['Số hồ sơ đã giải quyết', 6, 4],
    ['Số hồ sơ đang giải quyết', 10, 3],
    ['Hồ sơ khác', 13, 2],
  ];
  for (const [title, col, span] of groups) {
    put(sheet, 4, col, { ...header, value: title });
    for (let c = col + 1; c < col + span; c++) put(sheet, 4, c, header);
    merge(sheet, 4, col, 1, span);
  }
  put(sheet, 5, 0, header);
  put(sheet, 5, 1, header);
  NUMERIC_HEADERS.forEach((title, i) => put(sheet, 5, 2 + i, { ...header, value: title }));
  const columnNumbers = [
    '(1)',
    '(2)',
    '(3)=(4)+(5)+(6)',
    '(4)',
    '(5)',
    '(6)',
    '(7)=(8)+(9)+(10)',
    '(8)',
    '(9)',
    '(10)',
    '(11)=(12)+(13)',
    '(12)',
    '(13)',
    '(14)',
    '(15)',
  ];
  columnNumbers.forEach((text, col) =>
    put(sheet, 6, col, { value: text, italic: true, horizontal: 'Center', border: true, wrap: true }),
  );

  const firstDataRow = 7;
  FIELDS.forEach((field, i) => {
    const row = firstDataRow + i;
    const [online, direct, carried, before, onTime, late, inTime, overdue, returned, paused] = field.parts;
    const number = (col: number, value: number, formula?: string, bold = false) =>
      put(sheet, row, col, {
        value,
        formula,
        bold,
        numberFormat: NUMBER_FORMAT,
        horizontal: 'Right',
        border: true,
      });
    put(sheet, row, 0, { value: i + 1, horizontal: 'Center', border: true });
    put(sheet, row, 1, { value: field.name, border: true });
    if (a1(row, 2) === DEMO_ROW_TOTAL.cell) number(2, DEMO_ROW_TOTAL.value, undefined, true);
    else number(2, online + direct + carried, `=${a1(row, 3)}+${a1(row, 4)}+${a1(row, 5)}`, true);
    number(3, a1(row, 3) === DEMO_ROW_PART.cell ? DEMO_ROW_PART.value : online);
    number(4, direct);
    number(5, carried);
    number(6, before + onTime + late, `=${a1(row, 7)}+${a1(row, 8)}+${a1(row, 9)}`, true);
    number(7, before);
    number(8, onTime);
    number(9, late);
    number(10, inTime + overdue, `=${a1(row, 11)}+${a1(row, 12)}`, true);
    number(11, inTime);
    number(12, overdue);
    number(13, returned);
    number(14, paused);
  });

  const totalRow = firstDataRow + FIELDS.length;
  const lastDataRow = totalRow - 1;
  put(sheet, totalRow, 0, {
    value: 'TỔNG CỘNG',
    bold: true,
    horizontal: 'Center',
    fill: TOTAL_FILL,
    border: true,
  });
  put(sheet, totalRow, 1, { value: null, fill: TOTAL_FILL, border: true });
  merge(sheet, totalRow, 0, 1, 2);
  for (let col = 2; col <= lastCol; col++) {
    let total = 0;
    for (let row = firstDataRow; row <= lastDataRow; row++)
      total += sheet.cells.get(`${row},${col}`)?.value as number;
    const demo = a1(totalRow, col) === DEMO_COLUMN_TOTAL.cell;
    put(sheet, totalRow, col, {
      value: demo ? DEMO_COLUMN_TOTAL.value : total,
      formula: demo ? undefined : `=SUM(${a1(firstDataRow, col)}:${a1(lastDataRow, col)})`,
      bold: true,
      fill: TOTAL_FILL,
      numberFormat: NUMBER_FORMAT,
      horizontal: 'Right',
      border: true,
    });
  }
  put(sheet, totalRow + 2, 0, {
    value:
      'Ghi chú: tổng cộng theo báo cáo quý I/2026 của UBND phường Tam Thanh; số liệu chia theo lĩnh vực chỉ để minh họa.',
    italic: true,
  });
  put(sheet, totalRow + 3, 0, {
    value: `Dữ liệu minh họa có 2 chỗ sai cố ý để thử «Kiểm tra số liệu»: ô ${DEMO_ROW_TOTAL.cell} và ô ${DEMO_COLUMN_TOTAL.cell}.`,
    italic: true,
  });

  const widthsInPoints = [30, 100, 62, 52, 56, 46, 62, 46, 46, 46, 62, 46, 46, 58, 46];
  widthsInPoints.forEach((width, col) => sheet.columnWidths.set(col, width));
  sheet.rowHeights.set(5, 45);
  sheet.rowHeights.set(6, 40);
  sheet.pageLayout.orientation = 'Landscape';
  sheet.pageLayout.paperSize = 'A4';
  return workbook;
}
