/**
 * «Đề cương»: the outline of the narrative report (Phụ lục I), one row per heading, with where its figures
 * come from and room for the official's own text. Headings confirmed from the sample reports.
 */
import type { FixedRow, FormSpec } from './spec';

type Heading = [id: string, stt: string, label: string, source?: string];

const HEADINGS: Heading[] = [
  ['I', 'I', 'Công tác chỉ đạo, điều hành'],
  ['I.1', '1', 'Việc ban hành văn bản chỉ đạo, triển khai thực hiện'],
  ['I.2', '2', 'Công tác đôn đốc, tổ chức thực hiện'],
  ['I.3', '3', 'Công tác tổ chức, bố trí cán bộ đầu mối làm công tác kiểm soát TTHC'],
  ['I.4', '4', 'Việc bố trí và sử dụng kinh phí hoạt động kiểm soát TTHC'],
  ['II', 'II', 'Tình hình, kết quả thực hiện công tác kiểm soát TTHC'],
  ['II.1', '1', 'Đánh giá tác động quy định TTHC', 'Biểu KSTT-DG'],
  ['II.2', '2', 'Công bố, công khai TTHC', 'Biểu KSTT-CB'],
  ['II.3', '3', 'Rà soát, đơn giản hóa TTHC', 'Biểu KSTT-RS'],
  ['II.4', '4', 'Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính', 'Biểu số II.05a'],
  ['II.5', '5', 'Tình hình, kết quả giải quyết TTHC', 'Biểu số II.06a, II.06b'],
  ['II.6', '6', 'Triển khai cơ chế một cửa, một cửa liên thông', 'Biểu số II.07b'],
  ['II.7', '7', 'Thực hiện TTHC trên môi trường điện tử', 'Biểu KSTT-DT'],
  ['II.8', '8', 'Truyền thông hỗ trợ hoạt động kiểm soát TTHC'],
  ['II.9', '9', 'Nghiên cứu, đề xuất sáng kiến cải cách TTHC'],
  ['II.10', '10', 'Kiểm tra thực hiện kiểm soát TTHC'],
  ['II.11', '11', 'Nội dung khác'],
  ['III', 'III', 'Đánh giá chung'],
  ['III.1', '1', 'Kết quả đạt được', 'Biểu KSTT-CT'],
  ['III.2', '2', 'Khó khăn, vướng mắc, tồn tại, hạn chế và nguyên nhân'],
  ['IV', 'IV', 'Phương hướng, nhiệm vụ kỳ tới'],
  ['V', 'V', 'Kiến nghị, đề xuất'],
];

const rows: FixedRow[] = HEADINGS.map(([id, stt, label, source]) => ({
  id,
  stt,
  label,
  heading: !id.includes('.'),
  texts: source ? { source } : undefined,
}));

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
