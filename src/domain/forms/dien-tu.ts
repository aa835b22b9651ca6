/** Thực hiện TTHC trên môi trường điện tử (outline section II.7). No official code known: local code KSTT-DT. */
import { valueColumnsWithUnit } from './shared/fixed-columns';
import { checksFromFixedRows, type FixedRow, type FormCheck, type FormSpec } from './spec';

const unit = (text: string) => ({ unit: text });

const rows: FixedRow[] = [
  { id: 'received', stt: '1', label: 'Tổng số hồ sơ TTHC tiếp nhận mới trong kỳ', texts: unit('Hồ sơ') },
  {
    id: 'online',
    stt: '2',
    label: 'Số hồ sơ tiếp nhận trực tuyến',
    texts: unit('Hồ sơ'),
    formula: { sum: ['fullOnline', 'partialOnline'] },
  },
  { id: 'fullOnline', stt: '2.1', label: 'Qua dịch vụ công trực tuyến toàn trình', texts: unit('Hồ sơ') },
  { id: 'partialOnline', stt: '2.2', label: 'Qua dịch vụ công trực tuyến một phần', texts: unit('Hồ sơ') },
  {
    id: 'onlineRate',
    stt: '3',
    label: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến',
    texts: unit('%'),
    formula: { ratio: { numerator: ['online'], denominator: ['received'] } },
  },
  {
    id: 'payTotal',
    stt: '4',
    label: 'Số giao dịch thanh toán phí, lệ phí giải quyết TTHC',
    texts: unit('Giao dịch'),
  },
  { id: 'payOnline', stt: '4.1', label: 'Trong đó: thanh toán trực tuyến', texts: unit('Giao dịch') },
  { id: 'payAmount', stt: '4.2', label: 'Số tiền thanh toán trực tuyến', texts: unit('Đồng') },
  {
    id: 'payRate',
    stt: '5',
    label: 'Tỷ lệ giao dịch thanh toán trực tuyến',
    texts: unit('%'),
    formula: { ratio: { numerator: ['payOnline'], denominator: ['payTotal'] } },
  },
  {
    id: 'digitTotal',
    stt: '6',
    label: 'Số hồ sơ, kết quả giải quyết TTHC phải số hóa',
    texts: unit('Hồ sơ'),
  },
  { id: 'digitDone', stt: '6.1', label: 'Trong đó: đã số hóa', texts: unit('Hồ sơ') },
  {
    id: 'digitRate',
    stt: '7',
    label: 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC',
    texts: unit('%'),
    formula: { ratio: { numerator: ['digitDone'], denominator: ['digitTotal'] } },
  },
  {
    id: 'eCertified',
    stt: '8',
    label: 'Số bản sao điện tử được chứng thực từ bản chính',
    texts: unit('Bản'),
  },
  {
    id: 'birthBundle',
    stt: '9',
    label: 'Số hồ sơ liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT cho trẻ em dưới 6 tuổi',
    texts: unit('Hồ sơ'),
  },
  {
    id: 'deathBundle',
    stt: '10',
    label: 'Số hồ sơ liên thông đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất, mai táng phí',
    texts: unit('Hồ sơ'),
  },
];

function subset(part: string, whole: string, description: string): FormCheck {
  return {
    id: `subset:${part}`,
    rule: 'subset',
    axis: 'rows',
    part: [part],
    whole: [whole],
    severity: 'error',
    description,
  };
}

export const FORM_DIEN_TU: FormSpec = {
  code: 'KSTT-DT',
  printedCode: 'Biểu KSTT-DT (mẫu tham khảo, không phải mẫu chính thức)',
  officialCode: false,
  title: 'Tình hình thực hiện thủ tục hành chính trên môi trường điện tử',
  shortName: 'TTHC trên môi trường điện tử',
  reportedBy: 'Cơ quan, đơn vị tiếp nhận, giải quyết TTHC',
  unitOfMeasure: 'Ghi tại từng dòng',
  legalBasis: 'TT01/2020',
  status: {
    layout: 'inferred',
    source:
      'Suy ra từ mục II.7 của đề cương (Phụ lục I), Nghị định 45/2020/NĐ-CP và các chỉ tiêu Nghị quyết 01/NQ-CP, ' +
      '02/NQ-CP (shared/domain/FORMS.md)',
    notes:
      'Không có mã biểu chính thức. Số hồ sơ trực tuyến phải khớp cột (4) của Biểu II.06a/II.06b cùng kỳ.',
  },
  columns: valueColumnsWithUnit(),
  rows: { kind: 'fixed', rows },
  totalRow: false,
  columnNumberRow: true,
  checks: [
    ...checksFromFixedRows(rows),
    subset('online', 'received', 'Số hồ sơ trực tuyến không vượt quá tổng số hồ sơ tiếp nhận mới.'),
    subset(
      'payOnline',
      'payTotal',
      'Số giao dịch thanh toán trực tuyến không vượt quá tổng số giao dịch thanh toán.',
    ),
    subset('digitDone', 'digitTotal', 'Số hồ sơ đã số hóa không vượt quá số hồ sơ phải số hóa.'),
    {
      id: 'cross:online',
      rule: 'cross-form',
      key: 'ho-so-truc-tuyen',
      axis: 'rows',
      ids: ['online'],
      at: 'value',
      severity: 'warning',
      description: 'Số hồ sơ tiếp nhận trực tuyến khớp với cột (4) của Biểu II.06a/II.06b.',
    },
    {
      id: 'cross:new',
      rule: 'cross-form',
      key: 'ho-so-tiep-nhan-moi',
      axis: 'rows',
      ids: ['received'],
      at: 'value',
      severity: 'warning',
      description: 'Số hồ sơ tiếp nhận mới khớp với cột (4)+(5) của Biểu II.06a/II.06b.',
    },
  ],
};
