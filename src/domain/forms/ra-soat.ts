/** Rà soát, đơn giản hóa TTHC (outline section II.3). No official code known: local code KSTT-RS. */
import { balanceCheck, subsetCheck } from './shared/checks';
import { valueColumns } from './shared/fixed-columns';
import { outlineRows, rateRow } from './shared/outline-rows';
import { referenceForm } from './shared/form-builders';

const OPTIONS = [
  { id: 'keep', label: 'Giữ nguyên' },
  { id: 'abolish', label: 'Bãi bỏ' },
  { id: 'amend', label: 'Sửa đổi, bổ sung' },
  { id: 'replace', label: 'Thay thế' },
  { id: 'interlink', label: 'Thực hiện liên thông' },
  { id: 'eSolution', label: 'Có giải pháp thực hiện trên môi trường điện tử' },
] as const;

const rows = outlineRows([
  { id: 'planned', label: 'Số TTHC cần rà soát theo kế hoạch' },
  { id: 'reviewed', label: 'Số TTHC đã rà soát' },
  { id: 'optionsHeading', label: 'Phương án xử lý sau rà soát', heading: true, sub: OPTIONS },
  rateRow('completionRate', 'Tỷ lệ hoàn thành kế hoạch rà soát', 'reviewed', 'planned'),
]);

export const FORM_RA_SOAT = referenceForm(
  {
    code: 'KSTT-RS',
    title: 'Kết quả rà soát, đơn giản hóa thủ tục hành chính',
    shortName: 'Rà soát, đơn giản hóa TTHC',
    reportedBy: 'Cơ quan, đơn vị thực hiện rà soát TTHC',
    unitOfMeasure: 'Số TTHC',
    status: {
      layout: 'inferred',
      source:
        'Suy ra từ mục II.3 của đề cương (Phụ lục I) và các quy tắc đối chiếu trong shared/domain/FORMS.md',
      notes:
        'Không có mã biểu chính thức. Tỷ lệ hoàn thành kế hoạch được tính bằng công thức, không nhập tay.',
    },
  },
  valueColumns(),
  rows,
  [
    balanceCheck(
      'rows',
      'reviewed',
      OPTIONS.map((o) => o.id),
      'Tổng số TTHC theo các phương án bằng số TTHC đã rà soát.',
      { severity: 'warning', id: 'balance:options' },
    ),
    subsetCheck(
      'rows',
      'reviewed',
      'planned',
      'Số TTHC đã rà soát thường không vượt quá số TTHC cần rà soát theo kế hoạch.',
      { severity: 'info' },
    ),
    ...OPTIONS.map((o) =>
      subsetCheck(
        'rows',
        o.id,
        'reviewed',
        `Số TTHC có phương án «${o.label}» không vượt quá số TTHC đã rà soát.`,
      ),
    ),
  ],
);
