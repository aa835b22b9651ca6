/** Biểu số II.06b/VPCP/KSTT — the aggregate of the units' II.06a, grouped by level with subtotals. */
import { DOSSIER_CHECKS, dossierColumns } from './shared/dossier-columns';
import { DEFAULT_FIELDS } from './shared/fields';
import { officialTableForm } from './shared/form-builders';

export const FORM_II_06B = officialTableForm(
  {
    code: 'II.06b',
    title: 'Tình hình, kết quả giải quyết TTHC thuộc thẩm quyền',
    shortName: 'Kết quả giải quyết TTHC theo cấp',
    reportedBy: 'UBND cấp tỉnh, cấp huyện, cấp xã (tổng hợp từ Biểu II.06a của các cơ quan, đơn vị)',
    unitOfMeasure: 'Số hồ sơ TTHC',
    status: {
      layout: 'inferred',
      source:
        'Cột và nhóm theo cấp như bản xuất «Biểu số 06/VPCP/KSTT» theo các cấp của HuanVu201/DichVuCong_KhoaLuan_PASETO ' +
        '(docs/sources/forms-research.md §D.2); mã II.06b do báo cáo quý I/2026 của phường Tam Thanh dẫn chiếu',
      notes:
        'Tiêu đề và mã biểu chưa được xác nhận: phần mềm một cửa in «Biểu số 06/VPCP/KSTT» cho bảng này, không in ' +
        '«II.06b»; chưa đọc được Phụ lục II của Thông tư.',
    },
  },
  dossierColumns('Lĩnh vực, công việc giải quyết theo cấp'),
  {
    kind: 'grouped',
    itemNoun: 'lĩnh vực',
    groups: [
      // Group wording after the vendor's by-level export (forms-research.md §D.2) and FORMS.md.
      { stt: 'I', label: 'Cấp tỉnh (sở, ban, ngành)', rows: DEFAULT_FIELDS.tinh },
      // Cấp huyện ended with the two-tier local government on 1/7/2025; kept for earlier periods.
      {
        stt: 'II',
        label: 'Cấp huyện (huyện, thị xã, thành phố)',
        rows: DEFAULT_FIELDS.huyen,
        proposedUntil: '2025-07-01',
      },
      { stt: 'III', label: 'Cấp xã (xã, phường, thị trấn)', rows: DEFAULT_FIELDS.xa },
    ],
  },
  DOSSIER_CHECKS,
);
