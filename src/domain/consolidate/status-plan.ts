/** The «Tình trạng đơn vị» sheet: every file, whether it was counted and why not, as a plain SheetPlan. */
import { ref } from '../layout/a1';
import { ALL_BORDERS, BODY_FONT_SIZE, COLOURS, FONT_NAME, TABLE_FONT_SIZE } from '../layout/build-plan';
import type { PlanCell, SheetPlan, StyledBox } from '../layout/sheet-plan';
import { LEVEL_NAMES } from './consolidation';
import type { ConsolidationResult, UnitStatusCode } from './types';

export const STATUS_SHEET_NAME = 'Tình trạng đơn vị';

/** The three words of the status column (the task's «ok / lỗi / không đọc được»). */
export function statusWord(code: UnitStatusCode): 'ok' | 'lỗi' | 'không đọc được' | 'không nhận ra biểu nào' {
  if (code === 'ok') return 'ok';
  if (code === 'no-form') return 'không nhận ra biểu nào';
  return code === 'unreadable' ? 'không đọc được' : 'lỗi';
}

/** A short Vietnamese name of each status, for the detail column and the CLI summary. */
export const STATUS_DETAIL: Readonly<Record<UnitStatusCode, string>> = {
  ok: 'Đã tổng hợp',
  errors: 'Có lỗi đối chiếu (vẫn tổng hợp)',
  'missing-form': 'Thiếu Biểu II.06a',
  'no-form': 'Không nhận ra biểu nào',
  refused: 'Không tổng hợp được',
  'other-period': 'Khác kỳ báo cáo',
  duplicate: 'Trùng đơn vị',
  unreadable: 'Không đọc được tệp',
};

const HEADERS = ['STT', 'Tệp', 'Đơn vị', 'Cấp', 'Kỳ báo cáo', 'Tình trạng', 'Chi tiết', 'Tổng hợp', 'Lý do'];
const WIDTHS = [6, 28, 30, 10, 20, 14, 24, 10, 80];

function linesFor(text: string, width: number): number {
  return Math.max(1, Math.ceil(text.length / Math.max(1, width - 2)));
}

export function buildStatusPlan(result: ConsolidationResult): SheetPlan {
  const cells: PlanCell[] = [];
  const styles: StyledBox[] = [];
  const text = (row: number, col: number, value: string, role: PlanCell['role'] = 'label') =>
    cells.push({ row, col, content: { kind: 'text', text: value }, role });
  const colCount = HEADERS.length;
  const { counts } = result;

  text(0, 0, 'TÌNH TRẠNG BÁO CÁO CỦA CÁC ĐƠN VỊ', 'title');
  text(
    1,
    0,
    `Kỳ báo cáo: ${result.periodLabel ?? 'chưa xác định'} · ${counts.files} tệp, đã tổng hợp ${counts.merged} ` +
      `(${counts.warned} có cảnh báo), ` +
      `không tổng hợp ${counts.notMerged} (không đọc được ${counts.unreadable})`,
    'meta',
  );
  const header = 3;
  HEADERS.forEach((h, c) => text(header, c, h, 'header'));
  result.statuses.forEach((s, i) => {
    const row = header + 1 + i;
    cells.push({ row, col: 0, content: { kind: 'number', value: i + 1 }, role: 'label' });
    text(row, 1, s.fileName);
    text(row, 2, s.unitName);
    text(row, 3, LEVEL_NAMES[s.level]);
    if (s.periodLabel) text(row, 4, s.periodLabel);
    text(row, 5, statusWord(s.status));
    text(row, 6, STATUS_DETAIL[s.status]);
    text(row, 7, s.merged ? 'Có' : 'Không');
    if (s.reasons.length > 0) text(row, 8, s.reasons.join(' '));
  });
  const last = header + result.statuses.length;
  // Wrapped text does not grow a row by itself in every spreadsheet: size each row for its longest cell.
  const rowHeights: Record<number, number> = { [header]: 20 };
  result.statuses.forEach((s, i) => {
    const lines = Math.max(
      linesFor(s.fileName, WIDTHS[1]),
      linesFor(s.unitName, WIDTHS[2]),
      linesFor(s.reasons.join(' '), WIDTHS[8]),
    );
    if (lines > 1) rowHeights[header + 1 + i] = 15 * lines + 3;
  });
  let rowCount = last + 1;

  styles.push({
    box: { row: 0, col: 0, rowCount: 1, colCount },
    style: { bold: true, fontSize: BODY_FONT_SIZE },
  });
  styles.push({ box: { row: 1, col: 0, rowCount: 1, colCount }, style: { italic: true } });
  styles.push({
    box: { row: header, col: 0, rowCount: last - header + 1, colCount },
    style: { borders: ALL_BORDERS, wrapText: true, verticalAlign: 'top', fontSize: TABLE_FONT_SIZE },
  });
  styles.push({
    box: { row: header, col: 0, rowCount: 1, colCount },
    style: { bold: true, fill: COLOURS.header, horizontalAlign: 'center' },
  });
  result.statuses.forEach((s, i) => {
    if (s.status === 'ok') return;
    styles.push({
      box: { row: header + 1 + i, col: 5, rowCount: 1, colCount: 3 },
      style: { fill: COLOURS.contradictionFill, fontColor: COLOURS.contradictionText },
    });
  });

  if (result.unmatchedFields.length > 0) {
    const start = last + 2;
    text(
      start,
      0,
      'Lĩnh vực không khớp danh mục (đã giữ thành dòng riêng trong Biểu II.06b, đề nghị kiểm tra tên):',
    );
    styles.push({ box: { row: start, col: 0, rowCount: 1, colCount }, style: { bold: true } });
    result.unmatchedFields.forEach((f, i) => {
      const row = start + 1 + i;
      cells.push({ row, col: 0, content: { kind: 'number', value: i + 1 }, role: 'label' });
      text(row, 1, f.label);
      text(row, 3, LEVEL_NAMES[f.level]);
      text(row, 8, `Đơn vị dùng tên này: ${f.units.join(', ')}`);
    });
    rowCount = start + result.unmatchedFields.length + 1;
  }

  const columnWidths: Record<number, number> = {};
  WIDTHS.forEach((w, c) => (columnWidths[c] = w));
  return {
    formCode: 'KSTT-TT',
    legalBasis: 'TT01/2020',
    sheetName: STATUS_SHEET_NAME,
    rowCount,
    colCount,
    cells,
    merges: [],
    styles: [
      {
        box: { row: 0, col: 0, rowCount, colCount },
        style: { fontName: FONT_NAME, fontSize: TABLE_FONT_SIZE },
      },
      ...styles,
    ],
    columnWidths,
    rowHeights,
    freeze: { rows: header + 1, columns: 0 },
    print: {
      orientation: 'landscape',
      paperSize: 'A4',
      fitToWidth: true,
      repeatRows: { first: header, last: header },
    },
    names: [],
    validations: [],
    conditionalFormats: [],
    layout: {
      headerRows: { first: header, last: header },
      columnNumberRow: null,
      columns: {},
      dataRows: { first: header + 1, last: Math.max(header + 1, last) },
      groupRows: [],
      totalRow: null,
    },
  };
}

/** A1 address of a status row's status cell (for tests and the task pane's «go to» links). */
export function statusCellAddress(index: number): string {
  return ref(4 + index, 5);
}
