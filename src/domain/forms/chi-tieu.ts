/**
 * «Chỉ tiêu»: the year's targets (Nghị quyết 01/NQ-CP, 02/NQ-CP) against the unit's results, and the
 * Quyết định 766/QĐ-TTg groups with their maximum points. Targets and points are prefilled input cells
 * the user can edit; other years' targets go through `FormOptions.prefill` (see `chiTieuPrefill`).
 */
import { subsetCheck } from './shared/checks';
import { checksFromColumns, type ColumnNode, type FixedRow, type FormSpec } from './spec';
import { INDICATOR_TARGETS, QD766_GROUPS, targetsForYear } from './targets-data';

const columns: ColumnNode[] = [
  { id: 'stt', header: 'STT', kind: 'stt' },
  { id: 'item', header: 'Chỉ tiêu', kind: 'label', width: 50 },
  { id: 'target', header: 'Mục tiêu (%)', kind: 'input', numberFormat: '0', width: 10 },
  {
    header: 'Kết quả thực hiện',
    children: [
      { id: 'numerator', header: 'Tử số', kind: 'input' },
      { id: 'denominator', header: 'Mẫu số', kind: 'input' },
      {
        id: 'result',
        header: 'Tỷ lệ đạt',
        kind: 'rate',
        formula: { ratio: { numerator: ['numerator'], denominator: ['denominator'] } },
        targetColumn: 'target',
      },
      // «Đạt» / «Chưa đạt»: a formula written by src/domain/indicators (a text column here, so the generic
      // engine leaves the cell to it).
      { id: 'verdict', header: 'Đánh giá', kind: 'text', width: 11 },
    ],
  },
  {
    header: 'Chấm điểm (Quyết định 766/QĐ-TTg)',
    children: [
      { id: 'maxPoints', header: 'Điểm tối đa', kind: 'input', width: 10 },
      {
        id: 'points',
        header: 'Điểm đạt',
        kind: 'input',
        width: 10,
        allowDecimals: true,
        numberFormat: '0.0#',
      },
    ],
  },
  { id: 'note', header: 'Nguồn số liệu, ghi chú', kind: 'text', width: 30 },
];

const baseYear = INDICATOR_TARGETS[INDICATOR_TARGETS.length - 1];
const TARGET_COLUMNS = ['target', 'numerator', 'denominator', 'result', 'verdict', 'note'];
const POINT_COLUMNS = ['maxPoints', 'points'];

const rows: FixedRow[] = [
  {
    id: 'targetsHeading',
    stt: 'A',
    label: `Chỉ tiêu theo Nghị quyết 01/NQ-CP, 02/NQ-CP năm ${baseYear.year}`,
    heading: true,
  },
  ...baseYear.targets.map((t, i) => ({
    id: `target:${t.id}`,
    stt: String(i + 1),
    label: t.label,
    columns: TARGET_COLUMNS,
    prefill: { target: t.targetPercent },
  })),
  { id: 'scoreHeading', stt: 'B', label: 'Bộ chỉ số theo Quyết định 766/QĐ-TTg (100 điểm)', heading: true },
  ...QD766_GROUPS.map((g, i) => ({
    id: `score:${g.id}`,
    stt: String(i + 1),
    label: g.label,
    columns: POINT_COLUMNS,
    prefill: { maxPoints: g.maxPoints },
  })),
  {
    id: 'scoreTotal',
    stt: '',
    label: 'Tổng điểm',
    columns: POINT_COLUMNS,
    formula: { sum: QD766_GROUPS.map((g) => `score:${g.id}`) },
  },
  {
    // The band is a lookup in the user's own band table (src/domain/indicators): no official bands were found.
    id: 'scoreRating',
    stt: '',
    label: 'Xếp loại (theo thang điểm do đơn vị nhập bên dưới)',
    columns: ['note'],
  },
];

/** `FormOptions.prefill` for another year's targets (falls back to the latest known year). */
export function chiTieuPrefill(year: number): {
  prefill: Record<string, Record<string, number>>;
  exact: boolean;
} {
  const { data, exact } = targetsForYear(year);
  const prefill: Record<string, Record<string, number>> = {};
  for (const t of data.targets) prefill[`target:${t.id}`] = { target: t.targetPercent };
  return { prefill, exact };
}

export const FORM_CHI_TIEU: FormSpec = {
  code: 'KSTT-CT',
  printedCode: 'Biểu KSTT-CT (bảng theo dõi chỉ tiêu, không phải mẫu chính thức)',
  officialCode: false,
  title: 'Kết quả thực hiện các chỉ tiêu về kiểm soát thủ tục hành chính',
  shortName: 'Chỉ tiêu',
  reportedBy: 'Cơ quan, đơn vị tự theo dõi',
  unitOfMeasure: 'Tỷ lệ (%), điểm',
  legalBasis: 'TT01/2020',
  status: {
    layout: 'inferred',
    source: `${baseYear.source}; Quyết định 766/QĐ-TTg ngày 23/6/2022 (nguồn thứ cấp)`,
    notes:
      'Chỉ tiêu các năm sau 2024 chưa tìm thấy: mục tiêu và điểm tối đa là ô nhập, người dùng sửa được. ' +
      'Thang xếp loại (Xuất sắc, Tốt …) chưa có nguồn chính thức: là bảng để đơn vị tự nhập.',
  },
  columns,
  rows: { kind: 'fixed', rows },
  totalRow: false,
  columnNumberRow: true,
  sheetName: 'Chỉ tiêu',
  checks: [
    ...checksFromColumns(columns, false),
    subsetCheck('columns', 'numerator', 'denominator', 'Tử số không vượt quá mẫu số.'),
    subsetCheck('columns', 'points', 'maxPoints', 'Điểm đạt không vượt quá điểm tối đa.'),
  ],
};
