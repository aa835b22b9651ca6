/** Rà soát, đơn giản hóa TTHC (outline section II.3). No official code known: local code KSTT-RS. */
import { valueColumns } from './shared/fixed-columns';
import { checksFromFixedRows, type FixedRow, type FormCheck, type FormSpec } from './spec';

const OPTIONS = [
  { id: 'keep', label: 'Giữ nguyên' },
  { id: 'abolish', label: 'Bãi bỏ' },
  { id: 'amend', label: 'Sửa đổi, bổ sung' },
  { id: 'replace', label: 'Thay thế' },
  { id: 'interlink', label: 'Thực hiện liên thông' },
  { id: 'eSolution', label: 'Có giải pháp thực hiện trên môi trường điện tử' },
] as const;

const rows: FixedRow[] = [
  { id: 'planned', stt: '1', label: 'Số TTHC cần rà soát theo kế hoạch' },
  { id: 'reviewed', stt: '2', label: 'Số TTHC đã rà soát' },
  { id: 'optionsHeading', stt: '3', label: 'Phương án xử lý sau rà soát', heading: true },
  ...OPTIONS.map((o, i) => ({ id: o.id, stt: `3.${i + 1}`, label: o.label })),
  {
    id: 'completionRate',
    stt: '4',
    label: 'Tỷ lệ hoàn thành kế hoạch rà soát',
    formula: { ratio: { numerator: ['reviewed'], denominator: ['planned'] } },
  },
];

const optionSubsets: FormCheck[] = OPTIONS.map((o) => ({
  id: `subset:${o.id}`,
  rule: 'subset',
  axis: 'rows',
  part: [o.id],
  whole: ['reviewed'],
  severity: 'error',
  description: `Số TTHC có phương án «${o.label}» không vượt quá số TTHC đã rà soát.`,
}));

export const FORM_RA_SOAT: FormSpec = {
  code: 'KSTT-RS',
  printedCode: 'Biểu KSTT-RS (mẫu tham khảo, không phải mẫu chính thức)',
  officialCode: false,
  title: 'Kết quả rà soát, đơn giản hóa thủ tục hành chính',
  shortName: 'Rà soát, đơn giản hóa TTHC',
  reportedBy: 'Cơ quan, đơn vị thực hiện rà soát TTHC',
  unitOfMeasure: 'Số TTHC',
  legalBasis: 'TT01/2020',
  status: {
    layout: 'inferred',
    source:
      'Suy ra từ mục II.3 của đề cương (Phụ lục I) và các quy tắc đối chiếu trong shared/domain/FORMS.md',
    notes: 'Không có mã biểu chính thức. Tỷ lệ hoàn thành kế hoạch được tính bằng công thức, không nhập tay.',
  },
  columns: valueColumns(),
  rows: { kind: 'fixed', rows },
  totalRow: false,
  columnNumberRow: true,
  checks: [
    ...checksFromFixedRows(rows),
    {
      id: 'balance:options',
      rule: 'balance',
      axis: 'rows',
      left: ['reviewed'],
      right: OPTIONS.map((o) => o.id),
      severity: 'warning',
      description: 'Tổng số TTHC theo các phương án bằng số TTHC đã rà soát.',
    },
    {
      id: 'subset:reviewed',
      rule: 'subset',
      axis: 'rows',
      part: ['reviewed'],
      whole: ['planned'],
      severity: 'info',
      description: 'Số TTHC đã rà soát thường không vượt quá số TTHC cần rà soát theo kế hoạch.',
    },
    ...optionSubsets,
  ],
};
