/**
 * The 13 columns of the dossier forms (II.06a, II.06b) plus the two optional Nghị định 118/2025 columns.
 * Header wording follows the II.06a print template and by-level export of a provincial one-stop system
 * (docs/sources/forms-research.md §D.1, §D.2); the formulas (3)=(4)+(5)+(6), (7)=(8)+(9)+(10),
 * (11)=(12)+(13) are printed in a 2024 town report's II.06a (shared/domain/FORMS.md).
 */
import type { ColumnNode, FormCheck } from '../spec';

export function dossierColumns(labelHeader: string): ColumnNode[] {
  return [
    { id: 'stt', header: 'STT', kind: 'stt' },
    { id: 'field', header: labelHeader, kind: 'label' },
    {
      header: 'Số hồ sơ nhận giải quyết',
      children: [
        {
          id: 'received',
          header: 'Tổng số',
          kind: 'computed',
          formula: { sum: ['online', 'direct', 'carried'] },
        },
        {
          header: 'Trong kỳ',
          children: [
            { id: 'online', header: 'Trực tuyến', kind: 'input' },
            { id: 'direct', header: 'Trực tiếp, dịch vụ bưu chính', kind: 'input' },
          ],
        },
        { id: 'carried', header: 'Từ kỳ trước', kind: 'input' },
      ],
    },
    {
      header: 'Số hồ sơ đã giải quyết',
      children: [
        {
          id: 'resolved',
          header: 'Tổng số',
          kind: 'computed',
          formula: { sum: ['early', 'onTime', 'late'] },
        },
        { id: 'early', header: 'Trước hạn', kind: 'input' },
        { id: 'onTime', header: 'Đúng hạn', kind: 'input' },
        { id: 'late', header: 'Quá hạn', kind: 'input' },
      ],
    },
    {
      header: 'Số hồ sơ đang giải quyết',
      children: [
        {
          id: 'pending',
          header: 'Tổng số',
          kind: 'computed',
          formula: { sum: ['pendingOnTime', 'pendingLate'] },
        },
        { id: 'pendingOnTime', header: 'Trong hạn', kind: 'input' },
        { id: 'pendingLate', header: 'Quá hạn', kind: 'input' },
      ],
    },
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
  {
    id: 'balance:received',
    rule: 'balance',
    axis: 'columns',
    left: ['received'],
    right: ['resolved', 'pending', 'returned', 'paused'],
    // An error: a count typed wrong in a workbook Excel has recalculated leaves every sum right, only this rule
    // still sees it (issue 16).
    severity: 'error',
    description:
      'Số hồ sơ nhận giải quyết bằng số đã giải quyết cộng số đang giải quyết (và số không đủ điều kiện, tạm dừng nếu có).',
  },
  {
    id: 'cross:online',
    rule: 'cross-form',
    key: 'ho-so-truc-tuyen',
    axis: 'columns',
    ids: ['online'],
    at: 'total',
    severity: 'warning',
    description: 'Số hồ sơ tiếp nhận trực tuyến khớp với mục thực hiện TTHC trên môi trường điện tử.',
  },
  {
    id: 'cross:new',
    rule: 'cross-form',
    key: 'ho-so-tiep-nhan-moi',
    axis: 'columns',
    ids: ['online', 'direct'],
    at: 'total',
    severity: 'warning',
    description: 'Số hồ sơ tiếp nhận mới trong kỳ khớp giữa các biểu.',
  },
  {
    id: 'carry-over',
    rule: 'carry-over',
    current: ['carried'],
    previous: ['pending'],
    severity: 'warning',
    description: 'Số hồ sơ từ kỳ trước bằng số hồ sơ đang giải quyết của báo cáo kỳ trước.',
  },
];
