/**
 * Task pane text in Vietnamese (the default) and English: the shell's strings here, the larger views' in their own
 * messages.ts, which joins the dictionaries when the view's chunk runs (addViewMessages). A translation gap is a
 * type error (`en` must have exactly the keys of `vi`, here and in every messages.ts) and a unit test.
 */
import {
  createContext,
  createElement,
  useCallback,
  useContext,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { checkMessages } from './check/messages';
import type { consolidateMessages } from './consolidate/messages';
import { hostErrorMessages } from './host-error-messages';
import { readStored, writeStored } from './local-store';
import type { selfTestMessages } from './self-test/messages';
import type { insertChartMessages } from './insert/messages';
import type { narrateMessages } from './narrate/messages';

export type Language = 'vi' | 'en';
export const LANGUAGES: readonly Language[] = ['vi', 'en'];

export const vi = {
  'app.title': 'Báo cáo KSTT',
  'app.subtitle': 'Kiểm soát TTHC · Thông tư 01/2020/TT-VPCP',
  'app.languageSwitch': 'English',
  'app.languageSwitchLabel': 'Chuyển giao diện sang tiếng Anh',
  'app.navLabel': 'Chức năng',
  'app.loadingView': 'Đang tải…',

  'view.insert': 'Chèn biểu mẫu',
  'view.check': 'Kiểm tra số liệu',
  'view.narrate': 'Soạn thuyết minh',
  'view.consolidate': 'Tổng hợp',
  'view.selftest': 'Tự kiểm tra',

  'host.unavailable':
    'Vui lòng mở trong Excel (Excel 2019 trở lên, Microsoft 365 hoặc Excel trên web) để dùng add-in này.',
  'host.oldExcel':
    'Phiên bản Excel này quá cũ (cần bộ API Excel 1.8 trở lên). Vui lòng cập nhật Office để dùng add-in này.',
  'host.loading': 'Đang kết nối với Excel…',

  'error.title': 'Đã xảy ra lỗi',
  'error.body': 'Phần này của add-in gặp sự cố và đã dừng lại. Dữ liệu trong sổ tính không bị thay đổi.',
  'error.details': 'Chi tiết kỹ thuật',
  'error.retry': 'Thử lại',

  'insert.title': 'Chèn biểu mẫu báo cáo',
  'insert.intro':
    'Mỗi biểu được chèn thành một trang tính mới giống bản in; tổng và tỷ lệ là công thức Excel. Trang tính đang có không bị thay đổi.',
  'insert.section.forms': 'Biểu mẫu',
  'insert.basis': 'Căn cứ',
  'insert.basis.hint': 'Tự chọn theo ngày kết thúc kỳ; có thể đổi.',
  'insert.basis.TT01/2020': 'Thông tư 01/2020/TT-VPCP',
  'insert.basis.TT05/2025': 'Thông tư 05/2025/TT-VPCP (mẫu tạm theo 01/2020)',
  'insert.forms.label': 'Biểu mẫu cần chèn',
  'insert.badge.confirmed': 'Chính thức (đã xác nhận)',
  'insert.badge.inferred': 'Suy luận — chưa đối chiếu văn bản',
  'insert.badge.localCode': 'Mã nội bộ',
  'insert.source': 'Nguồn',
  'insert.section.units': 'Đơn vị',
  'insert.reportingUnit': 'Đơn vị báo cáo',
  'insert.reportingUnit.placeholder': 'Ví dụ: UBND phường Tam Thanh',
  'insert.receivingUnit': 'Đơn vị nhận báo cáo',
  'insert.receivingUnit.placeholder': 'Ví dụ: Văn phòng UBND tỉnh',
  'insert.level': 'Cấp hành chính',
  'insert.level.tinh': 'Cấp tỉnh',
  'insert.level.huyen': 'Cấp huyện',
  'insert.level.xa': 'Cấp xã',
  'insert.section.period': 'Kỳ báo cáo',
  'insert.periodKind': 'Loại kỳ',
  'insert.periodKind.month': 'Tháng',
  'insert.periodKind.quarter': 'Quý',
  'insert.periodKind.half': '6 tháng',
  'insert.periodKind.nine-months': '9 tháng',
  'insert.periodKind.year': 'Năm',
  'insert.year': 'Năm',
  'insert.index': 'Kỳ',
  'insert.index.month': 'Tháng {n}',
  'insert.index.quarter': 'Quý {roman}',
  'insert.index.half1': '6 tháng đầu năm',
  'insert.index.half2': '6 tháng cuối năm',
  'insert.from': 'Từ ngày',
  'insert.to': 'Đến ngày',
  'insert.dates.hint': 'Theo thời gian chốt số liệu (Nghị định 09/2019/NĐ-CP); có thể sửa.',
  'insert.section.signature': 'Địa danh, ngày và chữ ký',
  'insert.reportPlace': 'Địa danh',
  'insert.reportPlace.placeholder': 'Ví dụ: Tam Thanh',
  'insert.reportDate': 'Ngày báo cáo',
  'insert.reportDate.hint': 'Để trống để ghi tay khi ký.',
  'insert.preparerTitle': 'Chức danh người lập biểu',
  'insert.headTitle': 'Chức danh thủ trưởng',
  'insert.section.rows': 'Các dòng của biểu',
  'insert.rows.label': 'Danh sách {noun} — {codes}',
  'insert.rows.hint': 'Mỗi dòng một {noun}; sửa, thêm, bớt tùy đơn vị.',
  'insert.rows.groupHint': 'Dòng bắt đầu bằng # là tên nhóm (cấp); các dòng sau nó là {noun} của nhóm.',
  'insert.optional.title': 'Cột bổ sung theo Nghị định 118/2025/NĐ-CP',
  'insert.optional.hint': 'Không thuộc mẫu in của Thông tư; chỉ thêm khi cấp trên yêu cầu.',
  'insert.optional.returned': 'Hồ sơ không đủ điều kiện (trả lại)',
  'insert.optional.paused': 'Hồ sơ tạm dừng giải quyết',
  'insert.action.insert': 'Chèn vào sổ tính',
  'insert.action.inserting': 'Đang chèn…',
  'insert.action.download': 'Tải biểu mẫu (.xlsx)',
  'insert.action.downloading': 'Đang tạo tệp…',
  'insert.macNote': 'Excel cho Mac không tải được tệp từ ngăn tác vụ: khi đó hãy dùng «Chèn vào sổ tính».',
  'insert.errors.title': 'Chưa chèn gì — cần sửa:',
  'insert.infos.title': 'Lưu ý (không bắt buộc sửa)',
  'insert.success.title': 'Đã chèn {count} trang tính:',
  'insert.success.skipped': 'Phiên bản Excel này chưa hỗ trợ nên đã bỏ qua:',
  'insert.excelError.title': 'Excel báo lỗi khi chèn',
  'insert.excelError.body': 'Chưa chèn được biểu mẫu.',
  'insert.noExcel': 'Không kết nối được với Excel. Hãy đóng và mở lại ngăn tác vụ.',
  'insert.download.done': 'Đã tạo tệp {file}.',
  'insert.download.error': 'Không tạo được tệp .xlsx. Chi tiết:',
  ...hostErrorMessages.vi,
} as const;

/** The messages of the larger views, each in its own messages.ts: they load with the view (addViewMessages). */
export type ViewMessages =
  | typeof checkMessages
  | typeof consolidateMessages
  | typeof insertChartMessages
  | typeof narrateMessages
  | typeof selfTestMessages;

export type MessageKey =
  keyof typeof vi | (ViewMessages extends infer M ? (M extends { vi: infer V } ? keyof V : never) : never);

/** The shell's English: exactly the keys of `vi`. */
export const en: Record<keyof typeof vi, string> = {
  'app.title': 'KSTT report',
  'app.subtitle': 'Procedure control · Circular 01/2020/TT-VPCP',
  'app.languageSwitch': 'Tiếng Việt',
  'app.languageSwitchLabel': 'Switch the interface to Vietnamese',
  'app.navLabel': 'Features',
  'app.loadingView': 'Loading…',

  'view.insert': 'Insert form',
  'view.check': 'Check figures',
  'view.narrate': 'Draft narrative',
  'view.consolidate': 'Consolidate',
  'view.selftest': 'Self-test',

  'host.unavailable':
    'Please open this add-in in Excel (Excel 2019 or later, Microsoft 365 or Excel on the web).',
  'host.oldExcel':
    'This Excel is too old (ExcelApi 1.8 or later is needed). Please update Office to use this add-in.',
  'host.loading': 'Connecting to Excel…',

  'error.title': 'Something went wrong',
  'error.body':
    'This part of the add-in ran into a problem and stopped. The data in your workbook was not changed.',
  'error.details': 'Technical details',
  'error.retry': 'Try again',

  'insert.title': 'Insert report forms',
  'insert.intro':
    'Each form becomes a new worksheet that looks like the printed one; totals and rates are Excel formulas. Existing sheets are left untouched.',
  'insert.section.forms': 'Forms',
  'insert.basis': 'Legal basis',
  'insert.basis.hint': 'Chosen from the end of the period; you may change it.',
  'insert.basis.TT01/2020': 'Circular 01/2020/TT-VPCP',
  'insert.basis.TT05/2025': 'Circular 05/2025/TT-VPCP (01/2020 layouts assumed)',
  'insert.forms.label': 'Forms to insert',
  'insert.badge.confirmed': 'Official (confirmed)',
  'insert.badge.inferred': 'Inferred — not checked against the text',
  'insert.badge.localCode': 'Local code',
  'insert.source': 'Source',
  'insert.section.units': 'Units',
  'insert.reportingUnit': 'Reporting unit',
  'insert.reportingUnit.placeholder': 'e.g. UBND phường Tam Thanh',
  'insert.receivingUnit': 'Receiving unit',
  'insert.receivingUnit.placeholder': 'e.g. Văn phòng UBND tỉnh',
  'insert.level': 'Administrative level',
  'insert.level.tinh': 'Province',
  'insert.level.huyen': 'District',
  'insert.level.xa': 'Commune',
  'insert.section.period': 'Reporting period',
  'insert.periodKind': 'Period type',
  'insert.periodKind.month': 'Month',
  'insert.periodKind.quarter': 'Quarter',
  'insert.periodKind.half': 'Half year',
  'insert.periodKind.nine-months': 'Nine months',
  'insert.periodKind.year': 'Year',
  'insert.year': 'Year',
  'insert.index': 'Period',
  'insert.index.month': 'Month {n}',
  'insert.index.quarter': 'Q{n}',
  'insert.index.half1': 'First half',
  'insert.index.half2': 'Second half',
  'insert.from': 'From',
  'insert.to': 'To',
  'insert.dates.hint': 'Cut-off dates of Decree 09/2019/NĐ-CP; you may edit them.',
  'insert.section.signature': 'Place, date and signatures',
  'insert.reportPlace': 'Place',
  'insert.reportPlace.placeholder': 'e.g. Tam Thanh',
  'insert.reportDate': 'Report date',
  'insert.reportDate.hint': 'Leave empty to write it by hand when signing.',
  'insert.preparerTitle': 'Title of the preparer',
  'insert.headTitle': 'Title of the head of unit',
  'insert.section.rows': 'Rows of the forms',
  'insert.rows.label': 'List of {noun} — {codes}',
  'insert.rows.hint': 'One {noun} per line; edit, add or remove as your unit needs.',
  'insert.rows.groupHint': 'A line starting with # names a group (level); the lines after it are its {noun}.',
  'insert.optional.title': 'Extra columns under Decree 118/2025/NĐ-CP',
  'insert.optional.hint': 'Not part of the Circular’s printed form; add them only when asked to.',
  'insert.optional.returned': 'Dossiers not eligible (returned)',
  'insert.optional.paused': 'Dossiers paused',
  'insert.action.insert': 'Insert into workbook',
  'insert.action.inserting': 'Inserting…',
  'insert.action.download': 'Download forms (.xlsx)',
  'insert.action.downloading': 'Creating the file…',
  'insert.macNote': 'Excel for Mac cannot download files from a task pane: use «Insert into workbook» there.',
  'insert.errors.title': 'Nothing was inserted — please fix:',
  'insert.infos.title': 'Notes (no change required)',
  'insert.success.title': 'Inserted {count} worksheet(s):',
  'insert.success.skipped': 'Skipped because this Excel does not support it:',
  'insert.excelError.title': 'Excel reported an error while inserting',
  'insert.excelError.body': 'The forms were not inserted.',
  'insert.noExcel': 'Excel cannot be reached. Close and reopen the task pane.',
  'insert.download.done': 'Created the file {file}.',
  'insert.download.error': 'Could not create the .xlsx file. Details:',
  ...hostErrorMessages.en,
};

/** What the pane can say now: the shell's text and that of every view whose chunk has run. */
export const DICTIONARIES: Record<Language, Partial<Record<MessageKey, string>>> = {
  vi: { ...vi },
  en: { ...en },
};

/**
 * Adds a view's messages to the dictionaries. A view calls it as its chunk runs, so its text downloads with the view
 * and stays out of the shell's first load (issue 14).
 */
export function addViewMessages(messages: ViewMessages): void {
  Object.assign(DICTIONARIES.vi, messages.vi);
  Object.assign(DICTIONARIES.en, messages.en);
}

export type Translate = (key: MessageKey) => string;

export function translator(language: Language): Translate {
  const dictionary = DICTIONARIES[language];
  return (key) => dictionary[key] ?? DICTIONARIES.vi[key] ?? key;
}

const STORAGE_KEY = 'kstt.language';

export function loadLanguage(): Language {
  return readStored(STORAGE_KEY) === 'en' ? 'en' : 'vi';
}

/** Not kept across sessions where storage refuses; the pane still switches. */
export function saveLanguage(language: Language): void {
  writeStored(STORAGE_KEY, language);
}

interface I18nState {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
}

const I18nContext = createContext<I18nState>({ language: 'vi', setLanguage: () => {}, t: translator('vi') });

export function I18nProvider(props: { initialLanguage?: Language; children?: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => props.initialLanguage ?? loadLanguage());
  const setLanguage = useCallback((next: Language) => {
    saveLanguage(next);
    setLanguageState(next);
  }, []);
  const value = useMemo(() => ({ language, setLanguage, t: translator(language) }), [language, setLanguage]);
  return createElement(I18nContext.Provider, { value }, props.children);
}

/** The translate function for the current language. */
export function useT(): Translate {
  return useContext(I18nContext).t;
}

/** The current language and a setter that also remembers the choice. */
export function useLanguage(): { language: Language; setLanguage: (language: Language) => void } {
  const { language, setLanguage } = useContext(I18nContext);
  return { language, setLanguage };
}
