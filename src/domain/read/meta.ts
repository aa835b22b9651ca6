/** What a form states around its table: printed code, kỳ báo cáo, «(Từ ngày … đến ngày …)», report date. */
import { ref } from '../layout/a1';
import { parseDate, parsePeriodLabel } from '../period';
import { SheetIndex } from './sheet-index';
import { fold } from './text';
import type { InputSheet, PeriodFound, TextFound } from './types';

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
      const colon = t.text.search(/[:：]/);
      let after = colon >= 0 ? t.text.slice(colon + 1).trim() : t.text;
      let at = t.address;
      // «Kỳ báo cáo:» alone, the period in the next cell of the row (or the cell below).
      if (colon >= 0 && after === '') {
        const near = nextText(index, t.row, t.address);
        if (near) ({ text: after, address: at } = near);
      }
      found.label = { text: after.normalize('NFC'), address: at };
      found.parsed = parsePeriodLabel(after);
    }
    if (!found.range && s.includes('tu ngay')) {
      // «(Từ ngày» and the dates may be split over the row's cells.
      const m = RANGE.exec(s) ?? RANGE.exec(fold(rowText(index, t.row)));
      if (m) {
        found.range = { text: t.text, address: t.address };
        found.fromText = m[1].replace(/[(),]/g, '').trim();
        found.toText = m[2].replace(/[(),]/g, '').trim();
      }
    }
  }
  return found;
}

/** The row's texts joined left to right. */
function rowText(index: SheetIndex, row: number): string {
  return index
    .rowCells(row)
    .map((c) => index.display(c.row, c.col))
    .filter(Boolean)
    .join(' ');
}

/** The first text right of `address` in its row, else in the row below. */
function nextText(index: SheetIndex, row: number, address: string): TextFound | null {
  const col = index.rowCells(row).find((c) => ref(c.row, c.col) === address)?.col ?? -1;
  for (const cell of index.rowCells(row)) {
    if (cell.col > col && index.display(cell.row, cell.col)) return { text: index.display(cell.row, cell.col), address: ref(cell.row, cell.col) };
  }
  for (const cell of index.rowCells(row + 1)) {
    if (cell.col >= col && index.display(cell.row, cell.col)) return { text: index.display(cell.row, cell.col), address: ref(cell.row, cell.col) };
  }
  return null;
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

// ---------------------------------------------------------------------------------------------------------
// The reporting unit of the title block. Units copy the printed block by hand, so the label comes in many
// shapes: «- Đơn vị báo cáo: UBND xã A», «ĐƠN VỊ BÁO CÁO:» with the name in the next (or merged) cell to its
// right or in the cell below, «Tên đơn vị: …», NFD text, in any column of the first rows.

/** Labels (folded, without list marks) that introduce the reporting unit's name. */
const UNIT_LABEL = /^(don vi bao cao|ten don vi bao cao|ten don vi|co quan bao cao|co quan, don vi bao cao)(?=$|[\s:：])/;
/** Texts that are another line of the title block, never a unit's name. */
const OTHER_LABEL = /^(don vi nhan bao cao|noi nhan|ky bao cao|don vi tinh|bieu (mau )?so|\(?tu ngay|ngay \S+ thang)/;
const LIST_MARK = /^[\s\-–—•*+·]+/u;
const TITLE_ROWS = 15;

/** A blank to be filled in («……», «....», «___»), or nothing. */
function isPlaceholder(text: string): boolean {
  return /^[\s.…_:;,\-–]*$/u.test(text);
}

/** The part of `text` after its first `words` words (and a colon), in the original spelling. */
function afterWords(text: string, words: number): string {
  const parts = text.replace(/[:：]/, ': ').trim().split(/\s+/);
  return parts
    .slice(words)
    .join(' ')
    .replace(/^[:：\s]+/u, '')
    .trim();
}

function cleanName(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().replace(/[.;,]+$/u, '');
}

/** A cell's text usable as a unit's name: not blank, not a placeholder, not another label. */
function nameCandidate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.normalize('NFC').replace(LIST_MARK, '').trim();
  if (isPlaceholder(text) || OTHER_LABEL.test(fold(text)) || UNIT_LABEL.test(fold(text))) return null;
  return cleanName(text);
}

/** The name beside or below a label cell that holds no name itself. */
function nameNear(index: SheetIndex, row: number, col: number): string | null {
  // Right: the next non-empty cell of the row (a merged cell's value sits in its top-left, also to the right).
  for (const cell of index.rowCells(row)) {
    if (cell.col <= col || cell.value === null || String(cell.value).trim() === '') continue;
    return nameCandidate(cell.value);
  }
  // Below: the cell under the label, or anywhere under the label's merged span.
  const merge = index.merges.find((m) => m.row <= row && row < m.row + m.rowCount && m.col <= col && col < m.col + m.colCount);
  const from = merge ? merge.col : col;
  const to = merge ? merge.col + merge.colCount - 1 : col;
  const below = (merge ? merge.row + merge.rowCount : row + 1);
  for (let r = below; r <= below + 1; r++) {
    for (const cell of index.rowCells(r)) {
      if (cell.col < from || cell.col > to) continue;
      const name = nameCandidate(cell.value);
      if (name) return name;
    }
  }
  return null;
}

/** The reporting unit printed in one sheet's title block, or null. */
export function findReportingUnitInSheet(sheet: InputSheet, scanRows = TITLE_ROWS): TextFound | null {
  const index = new SheetIndex({ ...sheet, cells: sheet.cells.filter((c) => c.row < scanRows + 2) });
  for (const r of index.rows) {
    if (r >= scanRows) break;
    for (const cell of index.rowCells(r)) {
      if (typeof cell.value !== 'string') continue;
      const text = cell.value.normalize('NFC').replace(LIST_MARK, '').trim();
      const folded = fold(text);
      const label = UNIT_LABEL.exec(folded);
      if (!label) continue;
      const inCell = afterWords(text, label[1].split(' ').length);
      const name = isPlaceholder(inCell) ? nameNear(index, r, cell.col) : cleanName(inCell);
      if (name) return { text: name, address: ref(cell.row, cell.col) };
    }
  }
  return null;
}

/**
 * The reporting unit of a workbook: from the sheets holding `preferSheets` first (the unit's II.06a), then any
 * other sheet; null when no sheet names one (or only «……» is written).
 */
export function findReportingUnit(sheets: readonly InputSheet[], preferSheets: readonly string[] = []): string | null {
  const ordered = [
    ...sheets.filter((s) => preferSheets.includes(s.name)),
    ...sheets.filter((s) => !preferSheets.includes(s.name)),
  ];
  for (const sheet of ordered) {
    const found = findReportingUnitInSheet(sheet);
    if (found) return found.text;
  }
  return null;
}
