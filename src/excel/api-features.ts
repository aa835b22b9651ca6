/**
 * Every Excel JavaScript API requirement set the add-in checks at run time, what it enables, which features use
 * it and what happens on an Excel without it. The ONE source of truth: the adapter's checks read their versions
 * from here (NOTES_API, SERIES_EDIT_API, …), the «Tự kiểm tra» view marks a row «Không hỗ trợ» from here, and the
 * README's compatibility matrix is generated from here (`npm run compat`, tested by test/unit/compat-matrix.test.ts).
 *
 * Pure data and text: no Office.js call in this file.
 */

export type ApiFeatureId =
  | 'floor'
  | 'seriesEdit'
  | 'axisNumberFormat'
  | 'pageLayout'
  | 'comments'
  | 'mergedAreas'
  | 'notes'
  | 'undoGroup';

export interface ApiFeature {
  /** The ExcelApi requirement set, e.g. '1.18'. */
  set: string;
  /** What the add-in does with it (Vietnamese, then English). */
  what: { vi: string; en: string };
  /** The task-pane features that use it. */
  usedBy: { vi: string; en: string };
  /** What happens on an Excel without it. */
  fallback: { vi: string; en: string };
}

/** Task-pane features that use more than one requirement set. */
const USED_BY = {
  charts: { vi: 'Chèn biểu đồ', en: 'Insert charts' },
  formsAndConsolidation: { vi: 'Chèn biểu mẫu, Tổng hợp', en: 'Insert forms, Consolidate' },
  highlight: { vi: 'Kiểm tra số liệu › Đánh dấu trên bảng', en: 'Check figures › Highlight' },
} as const;

export const API_FEATURES: Readonly<Record<ApiFeatureId, ApiFeature>> = {
  floor: {
    set: '1.8',
    what: {
      vi: 'Mức tối thiểu: ghi/đọc ô, công thức, định dạng, gộp ô, định dạng có điều kiện, kiểm tra dữ liệu nhập, tên, biểu đồ',
      en: 'The floor: cells, formulas, formats, merges, conditional formats, data validation, names, charts',
    },
    usedBy: { vi: 'Mọi chức năng', en: 'Every feature' },
    fallback: {
      vi: 'Add-in không chạy; ngăn tác vụ báo cần cập nhật Office (Office 2016 trở về trước)',
      en: 'The add-in does not run; the pane asks to update Office (Office 2016 and older)',
    },
  },
  seriesEdit: {
    set: '1.7',
    what: { vi: 'Đặt từng chuỗi số liệu và nhóm trên trục của biểu đồ', en: 'Set each chart series and its categories' },
    usedBy: USED_BY.charts,
    fallback: {
      vi: 'Biểu đồ vẽ từ khối số liệu liền nhau, Excel tự đoán tên nhóm (luôn có từ mức tối thiểu 1.8)',
      en: 'Chart drawn from the contiguous block, Excel guesses the categories (always present from the 1.8 floor)',
    },
  },
  axisNumberFormat: {
    set: '1.8',
    what: { vi: 'Định dạng số trên trục biểu đồ (99,39%)', en: 'Number format of the chart axis (99.39%)' },
    usedBy: USED_BY.charts,
    fallback: { vi: 'Trục dùng định dạng mặc định của Excel', en: 'The axis keeps Excel’s default format' },
  },
  pageLayout: {
    set: '1.9',
    what: {
      vi: 'Thiết lập in: khổ A4, hướng giấy, vừa một trang ngang, lặp dòng tiêu đề, lề',
      en: 'Print setup: A4, orientation, fit to one page wide, repeated header rows, margins',
    },
    usedBy: USED_BY.formsAndConsolidation,
    fallback: {
      vi: 'Biểu vẫn được chèn; thiết lập in bỏ qua và được báo trong kết quả — chỉnh tay trong Bố trí trang',
      en: 'Forms are inserted; print setup is skipped and reported — set it by hand in Page Layout',
    },
  },
  comments: {
    set: '1.10',
    what: { vi: 'Nhận xét (comment) giải thích ô bị đánh dấu', en: 'Comments explaining a highlighted cell' },
    usedBy: USED_BY.highlight,
    fallback: { vi: 'Chỉ tô màu ô, lời giải thích xem trong ngăn tác vụ', en: 'Cells are only coloured; the pane explains them' },
  },
  mergedAreas: {
    set: '1.13',
    what: { vi: 'Đọc lại các vùng gộp ô', en: 'Read merged areas back' },
    usedBy: { vi: 'Tự kiểm tra', en: 'Self-test' },
    fallback: {
      vi: 'Tự kiểm tra không đối chiếu được vùng gộp ô (biểu vẫn được gộp ô đúng)',
      en: 'The self-test cannot compare merged areas (forms are still merged correctly)',
    },
  },
  notes: {
    set: '1.18',
    what: { vi: 'Ghi chú (note) giải thích ô bị đánh dấu', en: 'Notes explaining a highlighted cell' },
    usedBy: USED_BY.highlight,
    fallback: { vi: 'Dùng nhận xét (comment) nếu có ExcelApi 1.10, nếu không chỉ tô màu', en: 'Comments where ExcelApi 1.10 exists, else colour only' },
  },
  undoGroup: {
    set: '1.20',
    what: { vi: 'Chèn nhiều biểu là một bước hoàn tác (Ctrl+Z)', en: 'Inserting several forms is one undo step (Ctrl+Z)' },
    usedBy: USED_BY.formsAndConsolidation,
    fallback: {
      vi: 'Không hoàn tác được bằng Ctrl+Z: xóa trang tính mới nếu muốn bỏ',
      en: 'Ctrl+Z cannot undo it: delete the new sheets to take it back',
    },
  },
};

/** Whether the feature is there, given the host's `(version) => boolean` check. */
export function hasFeature(id: ApiFeatureId, supports: (version: string) => boolean): boolean {
  return supports(API_FEATURES[id].set);
}

/** Compares '1.9' and '1.10' part by part as numbers. */
export function compareApiVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** The features in README order: by requirement set, the floor first among equals. */
export function featuresBySet(): [ApiFeatureId, ApiFeature][] {
  return (Object.entries(API_FEATURES) as [ApiFeatureId, ApiFeature][]).sort(
    ([ia, a], [ib, b]) => compareApiVersions(a.set, b.set) || (ia === 'floor' ? -1 : ib === 'floor' ? 1 : 0),
  );
}

/**
 * The oldest perpetual Office that has each set (shared/DESIGN.md: Office 2019 volume licence stops at 1.7–1.8,
 * Office 2021 LTSC at 1.14, Office 2024 LTSC at 1.17); Microsoft 365 and Excel on the web have them all.
 */
const FIRST_OFFICE: Readonly<Record<string, string>> = {
  '1.7': 'Office 2019',
  '1.8': 'Office 2019',
  '1.9': 'Office 2021',
  '1.10': 'Office 2021',
  '1.13': 'Office 2021',
  '1.18': 'chỉ Microsoft 365 / Excel trên web',
  '1.20': 'chỉ Microsoft 365 / Excel trên web',
};

/** The README's compatibility matrix (Markdown), generated from API_FEATURES. */
export function compatMatrixMarkdown(): string {
  const rows = featuresBySet().map(
    ([, f]) =>
      `| ExcelApi ${f.set} (${FIRST_OFFICE[f.set] ?? '—'}) | ${f.what.vi} | ${f.usedBy.vi} | ${f.fallback.vi} |`,
  );
  return [
    '| Bộ API (Excel có từ) | Dùng để | Chức năng | Khi Excel chưa có |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}
