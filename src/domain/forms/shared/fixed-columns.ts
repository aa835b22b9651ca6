/** Column sets shared by the fixed-row summary forms (one value per row). */
import type { ColumnNode } from '../spec';

/** STT · Nội dung · Số lượng · Ghi chú. */
export function valueColumns(valueHeader = 'Số lượng'): ColumnNode[] {
  return [
    { id: 'stt', header: 'STT', kind: 'stt' },
    { id: 'item', header: 'Nội dung', kind: 'label', width: 60 },
    { id: 'value', header: valueHeader, kind: 'input', width: 14 },
    { id: 'note', header: 'Ghi chú', kind: 'text', width: 24 },
  ];
}

/** STT · Nội dung · Đơn vị tính · Số lượng · Ghi chú, for forms whose rows count different things. */
export function valueColumnsWithUnit(valueHeader = 'Số lượng'): ColumnNode[] {
  return [
    { id: 'stt', header: 'STT', kind: 'stt' },
    { id: 'item', header: 'Nội dung', kind: 'label', width: 60 },
    { id: 'unit', header: 'Đơn vị tính', kind: 'text', width: 12 },
    { id: 'value', header: valueHeader, kind: 'input', width: 16 },
    { id: 'note', header: 'Ghi chú', kind: 'text', width: 20 },
  ];
}
