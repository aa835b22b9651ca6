/** Text of the «Chèn biểu đồ» section of the insert view, merged into the dictionaries of ../i18n.ts. */

const vi = {
  'insert.section.charts': 'Chèn biểu đồ',
  'insert.charts.intro':
    'Vẽ biểu đồ gốc của Excel từ các biểu đã có trong sổ tính, trên một trang tính mới. Biểu đồ đọc thẳng các ô nên tự cập nhật khi sửa số liệu.',
  'insert.charts.by-field': 'Hồ sơ đã giải quyết theo lĩnh vực (từ biểu II.06a)',
  'insert.charts.online-share': 'Tỷ lệ hồ sơ trực tuyến so với chỉ tiêu (từ trang «Chỉ tiêu»)',
  'insert.charts.by-unit': 'Hồ sơ đã giải quyết theo đơn vị (từ biểu KSTT-PL hoặc II.06b)',
  'insert.charts.action': 'Chèn biểu đồ',
  'insert.charts.working': 'Đang vẽ biểu đồ…',
  'insert.charts.none': 'Chưa chọn biểu đồ nào.',
  'insert.charts.done': 'Đã vẽ {count} biểu đồ trên trang «{sheet}».',
  'insert.charts.nothing': 'Không vẽ được biểu đồ nào.',
  'insert.charts.skipped': 'Bỏ qua:',
  'insert.charts.error': 'Không vẽ được biểu đồ.',
};

const en: Record<keyof typeof vi, string> = {
  'insert.section.charts': 'Insert charts',
  'insert.charts.intro':
    'Draws native Excel charts from the forms already in the workbook, on a new sheet. The charts read the cells, so they follow edits.',
  'insert.charts.by-field': 'Resolved dossiers by field (from form II.06a)',
  'insert.charts.online-share': 'Online share against its target (from the «Chỉ tiêu» sheet)',
  'insert.charts.by-unit': 'Resolved dossiers by unit (from KSTT-PL or II.06b)',
  'insert.charts.action': 'Insert charts',
  'insert.charts.working': 'Drawing charts…',
  'insert.charts.none': 'No chart selected.',
  'insert.charts.done': 'Drew {count} chart(s) on sheet «{sheet}».',
  'insert.charts.nothing': 'No chart could be drawn.',
  'insert.charts.skipped': 'Skipped:',
  'insert.charts.error': 'The charts could not be drawn.',
};

export const insertChartMessages = { vi, en };
