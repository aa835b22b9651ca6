/**
 * Targets and scoring weights as data, by year: they change every year and are edited by the user in the
 * sheet. Only the 2024 targets were found (a 2024 report citing Nghị quyết 01/NQ-CP and 02/NQ-CP); later
 * years fall back to the latest known year and say so.
 */

export interface IndicatorTarget {
  id: string;
  label: string;
  /** Target in percent points (80 = 80%): typed as a whole number in the sheet. */
  targetPercent: number;
}

export interface TargetYear {
  year: number;
  source: string;
  targets: readonly IndicatorTarget[];
}

export const INDICATOR_TARGETS: readonly TargetYear[] = [
  {
    year: 2024,
    source: 'Nghị quyết 01/NQ-CP và 02/NQ-CP năm 2024 (theo báo cáo năm 2024 của một địa phương)',
    targets: [
      {
        id: 'fullOnlineServices',
        label: 'Tỷ lệ DVC trực tuyến toàn trình trên số TTHC đủ điều kiện',
        targetPercent: 80,
      },
      {
        id: 'onlinePayment',
        label: 'Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán',
        targetPercent: 45,
      },
      {
        id: 'onlineDossiers',
        label: 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận',
        targetPercent: 50,
      },
      { id: 'digitisation', label: 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC', targetPercent: 80 },
      { id: 'eResults', label: 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử', targetPercent: 100 },
      { id: 'eCertification', label: 'Tỷ lệ chứng thực bản sao điện tử', targetPercent: 100 },
      { id: 'dataReuse', label: 'Tỷ lệ khai thác, tái sử dụng thông tin, dữ liệu số hóa', targetPercent: 50 },
      { id: 'timelyPublication', label: 'Tỷ lệ TTHC được công bố, công khai đúng hạn', targetPercent: 100 },
      {
        id: 'portalSync',
        label: 'Tỷ lệ đồng bộ kết quả giải quyết lên Cổng Dịch vụ công quốc gia',
        targetPercent: 100,
      },
      { id: 'timelyFeedback', label: 'Tỷ lệ xử lý phản ánh, kiến nghị đúng hạn', targetPercent: 100 },
      { id: 'satisfaction', label: 'Mức độ hài lòng của người dân, doanh nghiệp', targetPercent: 90 },
      { id: 'eDocuments', label: 'Tỷ lệ xử lý văn bản trên môi trường mạng (cấp xã)', targetPercent: 80 },
    ],
  },
];

export interface ScoreGroup {
  id: string;
  label: string;
  maxPoints: number;
}

/** Quyết định 766/QĐ-TTg (23/6/2022): five groups, 100 points (agreed by several secondary sources). */
export const QD766_GROUPS: readonly ScoreGroup[] = [
  { id: 'transparency', label: 'Công khai, minh bạch', maxPoints: 18 },
  { id: 'progress', label: 'Tiến độ, kết quả giải quyết', maxPoints: 20 },
  { id: 'onlineServices', label: 'Cung cấp dịch vụ trực tuyến', maxPoints: 22 },
  { id: 'digitisation', label: 'Số hóa hồ sơ', maxPoints: 22 },
  { id: 'satisfaction', label: 'Mức độ hài lòng', maxPoints: 18 },
];

/** The targets for `year`, or those of the latest earlier year known (with `exact: false`). */
export function targetsForYear(year: number): { data: TargetYear; exact: boolean } {
  const known = [...INDICATOR_TARGETS].sort((a, b) => a.year - b.year);
  const exact = known.find((t) => t.year === year);
  if (exact) return { data: exact, exact: true };
  const earlier = known.filter((t) => t.year < year);
  return { data: earlier.length > 0 ? earlier[earlier.length - 1] : known[0], exact: false };
}

/**
 * Rating bands for the Quyết định 766 total. No official bands were found (FORMS.md): only the names are
 * proposed (a commune reported «Xuất sắc»); the minimum points are left empty for the unit to fill in.
 */
export const RATING_BAND_NAMES: readonly string[] = ['Xuất sắc', 'Tốt', 'Khá', 'Trung bình'];
export const RATING_BANDS_NOTE =
  'Thang xếp loại CHƯA CÓ NGUỒN CHÍNH THỨC: đơn vị tự nhập điểm tối thiểu của từng mức (và sửa tên mức) theo ' +
  'văn bản hướng dẫn của cấp trên. / Rating bands have no official source yet: enter them yourself.';

/**
 * Quyết định 766 component thresholds (secondary sources): full points at or above the threshold, rate × max /
 * threshold below it. Thresholds in percent points.
 */
export const QD766_THRESHOLDS: Readonly<Record<string, number>> = {
  onlineServices: 80,
  onlineDossiers: 50,
  onlinePaymentIntegrated: 80,
  digitisation: 80,
  dataReuse: 80,
  satisfaction: 90,
};
