/** Đánh giá tác động quy định TTHC (outline section II.1). No official code known: local code KSTT-DG. */
import { subsetCheck } from './shared/checks';
import { valueColumns } from './shared/fixed-columns';
import { outlineRows, rateRow } from './shared/outline-rows';
import { referenceForm } from './shared/form-builders';

const rows = outlineRows([
  { id: 'assessed', label: 'Số TTHC được đánh giá tác động trong kỳ báo cáo' },
  {
    id: 'issued',
    label: 'Số TTHC được ban hành trong kỳ báo cáo',
    sub: [{ id: 'issuedAssessed', label: 'Trong đó: số TTHC đã được đánh giá tác động' }],
  },
  rateRow(
    'issuedAssessedRate',
    'Tỷ lệ TTHC được ban hành đã được đánh giá tác động',
    'issuedAssessed',
    'issued',
  ),
]);

export const FORM_DANH_GIA_TAC_DONG = referenceForm(
  {
    code: 'KSTT-DG',
    title: 'Kết quả đánh giá tác động quy định thủ tục hành chính',
    shortName: 'Đánh giá tác động TTHC',
    reportedBy: 'Cơ quan chủ trì soạn thảo văn bản quy phạm pháp luật có quy định TTHC',
    unitOfMeasure: 'Số TTHC',
    status: {
      layout: 'inferred',
      source: 'Suy ra từ mục II.1 của đề cương (Phụ lục I) và báo cáo quý I/2026 phường Tam Thanh',
      notes: 'Không có mã biểu chính thức.',
    },
  },
  valueColumns(),
  rows,
  [
    subsetCheck(
      'rows',
      'issuedAssessed',
      'issued',
      'Số TTHC ban hành đã được đánh giá tác động không vượt quá số TTHC được ban hành.',
    ),
  ],
);
