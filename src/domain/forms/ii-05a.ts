/** Biểu số II.05a/VPCP/KSTT — phản ánh, kiến nghị (PAKN) về quy định hành chính. */
import { DEFAULT_UNITS } from './shared/fields';
import { checksFromColumns, type ColumnNode, type FormSpec } from './spec';

const columns: ColumnNode[] = [
  { id: 'stt', header: 'STT', kind: 'stt' },
  { id: 'unit', header: 'Cơ quan, đơn vị', kind: 'label' },
  {
    header: 'Số PAKN đã tiếp nhận',
    children: [
      { id: 'received', header: 'Tổng số', kind: 'computed', formula: { sum: ['new', 'carried'] } },
      { id: 'new', header: 'Tiếp nhận mới trong kỳ', kind: 'input' },
      { id: 'carried', header: 'Từ kỳ trước chuyển qua', kind: 'input' },
    ],
  },
  {
    header: 'Nội dung PAKN',
    children: [
      { id: 'aboutRules', header: 'Về quy định hành chính', kind: 'input' },
      { id: 'aboutConduct', header: 'Về hành vi hành chính', kind: 'input' },
    ],
  },
  {
    header: 'Số PAKN đã xử lý',
    children: [
      { id: 'processed', header: 'Tổng số', kind: 'input' },
      { id: 'published', header: 'Trong đó: đã đăng tải công khai', kind: 'input' },
    ],
  },
  { id: 'inProgress', header: 'Số PAKN đang xử lý', kind: 'input' },
];

export const FORM_II_05A: FormSpec = {
  code: 'II.05a',
  printedCode: 'Biểu số II.05a/VPCP/KSTT',
  officialCode: true,
  title: 'Tình hình, kết quả tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính',
  shortName: 'Tiếp nhận, xử lý PAKN',
  reportedBy: 'Cơ quan, đơn vị tiếp nhận, xử lý phản ánh, kiến nghị',
  unitOfMeasure: 'Số phản ánh, kiến nghị',
  legalBasis: 'TT01/2020',
  status: {
    layout: 'inferred',
    source:
      'Mã biểu: báo cáo quý I/2026 của phường Tam Thanh («Chi tiết tại Biểu số II.05a/VPCP/KSTT»); cột suy ra từ ' +
      'các số liệu mục II.4 của đề cương báo cáo (shared/domain/FORMS.md)',
    notes: 'Chưa đối chiếu với Phụ lục II của Thông tư: không coi là mẫu chính thức.',
  },
  columns,
  rows: { kind: 'list', itemNoun: 'cơ quan, đơn vị', defaults: DEFAULT_UNITS },
  totalRow: true,
  columnNumberRow: true,
  checks: [
    ...checksFromColumns(columns, true),
    {
      id: 'balance:received',
      rule: 'balance',
      axis: 'columns',
      left: ['received'],
      right: ['processed', 'inProgress'],
      severity: 'error',
      description: 'Số PAKN đã tiếp nhận bằng số đã xử lý cộng số đang xử lý.',
    },
    {
      id: 'subset:published',
      rule: 'subset',
      axis: 'columns',
      part: ['published'],
      whole: ['processed'],
      severity: 'error',
      description: 'Số PAKN đã đăng tải công khai không vượt quá số đã xử lý.',
    },
    {
      id: 'subset:content',
      rule: 'subset',
      axis: 'columns',
      part: ['aboutRules', 'aboutConduct'],
      whole: ['received'],
      severity: 'error',
      description:
        'PAKN về quy định hành chính cộng về hành vi hành chính không vượt quá tổng số đã tiếp nhận.',
    },
  ],
};
