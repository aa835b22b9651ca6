/** Công bố, công khai TTHC (outline section II.2). No official code known: local code KSTT-CB. */
import { valueColumns } from './shared/fixed-columns';
import { checksFromFixedRows, type FixedRow, type FormSpec } from './spec';

const rows: FixedRow[] = [
  { id: 'total', stt: '1', label: 'Tổng số TTHC thuộc thẩm quyền giải quyết' },
  { id: 'oneStop', stt: '1.1', label: 'Số TTHC thực hiện theo cơ chế một cửa' },
  { id: 'interlinked', stt: '1.2', label: 'Số TTHC thực hiện theo cơ chế một cửa liên thông' },
  { id: 'postal', stt: '2', label: 'Số TTHC thực hiện qua dịch vụ bưu chính công ích' },
  {
    id: 'online',
    stt: '3',
    label: 'Số TTHC cung cấp dịch vụ công trực tuyến',
    formula: { sum: ['fullOnline', 'partialOnline'] },
  },
  { id: 'fullOnline', stt: '3.1', label: 'Dịch vụ công trực tuyến toàn trình' },
  { id: 'partialOnline', stt: '3.2', label: 'Dịch vụ công trực tuyến một phần' },
  { id: 'announced', stt: '4', label: 'Số TTHC, danh mục TTHC được công bố' },
  { id: 'published', stt: '4.1', label: 'Trong đó: số TTHC được công khai' },
  {
    id: 'publishedRate',
    stt: '5',
    label: 'Tỷ lệ TTHC được công khai trên số TTHC được công bố',
    formula: { ratio: { numerator: ['published'], denominator: ['announced'] } },
  },
];

export const FORM_CONG_BO: FormSpec = {
  code: 'KSTT-CB',
  printedCode: 'Biểu KSTT-CB (mẫu tham khảo, không phải mẫu chính thức)',
  officialCode: false,
  title: 'Tình hình công bố, công khai thủ tục hành chính',
  shortName: 'Công bố, công khai TTHC',
  reportedBy: 'Cơ quan, đơn vị có TTHC thuộc thẩm quyền giải quyết',
  unitOfMeasure: 'Số TTHC',
  legalBasis: 'TT01/2020',
  status: {
    layout: 'inferred',
    source:
      'Suy ra từ mục II.2 của đề cương (Phụ lục I) và các câu số liệu của báo cáo quý I/2026 phường Tam Thanh ' +
      '(399 TTHC = 397 một cửa + 2 liên thông; 399 DVCTT = 122 toàn trình + 277 một phần; 381 BCCI)',
    notes: 'Không có mã biểu chính thức; dùng để tổng hợp số liệu cho phần thuyết minh.',
  },
  columns: valueColumns(),
  rows: { kind: 'fixed', rows },
  totalRow: false,
  columnNumberRow: true,
  checks: [
    ...checksFromFixedRows(rows),
    {
      id: 'balance:total',
      rule: 'balance',
      axis: 'rows',
      left: ['total'],
      right: ['oneStop', 'interlinked'],
      severity: 'warning',
      description: 'Tổng số TTHC thuộc thẩm quyền bằng số TTHC theo cơ chế một cửa cộng một cửa liên thông.',
    },
    ...(['postal', 'online', 'announced'] as const).map((part) => ({
      id: `subset:${part}`,
      rule: 'subset' as const,
      axis: 'rows' as const,
      part: [part],
      whole: ['total'],
      severity: 'error' as const,
      description: 'Số TTHC thành phần không vượt quá tổng số TTHC thuộc thẩm quyền.',
    })),
    {
      id: 'subset:published',
      rule: 'subset',
      axis: 'rows',
      part: ['published'],
      whole: ['announced'],
      severity: 'error',
      description: 'Số TTHC được công khai không vượt quá số TTHC được công bố.',
    },
  ],
};
