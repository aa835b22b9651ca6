/** Text of the «Soạn thuyết minh» view, merged into the dictionaries of ../i18n.ts. */

const vi = {
  'narrate.title': 'Soạn thuyết minh',
  'narrate.intro':
    'Soạn các mục của đề cương báo cáo từ số liệu trong các biểu của sổ tính. Mỗi con số dẫn về ô lấy số; câu có số liệu chưa khớp được đánh dấu.',
  'narrate.sections': 'Các mục cần soạn',
  'narrate.decimals': 'Tỷ lệ phần trăm',
  'narrate.decimals.option': '{count} chữ số thập phân',
  'narrate.zeroParts': 'Nêu cả các phần bằng 0 («không có hồ sơ quá hạn»)',
  'narrate.sections.all': 'Tất cả các mục',
  'narrate.sections.count': 'Đã chọn {count}/{total} mục',
  'narrate.action.draft': 'Soạn thảo',
  'narrate.action.redraft': 'Soạn lại',
  'narrate.action.drafting': 'Đang soạn…',
  'narrate.action.copyAll': 'Sao chép tất cả',
  'narrate.action.copySection': 'Sao chép mục',
  'narrate.action.writeSheet': 'Ghi vào trang Thuyết minh',
  'narrate.action.exportDocx': 'Xuất .docx',
  'narrate.action.working': 'Đang thực hiện…',
  'narrate.macNote':
    'Excel cho Mac không tải được tệp từ ngăn tác vụ: khi đó hãy dùng «Ghi vào trang Thuyết minh» hoặc sao chép.',
  'narrate.forms': 'Số liệu lấy từ {count} biểu: {list}.',
  'narrate.noForm.title': 'Không nhận ra biểu mẫu nào',
  'narrate.noForm.body':
    'Không có số liệu để soạn: các mục chỉ có tiêu đề. Hãy chèn hoặc dán biểu (ví dụ II.06a) vào sổ tính rồi bấm Soạn lại.',
  'narrate.flagged': '{count} câu cần kiểm tra số liệu.',
  'narrate.reason': 'Lý do',
  'narrate.placeholder': 'Mục này do đơn vị tự viết.',
  'narrate.figure.cell': 'Ô {cell}, trang {sheet}',
  'narrate.figure.derived': 'Tính từ: {cells}',
  'narrate.figure.previous': 'Kỳ trước: ô {cell}, trang {sheet}',
  'narrate.figure.target': 'Chỉ tiêu năm {year}',
  'narrate.stale': 'Số liệu đã thay đổi sau khi soạn — bấm Soạn lại.',
  'narrate.copied': 'Đã sao chép vào bộ nhớ tạm.',
  'narrate.copyFailed': 'Không sao chép được. Hãy chọn đoạn văn trong bản xem trước rồi nhấn Ctrl+C.',
  'narrate.sheet.written': 'Đã ghi {rows} dòng vào trang «{sheet}».',
  'narrate.sheet.replaced': 'Đã thay nội dung trang «{sheet}» ({rows} dòng).',
  'narrate.sheet.confirm.title': 'Thay trang «{sheet}»?',
  'narrate.sheet.confirm.body':
    'Trang này do add-in tạo lần trước. Nội dung cũ (kể cả phần đã sửa tay) sẽ bị thay và không hoàn tác được bằng Ctrl+Z.',
  'narrate.sheet.confirm.replace': 'Thay trang',
  'narrate.sheet.confirm.cancel': 'Hủy',
  'narrate.docx.done': 'Đã tạo tệp {file}.',
  'narrate.error.title': 'Không thực hiện được',
  'narrate.close': 'Đóng',
} as const;

type NarrateKey = keyof typeof vi;

const en: Record<NarrateKey, string> = {
  'narrate.title': 'Draft the narrative',
  'narrate.intro':
    'Drafts the sections of the report outline from the figures in the workbook’s forms. Every number links to its cell; sentences with figures that do not reconcile are marked.',
  'narrate.sections': 'Sections to draft',
  'narrate.decimals': 'Percentages',
  'narrate.decimals.option': '{count} decimal places',
  'narrate.zeroParts': 'Also state parts that are zero',
  'narrate.sections.all': 'All sections',
  'narrate.sections.count': '{count}/{total} sections chosen',
  'narrate.action.draft': 'Draft',
  'narrate.action.redraft': 'Draft again',
  'narrate.action.drafting': 'Drafting…',
  'narrate.action.copyAll': 'Copy all',
  'narrate.action.copySection': 'Copy section',
  'narrate.action.writeSheet': 'Write to the «Thuyết minh» sheet',
  'narrate.action.exportDocx': 'Export .docx',
  'narrate.action.working': 'Working…',
  'narrate.macNote':
    'Excel for Mac cannot download files from a task pane: use «Write to the «Thuyết minh» sheet» or copy there.',
  'narrate.forms': 'Figures taken from {count} form(s): {list}.',
  'narrate.noForm.title': 'No form recognised',
  'narrate.noForm.body':
    'There are no figures to draft from: the sections have headings only. Insert or paste a form (e.g. II.06a) and draft again.',
  'narrate.flagged': '{count} sentence(s) need their figures checked.',
  'narrate.reason': 'Reason',
  'narrate.placeholder': 'The unit writes this section itself.',
  'narrate.figure.cell': 'Cell {cell}, sheet {sheet}',
  'narrate.figure.derived': 'Computed from: {cells}',
  'narrate.figure.previous': 'Previous period: cell {cell}, sheet {sheet}',
  'narrate.figure.target': 'Target for {year}',
  'narrate.stale': 'The figures changed after drafting — press Draft again.',
  'narrate.copied': 'Copied to the clipboard.',
  'narrate.copyFailed': 'Could not copy. Select the text in the preview and press Ctrl+C.',
  'narrate.sheet.written': 'Wrote {rows} rows into the sheet «{sheet}».',
  'narrate.sheet.replaced': 'Replaced the contents of the sheet «{sheet}» ({rows} rows).',
  'narrate.sheet.confirm.title': 'Replace the sheet «{sheet}»?',
  'narrate.sheet.confirm.body':
    'The add-in created this sheet earlier. Its contents (including your edits) will be replaced; Ctrl+Z cannot undo this.',
  'narrate.sheet.confirm.replace': 'Replace',
  'narrate.sheet.confirm.cancel': 'Cancel',
  'narrate.docx.done': 'Created the file {file}.',
  'narrate.error.title': 'Could not do that',
  'narrate.close': 'Close',
};

export const narrateMessages = { vi, en };
