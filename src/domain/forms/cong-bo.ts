/** Công bố, công khai TTHC (outline section II.2). No official code known: local code KSTT-CB. */
import { balanceCheck, subsetCheck } from './shared/checks';
import { valueColumns } from './shared/fixed-columns';
import { outlineRows, rateRow } from './shared/outline-rows';
import { referenceForm } from './shared/form-builders';

const rows = outlineRows([
  {
    id: 'total',
    label: 'Tổng số TTHC thuộc thẩm quyền giải quyết',
    sub: [
      { id: 'oneStop', label: 'Số TTHC thực hiện theo cơ chế một cửa' },
      { id: 'interlinked', label: 'Số TTHC thực hiện theo cơ chế một cửa liên thông' },
    ],
  },
  { id: 'postal', label: 'Số TTHC thực hiện qua dịch vụ bưu chính công ích' },
  {
    id: 'online',
    label: 'Số TTHC cung cấp dịch vụ công trực tuyến',
    formula: { sum: ['fullOnline', 'partialOnline'] },
    sub: [
      { id: 'fullOnline', label: 'Dịch vụ công trực tuyến toàn trình' },
      { id: 'partialOnline', label: 'Dịch vụ công trực tuyến một phần' },
    ],
  },
  {
    id: 'announced',
    label: 'Số TTHC, danh mục TTHC được công bố',
    sub: [{ id: 'published', label: 'Trong đó: số TTHC được công khai' }],
  },
  rateRow('publishedRate', 'Tỷ lệ TTHC được công khai trên số TTHC được công bố', 'published', 'announced'),
]);

export const FORM_CONG_BO = referenceForm(
  {
    code: 'KSTT-CB',
    title: 'Tình hình công bố, công khai thủ tục hành chính',
    shortName: 'Công bố, công khai TTHC',
    reportedBy: 'Cơ quan, đơn vị có TTHC thuộc thẩm quyền giải quyết',
    unitOfMeasure: 'Số TTHC',
    status: {
      layout: 'inferred',
      source:
        'Suy ra từ mục II.2 của đề cương (Phụ lục I) và các câu số liệu của báo cáo quý I/2026 phường Tam Thanh ' +
        '(399 TTHC = 397 một cửa + 2 liên thông; 399 DVCTT = 122 toàn trình + 277 một phần; 381 BCCI)',
      notes: 'Không có mã biểu chính thức; dùng để tổng hợp số liệu cho phần thuyết minh.',
    },
  },
  valueColumns(),
  rows,
  [
    balanceCheck(
      'rows',
      'total',
      ['oneStop', 'interlinked'],
      'Tổng số TTHC thuộc thẩm quyền bằng số TTHC theo cơ chế một cửa cộng một cửa liên thông.',
      { severity: 'warning' },
    ),
    ...['postal', 'online', 'announced'].map((part) =>
      subsetCheck('rows', part, 'total', 'Số TTHC thành phần không vượt quá tổng số TTHC thuộc thẩm quyền.'),
    ),
    subsetCheck(
      'rows',
      'published',
      'announced',
      'Số TTHC được công khai không vượt quá số TTHC được công bố.',
    ),
  ],
);
