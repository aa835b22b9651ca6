/** What a form states around its table: printed code, kỳ báo cáo, «(Từ ngày … đến ngày …)», report date. */
import { ref } from '../layout/a1';
import { parseDate, parsePeriodLabel } from '../period';
import type { SheetIndex } from './sheet-index';
import { fold } from './text';
import type { PeriodFound, TextFound } from './types';

export interface PrintedCode extends TextFound {
  /** 'II.06a', 'II.06' (the software's «Biểu số 06/VPCP/KSTT»), 'KSTT-DT' … */
  code: string;
}

const OFFICIAL_CODE = /bieu(?: mau)?(?: so)?\s*((?:ii\s*\.?\s*)?)(\d{1,2})\s*([a-z])?\s*\/\s*vpcp/;
const LOCAL_CODE = /bieu(?: so)?\s*(kstt\s*-\s*[a-z]{2})\b/;

export function parsePrintedCode(text: string): string | null {
  const s = fold(text);
  const official = OFFICIAL_CODE.exec(s);
  if (official) return `II.${official[2].padStart(2, '0')}${official[3] ?? ''}`;
  const local = LOCAL_CODE.exec(s);
  return local ? local[1].replace(/\s+/g, '').toUpperCase() : null;
}

function* textCells(index: SheetIndex, fromRow: number, toRow: number): Generator<TextFound & { row: number }> {
  for (const r of index.rows) {
    if (r < fromRow) continue;
    if (r > toRow) break;
    for (const cell of index.rowCells(r)) {
      if (typeof cell.value === 'string' && cell.value.trim()) {
        yield { text: cell.value.trim(), address: ref(cell.row, cell.col), row: r };
      }
    }
  }
}

export function findPrintedCode(index: SheetIndex, fromRow: number, toRow: number): PrintedCode | null {
  for (const t of textCells(index, fromRow, toRow)) {
    const code = parsePrintedCode(t.text);
    if (code) return { text: t.text, address: t.address, code };
  }
  return null;
}

const RANGE = /tu ngay\s*(.+?)\s*den(?: ngay)?\s*(.+?)\s*\)?\s*$/;

export function findPeriod(index: SheetIndex, fromRow: number, toRow: number): PeriodFound {
  const found: PeriodFound = { label: null, parsed: null, range: null, fromText: null, toText: null };
  for (const t of textCells(index, fromRow, toRow)) {
    const s = fold(t.text);
    if (!found.label && s.includes('ky bao cao')) {
      const after = t.text.includes(':') ? t.text.slice(t.text.indexOf(':') + 1).trim() : t.text;
      found.label = { text: after, address: t.address };
      found.parsed = parsePeriodLabel(after);
    }
    if (!found.range) {
      const m = RANGE.exec(s);
      if (m) {
        found.range = { text: t.text, address: t.address };
        found.fromText = m[1].replace(/[(),]/g, '').trim();
        found.toText = m[2].replace(/[(),]/g, '').trim();
      }
    }
  }
  return found;
}

const REPORT_DATE = /ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})/;

export function findReportDate(
  index: SheetIndex,
  ranges: readonly { from: number; to: number }[],
): (TextFound & { iso: string | null }) | null {
  for (const { from, to } of ranges) {
    for (const t of textCells(index, from, to)) {
      const s = fold(t.text);
      if (s.startsWith('(tu ngay') || s.includes('tu ngay')) continue;
      const m = REPORT_DATE.exec(s);
      if (m) return { text: t.text, address: t.address, iso: parseDate(`${m[1]}/${m[2]}/${m[3]}`) };
    }
  }
  return null;
}
