/**
 * Task pane text in Vietnamese (the default) and English. Every string the pane shows lives here, so a
 * translation gap is a type error (`en` must have exactly the keys of `vi`) and a unit test.
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

export type Language = 'vi' | 'en';
export const LANGUAGES: readonly Language[] = ['vi', 'en'];

export const vi = {
  'app.title': 'Báo cáo KSTT',
  'app.subtitle': 'Kiểm soát TTHC · Thông tư 01/2020/TT-VPCP',
  'app.languageSwitch': 'English',
  'app.languageSwitchLabel': 'Chuyển giao diện sang tiếng Anh',
  'app.navLabel': 'Chức năng',

  'view.insert': 'Chèn biểu mẫu',
  'view.check': 'Kiểm tra số liệu',
  'view.narrate': 'Soạn thuyết minh',
  'view.consolidate': 'Tổng hợp',

  'empty.status': 'Đang phát triển',
  'empty.insert.title': 'Chèn biểu mẫu báo cáo',
  'empty.insert.body':
    'Sẽ chèn các Biểu số II.xx/VPCP/KSTT thành trang tính mới giống bản in: tiêu đề, kỳ báo cáo, tiêu đề cột nhiều tầng, dòng TỔNG CỘNG, khối chữ ký và thiết lập in A4.',
  'empty.insert.point1': 'Chọn biểu mẫu, kỳ báo cáo và đơn vị báo cáo.',
  'empty.insert.point2':
    'Tổng và tỷ lệ được tính bằng công thức Excel, vẫn đúng khi mở trên máy không cài add-in.',
  'empty.check.title': 'Kiểm tra số liệu',
  'empty.check.body':
    'Sẽ đối chiếu các bảng trong sổ tính — kể cả bảng dán từ phần mềm một cửa — và liệt kê chỗ chưa khớp bằng tiếng Việt.',
  'empty.check.point1': 'Mỗi lỗi ghi rõ ô, giá trị hiện có và giá trị đúng, kèm nút đi tới ô.',
  'empty.check.point2': 'Ô sai được tô màu ngay trong trang tính.',
  'empty.narrate.title': 'Soạn thuyết minh',
  'empty.narrate.body':
    'Sẽ soạn các mục thuyết minh của báo cáo từ số liệu trong biểu, theo văn phong hành chính, với số viết kiểu Việt Nam (1.652; 99,39%).',
  'empty.narrate.point1': 'Sao chép vào báo cáo Word hoặc xuất tệp .docx.',
  'empty.narrate.point2': 'Các mục cần ý kiến riêng của cán bộ được để trống sẵn tiêu đề.',
  'empty.consolidate.title': 'Tổng hợp báo cáo các đơn vị',
  'empty.consolidate.body':
    'Sẽ gộp sổ tính của các đơn vị cấp dưới thành biểu tổng hợp, kiểm tra từng tệp trước khi cộng.',
  'empty.consolidate.point1': 'Tệp được đọc ngay trên máy, không gửi đi đâu.',
  'empty.consolidate.point2': 'Kết quả được ghi vào một trang tính mới.',

  'host.unavailable':
    'Vui lòng mở trong Excel (Excel 2019 trở lên, Microsoft 365 hoặc Excel trên web) để dùng add-in này.',
  'host.oldExcel':
    'Phiên bản Excel này quá cũ (cần bộ API Excel 1.8 trở lên). Vui lòng cập nhật Office để dùng add-in này.',
  'host.loading': 'Đang kết nối với Excel…',

  'error.title': 'Đã xảy ra lỗi',
  'error.body': 'Phần này của add-in gặp sự cố và đã dừng lại. Dữ liệu trong sổ tính không bị thay đổi.',
  'error.details': 'Chi tiết kỹ thuật',
  'error.retry': 'Thử lại',
} as const;

export type MessageKey = keyof typeof vi;

export const en: Record<MessageKey, string> = {
  'app.title': 'KSTT report',
  'app.subtitle': 'Procedure control · Circular 01/2020/TT-VPCP',
  'app.languageSwitch': 'Tiếng Việt',
  'app.languageSwitchLabel': 'Switch the interface to Vietnamese',
  'app.navLabel': 'Features',

  'view.insert': 'Insert form',
  'view.check': 'Check figures',
  'view.narrate': 'Draft narrative',
  'view.consolidate': 'Consolidate',

  'empty.status': 'In development',
  'empty.insert.title': 'Insert report forms',
  'empty.insert.body':
    'Will insert the II.xx/VPCP/KSTT forms as new worksheets that look like the printed form: title, reporting period, multi-row column headers, the TOTAL row, signature block and A4 print setup.',
  'empty.insert.point1': 'Choose the form, the reporting period and the reporting unit.',
  'empty.insert.point2':
    'Totals and rates are Excel formulas, so they stay right on machines without the add-in.',
  'empty.check.title': 'Check figures',
  'empty.check.body':
    'Will reconcile the tables in the workbook — including tables pasted from the one-stop software — and list every mismatch in plain words.',
  'empty.check.point1':
    'Each finding names the cell, the value found and the value expected, with a go-to-cell action.',
  'empty.check.point2': 'Wrong cells are highlighted in the worksheet itself.',
  'empty.narrate.title': 'Draft the narrative',
  'empty.narrate.body':
    'Will draft the narrative sections of the report from the figures in the forms, in administrative style, with Vietnamese number formatting (1.652; 99,39%).',
  'empty.narrate.point1': 'Copy into the Word report or export a .docx file.',
  'empty.narrate.point2':
    'Sections that need the official’s own words get their headings and an empty place.',
  'empty.consolidate.title': 'Consolidate the units’ reports',
  'empty.consolidate.body':
    'Will merge the workbooks of subordinate units into the aggregate form, checking each file before adding it up.',
  'empty.consolidate.point1': 'Files are read on this machine and never sent anywhere.',
  'empty.consolidate.point2': 'The result is written into a new worksheet.',

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
};

export const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { vi, en };

export type Translate = (key: MessageKey) => string;

export function translator(language: Language): Translate {
  const dictionary = DICTIONARIES[language];
  return (key) => dictionary[key] ?? vi[key] ?? key;
}

const STORAGE_KEY = 'kstt.language';

/** localStorage can be missing or throw (sandboxed webviews, privacy settings): then the choice is not kept. */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function loadLanguage(): Language {
  try {
    const saved = storage()?.getItem(STORAGE_KEY);
    return saved === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function saveLanguage(language: Language): void {
  try {
    storage()?.setItem(STORAGE_KEY, language);
  } catch {
    // Not kept across sessions; the pane still switches.
  }
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
