/** Biểu số II.07b/VPCP/KSTT — TTHC under the one-stop mechanism and internal procedures, by level. */
import { DEFAULT_UNITS } from './shared/fields';
import { checksFromColumns, type ColumnNode, type FormCheck, type FormSpec } from './spec';

const LEVELS = [
  { suffix: 'Province', name: 'tỉnh' },
  { suffix: 'District', name: 'huyện' },
  { suffix: 'Commune', name: 'xã' },
] as const;

function levelBlock(
  prefix: string,
  header: string,
  totalHeader: string,
  partHeader: (level: string) => string,
): ColumnNode {
  return {
    header,
    children: [
      {
        id: `${prefix}Total`,
        header: totalHeader,
        kind: 'computed',
        formula: { sum: LEVELS.map((l) => `${prefix}${l.suffix}`) },
      },
      ...LEVELS.map((l) => ({
        id: `${prefix}${l.suffix}`,
        header: partHeader(l.name),
        kind: 'input' as const,
      })),
    ],
  };
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

const levelSubsets: FormCheck[] = LEVELS.map((l) => ({
  id: `subset:oneStop${l.suffix}`,
  rule: 'subset',
  axis: 'columns',
  part: [`oneStop${l.suffix}`],
  whole: [`auth${l.suffix}`],
  severity: 'error',
  description: `Số TTHC thực hiện theo cơ chế một cửa cấp ${l.name} không vượt quá số TTHC thuộc thẩm quyền cấp ${l.name}.`,
}));

export const FORM_II_07B: FormSpec = {
  code: 'II.07b',
  printedCode: 'Biểu số II.07b/VPCP/KSTT',
  officialCode: true,
  title: 'Tổng hợp số lượng thủ tục hành chính',
  shortName: 'TTHC theo cơ chế một cửa',
  reportedBy: 'UBND cấp tỉnh, cấp huyện, cấp xã',
  unitOfMeasure: 'Số TTHC; số quy trình',
  legalBasis: 'TT01/2020',
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
  columns,
  rows: { kind: 'list', itemNoun: 'đơn vị', defaults: DEFAULT_UNITS },
  totalRow: true,
  columnNumberRow: true,
  checks: [...checksFromColumns(columns, true), ...levelSubsets],
};
