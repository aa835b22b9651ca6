/** Thực hiện TTHC trên môi trường điện tử (outline section II.7). No official code known: local code KSTT-DT. */
import { crossFormCheck, subsetCheck } from './shared/checks';
import { valueColumnsWithUnit } from './shared/fixed-columns';
import { outlineRows, rateRow, type OutlineRow } from './shared/outline-rows';
import { referenceForm } from './shared/form-builders';

/** A row counting `unit` (printed in the «Đơn vị tính» column). */
function counted(unit: string, id: string, label: string, more: Partial<OutlineRow> = {}): OutlineRow {
  return { id, label, ...more, texts: { unit } };
}

/** A percentage row: `numerator` row over `denominator` row. */
function percent(id: string, label: string, numerator: string, denominator: string): OutlineRow {
  return { ...rateRow(id, label, numerator, denominator), texts: { unit: '%' } };
}

const rows = outlineRows([
  counted('Hồ sơ', 'received', 'Tổng số hồ sơ TTHC tiếp nhận mới trong kỳ'),
  counted('Hồ sơ', 'online', 'Số hồ sơ tiếp nhận trực tuyến', {
    formula: { sum: ['fullOnline', 'partialOnline'] },
    sub: [
      counted('Hồ sơ', 'fullOnline', 'Qua dịch vụ công trực tuyến toàn trình'),
      counted('Hồ sơ', 'partialOnline', 'Qua dịch vụ công trực tuyến một phần'),
    ],
  }),
  percent('onlineRate', 'Tỷ lệ hồ sơ tiếp nhận trực tuyến', 'online', 'received'),
  counted('Giao dịch', 'payTotal', 'Số giao dịch thanh toán phí, lệ phí giải quyết TTHC', {
    sub: [
      counted('Giao dịch', 'payOnline', 'Trong đó: thanh toán trực tuyến'),
      counted('Đồng', 'payAmount', 'Số tiền thanh toán trực tuyến'),
    ],
  }),
  percent('payRate', 'Tỷ lệ giao dịch thanh toán trực tuyến', 'payOnline', 'payTotal'),
  counted('Hồ sơ', 'digitTotal', 'Số hồ sơ, kết quả giải quyết TTHC phải số hóa', {
    sub: [counted('Hồ sơ', 'digitDone', 'Trong đó: đã số hóa')],
  }),
  percent('digitRate', 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC', 'digitDone', 'digitTotal'),
  counted('Bản', 'eCertified', 'Số bản sao điện tử được chứng thực từ bản chính'),
  counted(
    'Hồ sơ',
    'birthBundle',
    'Số hồ sơ liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT cho trẻ em dưới 6 tuổi',
  ),
  counted(
    'Hồ sơ',
    'deathBundle',
    'Số hồ sơ liên thông đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất, mai táng phí',
  ),
]);

export const FORM_DIEN_TU = referenceForm(
  {
    code: 'KSTT-DT',
    title: 'Tình hình thực hiện thủ tục hành chính trên môi trường điện tử',
    shortName: 'TTHC trên môi trường điện tử',
    reportedBy: 'Cơ quan, đơn vị tiếp nhận, giải quyết TTHC',
    unitOfMeasure: 'Ghi tại từng dòng',
    status: {
      layout: 'inferred',
      source:
        'Suy ra từ mục II.7 của đề cương (Phụ lục I), Nghị định 45/2020/NĐ-CP và các chỉ tiêu Nghị quyết 01/NQ-CP, ' +
        '02/NQ-CP (shared/domain/FORMS.md)',
      notes:
        'Không có mã biểu chính thức. Số hồ sơ trực tuyến phải khớp cột (4) của Biểu II.06a/II.06b cùng kỳ.',
    },
  },
  valueColumnsWithUnit(),
  rows,
  [
    subsetCheck(
      'rows',
      'online',
      'received',
      'Số hồ sơ trực tuyến không vượt quá tổng số hồ sơ tiếp nhận mới.',
    ),
    subsetCheck(
      'rows',
      'payOnline',
      'payTotal',
      'Số giao dịch thanh toán trực tuyến không vượt quá tổng số giao dịch thanh toán.',
    ),
    subsetCheck('rows', 'digitDone', 'digitTotal', 'Số hồ sơ đã số hóa không vượt quá số hồ sơ phải số hóa.'),
    crossFormCheck(
      'online',
      'rows',
      'online',
      'Số hồ sơ tiếp nhận trực tuyến khớp với cột (4) của Biểu II.06a/II.06b.',
    ),
    crossFormCheck(
      'new',
      'rows',
      'received',
      'Số hồ sơ tiếp nhận mới khớp với cột (4)+(5) của Biểu II.06a/II.06b.',
    ),
  ],
);
