/**
 * «Đề cương»: the outline of the narrative report (Phụ lục I), one row per heading, with where its figures
 * come from and room for the official's own text. Headings confirmed from the sample reports.
 */
import type { FixedRow, FormSpec } from './spec';

/** A sub-heading, with the form its figures come from where there is one. */
type SubHeading = string | [label: string, source: string];

/** Sections I–V, each with its numbered sub-headings (ids «II.1» …, printed «1», «2» …). */
const SECTIONS: [numeral: string, label: string, subHeadings: SubHeading[]][] = [
  [
    'I',
    'Công tác chỉ đạo, điều hành',
    [
      'Việc ban hành văn bản chỉ đạo, triển khai thực hiện',
      'Công tác đôn đốc, tổ chức thực hiện',
      'Công tác tổ chức, bố trí cán bộ đầu mối làm công tác kiểm soát TTHC',
      'Việc bố trí và sử dụng kinh phí hoạt động kiểm soát TTHC',
    ],
  ],
  [
    'II',
    'Tình hình, kết quả thực hiện công tác kiểm soát TTHC',
    [
      ['Đánh giá tác động quy định TTHC', 'Biểu KSTT-DG'],
      ['Công bố, công khai TTHC', 'Biểu KSTT-CB'],
      ['Rà soát, đơn giản hóa TTHC', 'Biểu KSTT-RS'],
      ['Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính', 'Biểu số II.05a'],
      ['Tình hình, kết quả giải quyết TTHC', 'Biểu số II.06a, II.06b'],
      ['Triển khai cơ chế một cửa, một cửa liên thông', 'Biểu số II.07b'],
      ['Thực hiện TTHC trên môi trường điện tử', 'Biểu KSTT-DT'],
      'Truyền thông hỗ trợ hoạt động kiểm soát TTHC',
      'Nghiên cứu, đề xuất sáng kiến cải cách TTHC',
      'Kiểm tra thực hiện kiểm soát TTHC',
      'Nội dung khác',
    ],
  ],
  [
    'III',
    'Đánh giá chung',
    [['Kết quả đạt được', 'Biểu KSTT-CT'], 'Khó khăn, vướng mắc, tồn tại, hạn chế và nguyên nhân'],
  ],
  ['IV', 'Phương hướng, nhiệm vụ kỳ tới', []],
  ['V', 'Kiến nghị, đề xuất', []],
];

function headingRow(id: string, stt: string, label: string, source?: string): FixedRow {
  return { id, stt, label, heading: !id.includes('.'), texts: source ? { source } : undefined };
}

const rows: FixedRow[] = SECTIONS.flatMap(([numeral, label, subHeadings]) => [
  headingRow(numeral, numeral, label),
  ...subHeadings.map((sub, i) => {
    const [subLabel, source] = typeof sub === 'string' ? [sub] : sub;
    return headingRow(`${numeral}.${i + 1}`, String(i + 1), subLabel, source);
  }),
]);

export const FORM_DE_CUONG: FormSpec = {
  code: 'KSTT-DC',
  printedCode: 'Đề cương báo cáo (Phụ lục I)',
  officialCode: false,
  title: 'Đề cương báo cáo tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính',
  shortName: 'Đề cương',
  reportedBy: 'Mọi cơ quan, đơn vị báo cáo',
  legalBasis: 'TT01/2020',
  status: {
    layout: 'confirmed',
    source: 'Đề mục I–V và II.1–II.11 như trong báo cáo quý I/2026 phường Tam Thanh (shared/domain/reports)',
    notes: 'Là dàn ý phần thuyết minh, không phải biểu số liệu.',
  },
  columns: [
    { id: 'stt', header: 'STT', kind: 'stt' },
    { id: 'heading', header: 'Đề mục', kind: 'label', width: 55 },
    { id: 'source', header: 'Số liệu lấy từ', kind: 'text', width: 20 },
    { id: 'content', header: 'Nội dung báo cáo', kind: 'text', width: 60 },
  ],
  rows: { kind: 'fixed', rows },
  totalRow: false,
  columnNumberRow: false,
  signatureBlock: false,
  sheetName: 'Đề cương',
  checks: [],
};
