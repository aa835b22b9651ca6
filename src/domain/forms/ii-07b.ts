/** Biểu số II.07b/VPCP/KSTT — TTHC under the one-stop mechanism and internal procedures, by level. */
import { DEFAULT_UNITS } from './shared/fields';
import { subsetCheck } from './shared/checks';
import { totalledGroup } from './shared/column-groups';
import { officialTableForm } from './shared/form-builders';
import type { ColumnNode } from './spec';

const LEVELS = [
  { suffix: 'Province', name: 'tỉnh' },
  { suffix: 'District', name: 'huyện' },
  { suffix: 'Commune', name: 'xã' },
] as const;

/** A header over its «Tổng số» column and one column for each level, ids `<prefix>Province` … */
function levelBlock(
  prefix: string,
  header: string,
  totalHeader: string,
  partHeader: (level: string) => string,
): ColumnNode {
  const parts = LEVELS.map((l) => ({
    id: `${prefix}${l.suffix}`,
    header: partHeader(l.name),
    kind: 'input' as const,
  }));
  return totalledGroup(header, `${prefix}Total`, parts, totalHeader);
}

const columns: ColumnNode[] = [
  { id: 'stt', header: 'STT', kind: 'stt' },
  { id: 'unit', header: 'Đơn vị', kind: 'label' },
  levelBlock(
    'auth',
    'Tổng số TTHC thuộc thẩm quyền giải quyết của địa phương',
    'Tổng số TTHC',
    (l) => `Cấp ${l}`,
  ),
  levelBlock('oneStop', 'TTHC được thực hiện theo CCMC, MCLT', 'Tổng số TTHC', (l) => `Tại BPMC cấp ${l}`),
  levelBlock(
    'proc',
    'Quy trình nội bộ giải quyết TTHC theo CCMC, MCLT được ban hành',
    'Tổng số quy trình',
    (l) => `Cấp ${l}`,
  ),
];

export const FORM_II_07B = officialTableForm(
  {
    code: 'II.07b',
    title: 'Tổng hợp số lượng thủ tục hành chính',
    shortName: 'TTHC theo cơ chế một cửa',
    reportedBy: 'UBND cấp tỉnh, cấp huyện, cấp xã',
    unitOfMeasure: 'Số TTHC; số quy trình',
    status: {
      layout: 'confirmed',
      source:
        'Mẫu in BaoCao07b và bản xuất XuatBaoCaoTongHop07b của HuanVu201/DichVuCong_KhoaLuan_PASETO ' +
        '(docs/sources/forms-research.md §D.4)',
      notes:
        'Cột và tiêu đề cột đúng nguyên văn phần mềm một cửa (CCMC, MCLT: cơ chế một cửa, một cửa liên thông); ' +
        'tiêu đề biểu lấy từ bản xuất của phần mềm (chứng cứ yếu). Công thức các cột «Tổng số» suy từ tên cột, không ' +
        'thấy in ở nguồn nào. Phần II (mô hình «4 tại chỗ») chưa có mẫu nên chưa đưa vào.',
    },
  },
  columns,
  { kind: 'list', itemNoun: 'đơn vị', defaults: DEFAULT_UNITS },
  LEVELS.map((l) =>
    subsetCheck(
      'columns',
      `oneStop${l.suffix}`,
      `auth${l.suffix}`,
      `Số TTHC thực hiện theo cơ chế một cửa cấp ${l.name} không vượt quá số TTHC thuộc thẩm quyền cấp ${l.name}.`,
    ),
  ),
);
