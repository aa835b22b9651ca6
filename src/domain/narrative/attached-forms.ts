/**
 * «Kèm theo biểu»: each recognised form as a table to attach at the end of the report — the cells of its sheet from
 * the header to TỔNG CỘNG as the workbook shows them (numbers in Vietnamese format, merged header cells kept as
 * spans), so the attached form is the one the figures were read from, not a re-rendering.
 */
import { formatCount, formatDecimal, formatPercent } from '../format';
import type { InputCell, InputSheet, InputWorkbook, RecognisedForm } from '../read/types';

export interface AttachedCell {
  text: string;
  /** Columns this cell covers (a merged header). */
  span: number;
  bold: boolean;
  centred: boolean;
}

export interface AttachedTable {
  /** «Biểu số II.06a/VPCP/KSTT» */
  code: string;
  title: string;
  /** «Kỳ báo cáo: …», «Đơn vị tính: …» */
  subtitles: string[];
  /** The first rows are the header (repeated on each page). */
  headerRows: number;
  rows: AttachedCell[][];
  /** Relative column widths (the label column is wider). */
  columnWeights: number[];
}

function cellText(cell: InputCell | undefined): string {
  if (!cell || cell.value === null) return '';
  const { value } = cell;
  if (typeof value === 'number') {
    if (cell.numberFormat?.includes('%'))
      return formatPercent(value * 100, 2, { input: 'percent', trimTrailingZeros: true });
    return Number.isInteger(value) ? formatCount(value) : formatDecimal(value, 2);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value.trim();
}

function tableOf(form: RecognisedForm, sheet: InputSheet): AttachedTable {
  const first = form.headerRows.first;
  const last = form.lastRow;
  const byPos = new Map(sheet.cells.map((c) => [`${c.row},${c.col}`, c]));
  const inRows = sheet.cells.filter((c) => c.row >= first && c.row <= last && cellText(c) !== '');
  const usedCols = [...new Set([...inRows.map((c) => c.col), ...Object.values(form.columns)])].sort(
    (a, b) => a - b,
  );
  const firstCol = usedCols[0] ?? 0;
  const lastCol = usedCols[usedCols.length - 1] ?? 0;
  const spans = new Map<string, number>();
  const covered = new Set<string>();
  for (const m of sheet.merges ?? []) {
    if (m.row < first || m.row > last || m.colCount < 2) continue;
    const from = Math.max(m.col, firstCol);
    const to = Math.min(m.col + m.colCount - 1, lastCol);
    for (let r = m.row; r < m.row + m.rowCount; r++) {
      spans.set(`${r},${from}`, to - from + 1);
      for (let c = from + 1; c <= to; c++) covered.add(`${r},${c}`);
    }
  }
  const labelCol = form.columns['field'] ?? form.columns['item'] ?? form.columns['unit'] ?? null;
  const rows: AttachedCell[][] = [];
  for (let r = first; r <= last; r++) {
    const row: AttachedCell[] = [];
    const isTotal = form.totalRow?.row === r;
    for (let c = firstCol; c <= lastCol; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const text = cellText(byPos.get(`${r},${c}`));
      row.push({
        text,
        span: spans.get(`${r},${c}`) ?? 1,
        bold: isTotal,
        centred: r <= form.headerRows.last || c !== labelCol,
      });
    }
    rows.push(row);
  }
  const columnWeights = [];
  for (let c = firstCol; c <= lastCol; c++) columnWeights.push(c === labelCol ? 4 : 1);
  const subtitles: string[] = [];
  if (form.period.label?.text) subtitles.push(`Kỳ báo cáo: ${form.period.label.text.trim()}`);
  if (form.spec.unitOfMeasure) subtitles.push(`Đơn vị tính: ${form.spec.unitOfMeasure}`);
  return {
    code: form.printedCode?.text.trim() || form.spec.printedCode,
    title: form.spec.title,
    subtitles,
    headerRows: form.headerRows.last - first + 1,
    rows,
    columnWeights,
  };
}

/** The forms that hold figures (the «Đề cương» outline sheet is not a form to attach), in workbook order. */
export function attachedTables(forms: readonly RecognisedForm[], workbook: InputWorkbook): AttachedTable[] {
  return forms
    .filter((form) => form.code !== 'KSTT-DC')
    .flatMap((form) => {
      const sheet = workbook.sheets.find((s) => s.name === form.sheet);
      return sheet ? [tableOf(form, sheet)] : [];
    });
}
