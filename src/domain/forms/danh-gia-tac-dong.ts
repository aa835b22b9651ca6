/** Đánh giá tác động quy định TTHC (outline section II.1). No official code known: local code KSTT-DG. */
import { valueColumns } from './shared/fixed-columns';
import { checksFromFixedRows, type FixedRow, type FormSpec } from './spec';

const rows: FixedRow[] = [
  { id: 'assessed', stt: '1', label: 'Số TTHC được đánh giá tác động trong kỳ báo cáo' },
  { id: 'issued', stt: '2', label: 'Số TTHC được ban hành trong kỳ báo cáo' },
  { id: 'issuedAssessed', stt: '2.1', label: 'Trong đó: số TTHC đã được đánh giá tác động' },
  {
    id: 'issuedAssessedRate',
    stt: '3',
    label: 'Tỷ lệ TTHC được ban hành đã được đánh giá tác động',
    formula: { ratio: { numerator: ['issuedAssessed'], denominator: ['issued'] } },
  },
];

export const FORM_DANH_GIA_TAC_DONG: FormSpec = {
  code: 'KSTT-DG',
  printedCode: 'Biểu KSTT-DG (mẫu tham khảo, không phải mẫu chính thức)',
  officialCode: false,
  title: 'Kết quả đánh giá tác động quy định thủ tục hành chính',
  shortName: 'Đánh giá tác động TTHC',
  reportedBy: 'Cơ quan chủ trì soạn thảo văn bản quy phạm pháp luật có quy định TTHC',
  unitOfMeasure: 'Số TTHC',
  legalBasis: 'TT01/2020',
  status: {
    layout: 'inferred',
    source: 'Suy ra từ mục II.1 của đề cương (Phụ lục I) và báo cáo quý I/2026 phường Tam Thanh',
    notes: 'Không có mã biểu chính thức.',
  },
  columns: valueColumns(),
  rows: { kind: 'fixed', rows },
  totalRow: false,
  columnNumberRow: true,
  checks: [
    ...checksFromFixedRows(rows),
    {
      id: 'subset:issuedAssessed',
      rule: 'subset',
      axis: 'rows',
      part: ['issuedAssessed'],
      whole: ['issued'],
      severity: 'error',
      description: 'Số TTHC ban hành đã được đánh giá tác động không vượt quá số TTHC được ban hành.',
    },
  ],
};
