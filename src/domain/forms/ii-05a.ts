/** Biểu số II.05a/VPCP/KSTT — phản ánh, kiến nghị (PAKN) về quy định hành chính. */
import { DEFAULT_UNITS } from './shared/fields';
import { balanceCheck, subsetCheck } from './shared/checks';
import { totalledGroup } from './shared/column-groups';
import { officialTableForm } from './shared/form-builders';
import type { ColumnNode } from './spec';

const columns: ColumnNode[] = [
  { id: 'stt', header: 'STT', kind: 'stt' },
  { id: 'unit', header: 'Cơ quan, đơn vị', kind: 'label' },
  totalledGroup('Số PAKN đã tiếp nhận', 'received', [
    { id: 'new', header: 'Tiếp nhận mới trong kỳ', kind: 'input' },
    { id: 'carried', header: 'Từ kỳ trước chuyển qua', kind: 'input' },
  ]),
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

export const FORM_II_05A = officialTableForm(
  {
    code: 'II.05a',
    title: 'Tình hình, kết quả tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính',
    shortName: 'Tiếp nhận, xử lý PAKN',
    reportedBy: 'Cơ quan, đơn vị tiếp nhận, xử lý phản ánh, kiến nghị',
    unitOfMeasure: 'Số phản ánh, kiến nghị',
    status: {
      layout: 'inferred',
      source:
        'Mã biểu: báo cáo quý I/2026 của phường Tam Thanh («Chi tiết tại Biểu số II.05a/VPCP/KSTT»); cột suy ra từ ' +
        'các số liệu mục II.4 của đề cương báo cáo (shared/domain/FORMS.md)',
      notes: 'Chưa đối chiếu với Phụ lục II của Thông tư: không coi là mẫu chính thức.',
    },
  },
  columns,
  { kind: 'list', itemNoun: 'cơ quan, đơn vị', defaults: DEFAULT_UNITS },
  [
    balanceCheck(
      'columns',
      'received',
      ['processed', 'inProgress'],
      'Số PAKN đã tiếp nhận bằng số đã xử lý cộng số đang xử lý.',
    ),
    subsetCheck(
      'columns',
      'published',
      'processed',
      'Số PAKN đã đăng tải công khai không vượt quá số đã xử lý.',
    ),
    subsetCheck(
      'columns',
      ['aboutRules', 'aboutConduct'],
      'received',
      'PAKN về quy định hành chính cộng về hành vi hành chính không vượt quá tổng số đã tiếp nhận.',
      { id: 'subset:content' },
    ),
  ],
);
