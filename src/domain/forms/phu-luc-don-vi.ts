/**
 * Phụ lục kết quả giải quyết TTHC theo đơn vị — the per-unit appendix a consolidating office attaches to its
 * report (one row per unit, grouped by level, like the 2017 Bỉm Sơn report's «PHỤ LỤC II»). No official code
 * is known: local code KSTT-PL. Figures come from the units' Biểu II.06a; `src/domain/consolidate` fills them.
 */
import { subsetCheck } from './shared/checks';
import { RESOLVED_COLUMNS } from './shared/dossier-columns';
import { checksFromColumns, type ColumnNode, type FormSpec } from './spec';

const columns: ColumnNode[] = [
  { id: 'stt', header: 'STT', kind: 'stt' },
  { id: 'unit', header: 'Tên đơn vị', kind: 'label' },
  { id: 'received', header: 'Tổng số hồ sơ đã nhận', kind: 'input' },
  RESOLVED_COLUMNS,
  { id: 'pending', header: 'Số hồ sơ đang giải quyết', kind: 'input' },
  {
    id: 'onTimeRate',
    header: 'Tỷ lệ giải quyết trước hạn, đúng hạn',
    kind: 'rate',
    formula: { ratio: { numerator: ['early', 'onTime'], denominator: ['resolved'] } },
  },
];

export const FORM_PHU_LUC_DON_VI: FormSpec = {
  code: 'KSTT-PL',
  printedCode: 'Phụ lục KSTT-PL (mẫu tham khảo, không phải mẫu chính thức)',
  officialCode: false,
  title: 'Kết quả giải quyết thủ tục hành chính của các cơ quan, đơn vị',
  shortName: 'Phụ lục theo đơn vị',
  reportedBy: 'UBND cấp tỉnh, cấp huyện (tổng hợp từ Biểu II.06a của các cơ quan, đơn vị)',
  unitOfMeasure: 'Số hồ sơ TTHC',
  legalBasis: 'TT01/2020',
  status: {
    layout: 'inferred',
    source:
      'Theo «PHỤ LỤC II — Kết quả thực hiện cơ chế một cửa, cơ chế một cửa liên thông của UBND cấp huyện và cấp xã» ' +
      'kèm báo cáo quý I/2017 của thị xã Bỉm Sơn (shared/domain/reports/bim-son-quy-1-2017.txt); cột theo Biểu II.06a',
    notes: 'Không có mã chính thức; phụ lục tổng hợp do đơn vị cấp trên tự lập.',
  },
  columns,
  rows: {
    kind: 'grouped',
    itemNoun: 'đơn vị',
    groups: [
      // Editable proposals for a blank appendix; a consolidation replaces them with the units that reported.
      {
        stt: 'I',
        label: 'Cấp tỉnh (sở, ban, ngành)',
        rows: [
          'Sở Tư pháp',
          'Sở Xây dựng',
          'Sở Nông nghiệp và Môi trường',
          'Sở Công Thương',
          'Sở Y tế',
          'Sở Nội vụ',
        ],
      },
      { stt: 'II', label: 'Cấp huyện', rows: ['UBND cấp huyện'], proposedUntil: '2025-07-01' },
      { stt: 'III', label: 'Cấp xã (xã, phường, thị trấn)', rows: ['UBND cấp xã'] },
    ],
  },
  totalRow: true,
  columnNumberRow: true,
  sheetName: 'Phụ lục đơn vị',
  checks: [
    ...checksFromColumns(columns, true),
    subsetCheck(
      'columns',
      'resolved',
      'received',
      'Số hồ sơ đã giải quyết không vượt quá tổng số hồ sơ đã nhận.',
    ),
  ],
};
