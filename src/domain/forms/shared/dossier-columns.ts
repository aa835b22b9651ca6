/**
 * The 13 columns of the dossier forms (II.06a, II.06b) plus the two optional Nghị định 118/2025 columns.
 * Header wording follows the II.06a print template and by-level export of a provincial one-stop system
 * (docs/sources/forms-research.md §D.1, §D.2); the formulas (3)=(4)+(5)+(6), (7)=(8)+(9)+(10),
 * (11)=(12)+(13) are printed in a 2024 town report's II.06a (shared/domain/FORMS.md).
 */
import { type ColumnNode, type FormCheck } from '../spec';
import { balanceCheck, crossFormCheck } from './checks';
import { totalledGroup } from './column-groups';

/** (7)=(8)+(9)+(10): resolved dossiers before, on and after the deadline (also the per-unit appendix KSTT-PL). */
export const RESOLVED_COLUMNS: ColumnNode = totalledGroup('Số hồ sơ đã giải quyết', 'resolved', [
  { id: 'early', header: 'Trước hạn', kind: 'input' },
  { id: 'onTime', header: 'Đúng hạn', kind: 'input' },
  { id: 'late', header: 'Quá hạn', kind: 'input' },
]);

export function dossierColumns(labelHeader: string): ColumnNode[] {
  return [
    { id: 'stt', header: 'STT', kind: 'stt' },
    { id: 'field', header: labelHeader, kind: 'label' },
    totalledGroup('Số hồ sơ nhận giải quyết', 'received', [
      {
        header: 'Trong kỳ',
        children: [
          { id: 'online', header: 'Trực tuyến', kind: 'input' },
          { id: 'direct', header: 'Trực tiếp, dịch vụ bưu chính', kind: 'input' },
        ],
      },
      { id: 'carried', header: 'Từ kỳ trước', kind: 'input' },
    ]),
    RESOLVED_COLUMNS,
    totalledGroup('Số hồ sơ đang giải quyết', 'pending', [
      { id: 'pendingOnTime', header: 'Trong hạn', kind: 'input' },
      { id: 'pendingLate', header: 'Quá hạn', kind: 'input' },
    ]),
    {
      id: 'returned',
      header: 'Số hồ sơ không đủ điều kiện giải quyết (trả lại)',
      kind: 'input',
      optional: 'returned',
    },
    { id: 'paused', header: 'Số hồ sơ tạm dừng giải quyết', kind: 'input', optional: 'paused' },
  ];
}

/** Rules beyond the column formulas, shared by II.06a and II.06b. */
export const DOSSIER_CHECKS: readonly FormCheck[] = [
  balanceCheck(
    'columns',
    'received',
    ['resolved', 'pending', 'returned', 'paused'],
    // An error: a count typed wrong in a workbook Excel has recalculated leaves every sum right, only this rule
    // still sees it (issue 16).
    'Số hồ sơ nhận giải quyết bằng số đã giải quyết cộng số đang giải quyết (và số không đủ điều kiện, tạm dừng nếu có).',
  ),
  crossFormCheck(
    'online',
    'columns',
    'online',
    'Số hồ sơ tiếp nhận trực tuyến khớp với mục thực hiện TTHC trên môi trường điện tử.',
  ),
  crossFormCheck(
    'new',
    'columns',
    ['online', 'direct'],
    'Số hồ sơ tiếp nhận mới trong kỳ khớp giữa các biểu.',
  ),
  {
    id: 'carry-over',
    rule: 'carry-over',
    current: ['carried'],
    previous: ['pending'],
    severity: 'warning',
    description: 'Số hồ sơ từ kỳ trước bằng số hồ sơ đang giải quyết của báo cáo kỳ trước.',
  },
];
