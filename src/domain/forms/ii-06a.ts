/** Biểu số II.06a/VPCP/KSTT — dossiers at the unit that resolves them, one row per lĩnh vực. */
import { DOSSIER_CHECKS, dossierColumns } from './shared/dossier-columns';
import { DEFAULT_FIELDS } from './shared/fields';
import { officialTableForm } from './shared/form-builders';

export const FORM_II_06A = officialTableForm(
  {
    code: 'II.06a',
    title: 'Tình hình, kết quả giải quyết TTHC tại cơ quan, đơn vị trực tiếp giải quyết TTHC',
    shortName: 'Kết quả giải quyết TTHC',
    reportedBy:
      'UBND cấp xã; cơ quan chuyên môn thuộc UBND cấp tỉnh, cấp huyện; đơn vị thuộc bộ, cơ quan ngang bộ; cơ quan ngành dọc',
    unitOfMeasure: 'Số hồ sơ TTHC',
    status: {
      layout: 'confirmed',
      source:
        'Biểu II.06a in trong báo cáo năm 2024 của một thị xã (có công thức cột); mẫu in BaoCao06a và bản xuất ' +
        'XuatBaoCaoTongHop06CacCap của HuanVu201/DichVuCong_KhoaLuan_PASETO (docs/sources/forms-research.md §D.1, §D.2)',
      notes:
        'Phụ lục II của Thông tư chưa đọc được nguyên văn. Công thức cột (3)=(4)+(5)+(6) … chỉ thấy trong báo cáo năm ' +
        '2024; phần mềm một cửa in dòng số cột 1 … 13 không công thức. Hai cột «Không đủ điều kiện», «Tạm dừng» (Nghị định ' +
        '118/2025/NĐ-CP) là cột tùy chọn, không thuộc mẫu in.',
    },
  },
  dossierColumns('Lĩnh vực giải quyết'),
  { kind: 'list', itemNoun: 'lĩnh vực', defaults: DEFAULT_FIELDS },
  DOSSIER_CHECKS,
);
