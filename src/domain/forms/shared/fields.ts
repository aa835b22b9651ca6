/**
 * Default row lists: editable proposals, not law. Lĩnh vực names follow the sample reports and the
 * one-stop systems' catalogues; the user replaces them with their own list.
 */
import type { AdminLevel } from '../spec';

export const DEFAULT_FIELDS: Readonly<Record<AdminLevel, readonly string[]>> = {
  xa: [
    'Chứng thực',
    'Hộ tịch',
    'Đất đai',
    'Bảo trợ xã hội',
    'Người có công',
    'Thi đua - Khen thưởng',
    'Thành lập và hoạt động của hộ kinh doanh',
    'Xây dựng',
  ],
  huyen: [
    'Hộ tịch',
    'Chứng thực',
    'Đất đai',
    'Xây dựng',
    'Thành lập và hoạt động của hộ kinh doanh',
    'Giáo dục và Đào tạo',
    'Lao động, Thương binh và Xã hội',
    'Tài nguyên và Môi trường',
  ],
  tinh: [
    'Đất đai',
    'Xây dựng',
    'Đầu tư',
    'Thành lập và hoạt động doanh nghiệp',
    'Tư pháp',
    'Giáo dục và Đào tạo',
    'Y tế',
    'Giao thông vận tải',
    'Công Thương',
    'Nội vụ',
  ],
};

/** Default units for forms whose rows are đơn vị (II.05a, II.07b). */
export const DEFAULT_UNITS: Readonly<Record<AdminLevel, readonly string[]>> = {
  xa: ['UBND cấp xã'],
  huyen: ['Các cơ quan chuyên môn cấp huyện', 'UBND cấp xã'],
  tinh: ['Các sở, ban, ngành', 'UBND cấp huyện', 'UBND cấp xã'],
};
