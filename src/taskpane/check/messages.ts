/** Text of the «Kiểm tra số liệu» view, merged into the dictionaries of ../i18n.ts. */

const vi = {
  'check.title': 'Kiểm tra số liệu',
  'check.intro':
    'Đối chiếu các biểu trong sổ tính — kể cả bảng dán từ phần mềm một cửa hoặc gõ tay — và chỉ ra ô chưa khớp.',
  'check.action.sheet': 'Kiểm tra trang tính đang mở',
  'check.action.workbook': 'Kiểm tra cả sổ tính',
  'check.action.recheck': 'Kiểm tra lại',
  'check.action.checking': 'Đang kiểm tra…',
  'check.action.highlight': 'Đánh dấu trên bảng',
  'check.action.unhighlight': 'Bỏ đánh dấu',
  'check.action.working': 'Đang thực hiện…',
  'check.scope.sheet': 'Trang tính đang mở',
  'check.scope.workbook': 'Cả sổ tính',
  'check.forms': 'Đã nhận ra {count} biểu: {list}.',
  'check.summary': '{errors} lỗi · {warnings} cảnh báo · {infos} thông tin',
  'check.severity.error': 'Lỗi',
  'check.severity.warning': 'Cảnh báo',
  'check.severity.info': 'Thông tin',
  'check.found': 'Hiện có',
  'check.expected': 'Đúng ra',
  'check.goto': 'Đi tới ô {cell}',
  'check.noForm.title': 'Không nhận ra biểu mẫu nào',
  'check.noForm.body':
    'Không nhận ra biểu mẫu nào trong phạm vi đã kiểm tra. Hãy mở trang tính có bảng số liệu, hoặc kiểm tra cả sổ tính.',
  'check.noForm.hint':
    'Mẹo: bảng cần có dòng tiêu đề cột (ví dụ «Lĩnh vực giải quyết», «Tổng số») và dòng số thứ tự cột (1), (2), (3)…',
  'check.clean.title': 'Số liệu khớp',
  'check.clean.body': 'Không thấy chỗ nào chưa khớp trong {count} biểu đã kiểm tra.',
  'check.highlight.done': 'Đã tô màu {count} ô.',
  'check.highlight.note': 'Mỗi ô có ghi chú giải thích.',
  'check.highlight.comment': 'Mỗi ô có nhận xét (comment) giải thích.',
  'check.highlight.fillOnly': 'Phiên bản Excel này chưa hỗ trợ ghi chú qua add-in nên chỉ tô màu.',
  'check.highlight.keptNotes':
    'Các ô đã có ghi chú của người dùng được giữ nguyên, không thêm ghi chú: {cells}.',
  'check.unhighlight.done': 'Đã trả lại màu nền cũ cho {count} ô và xóa {notes} ghi chú của add-in.',
  'check.unhighlight.kept': 'Giữ nguyên các ô đã được sửa sau khi đánh dấu: {cells}.',
  'check.unhighlight.none': 'Không có đánh dấu nào của add-in trong sổ tính.',
  'check.error.title': 'Excel báo lỗi',
  'check.error.body': 'Sổ tính không bị thay đổi thêm. Hãy thử «Kiểm tra lại». Chi tiết:',
} as const;

export type CheckMessageKey = keyof typeof vi;

const en: Record<CheckMessageKey, string> = {
  'check.title': 'Check figures',
  'check.intro':
    'Reconciles the forms in the workbook — including tables pasted from the one-stop software or typed by hand — and points at cells that do not add up.',
  'check.action.sheet': 'Check the active sheet',
  'check.action.workbook': 'Check the whole workbook',
  'check.action.recheck': 'Check again',
  'check.action.checking': 'Checking…',
  'check.action.highlight': 'Highlight in the sheet',
  'check.action.unhighlight': 'Remove highlights',
  'check.action.working': 'Working…',
  'check.scope.sheet': 'Active sheet',
  'check.scope.workbook': 'Whole workbook',
  'check.forms': 'Recognised {count} form(s): {list}.',
  'check.summary': '{errors} error(s) · {warnings} warning(s) · {infos} note(s)',
  'check.severity.error': 'Errors',
  'check.severity.warning': 'Warnings',
  'check.severity.info': 'Information',
  'check.found': 'Found',
  'check.expected': 'Expected',
  'check.goto': 'Go to cell {cell}',
  'check.noForm.title': 'No known form found',
  'check.noForm.body':
    'No known form was recognised in what was checked. Open the sheet that holds the table, or check the whole workbook.',
  'check.noForm.hint':
    'Tip: the table needs its column headers (e.g. «Lĩnh vực giải quyết», «Tổng số») and the column-number row (1), (2), (3)…',
  'check.clean.title': 'Figures agree',
  'check.clean.body': 'No mismatch found in the {count} form(s) checked.',
  'check.highlight.done': 'Highlighted {count} cell(s).',
  'check.highlight.note': 'Each cell has a note explaining why.',
  'check.highlight.comment': 'Each cell has a comment explaining why.',
  'check.highlight.fillOnly': 'This Excel cannot add notes from an add-in, so the cells are only coloured.',
  'check.highlight.keptNotes':
    'Cells that already had the user’s note were left as they were, without ours: {cells}.',
  'check.unhighlight.done':
    'Restored the previous fill of {count} cell(s) and removed {notes} note(s) of the add-in.',
  'check.unhighlight.kept': 'Left alone because they were edited after highlighting: {cells}.',
  'check.unhighlight.none': 'The workbook has no highlights of the add-in.',
  'check.error.title': 'Excel reported an error',
  'check.error.body': 'Nothing more was changed in the workbook. Try «Check again». Details:',
};

export const checkMessages = { vi, en };
