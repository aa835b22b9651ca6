/**
 * The rows under a recognised header: column numbers, data rows, groups, TỔNG CỘNG, fixed rows.
 *
 * No row between the header and TỔNG CỘNG is lost: blank rows inside a table do not end it when figures or
 * TỔNG CỘNG follow, a row of figures without a name is a data row, a row of figures with words in some count
 * cells is a data row, and a label is never read as a header. A total-like row in the middle of the table is a
 * subtotal when it adds up the rows above it (left out of the figures), a data row otherwise; either way it is
 * reported in `notes`, as is a row of figures without a name.
 */
import { leafColumns, type FixedRow, type FormSpec } from '../forms/spec';
import type { HeaderMatch } from './header';
import type { SheetIndex } from './sheet-index';
import { canonHeader, columnNumberOf, headersMatch, isRomanStt, isSignatureText, isTotalLabel } from './text';
import type { BodyRow, Conversion, GroupRow, ReadNote } from './types';
import { readValue } from './values';
import { ref } from '../layout/a1';

export interface Body {
  columnNumberRow: number | null;
  columnNumbers: Record<string, number>;
  dataRows: BodyRow[];
  groupRows: GroupRow[];
  totalRow: BodyRow | null;
  fixedRows: Record<string, number>;
  conversions: Conversion[];
  lastRow: number;
  notes: ReadNote[];
}

/** Columns whose cells are read as numbers. */
function valueColumnIds(spec: FormSpec, columns: Record<string, number>): string[] {
  return leafColumns(spec.columns)
    .filter((l) => (l.kind === 'input' || l.kind === 'computed' || l.kind === 'rate') && l.id in columns)
    .map((l) => l.id);
}

function readColumnNumbers(index: SheetIndex, row: number, match: HeaderMatch): Map<number, number> | null {
  const found = new Map<number, number>();
  let other = 0;
  for (let c = match.firstCol; c <= match.lastCol; c++) {
    const v = index.cell(row, c)?.value ?? null;
    if (v === null || v === '') continue;
    const n = columnNumberOf(v);
    if (n === null) other++;
    else found.set(c, n);
  }
  const width = match.lastCol - match.firstCol + 1;
  return other === 0 && found.size >= Math.max(2, Math.ceil(width / 2)) ? found : null;
}

function matchFixedRow(label: string, rows: readonly FixedRow[], taken: Set<string>): FixedRow | undefined {
  const want = canonHeader(label);
  if (!want) return undefined;
  return (
    rows.find((r) => !r.heading && !taken.has(r.id) && canonHeader(r.label) === want) ??
    rows.find((r) => !r.heading && !taken.has(r.id) && headersMatch(canonHeader(r.label), want))
  );
}

function isPlainNumber(text: string): boolean {
  return /^\d+\.?$/.test(text.trim());
}

/** One sheet row as the table sees it. */
type RowRead =
  /** Nothing in the table's columns (or text only in columns the form does not have). */
  | { kind: 'blank' }
  /** The signature block, or words in the number columns (the header of what follows). */
  | { kind: 'end' }
  | {
      kind: 'row';
      row: BodyRow;
      /** Some value cell is not blank. */
      anyValue: boolean;
      /** Value cells holding a number (typed or as text). */
      numbers: number;
      isTotal: boolean;
      conversions: Conversion[];
    };

const BLANK: RowRead = { kind: 'blank' };
const END: RowRead = { kind: 'end' };

/** Index of the first entry of the ascending `rows` that is ≥ `row`. */
function lowerBound(rows: readonly number[], row: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid] < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function readBody(index: SheetIndex, match: HeaderMatch): Body {
  const { spec, columns } = match;
  let start = match.last + 1;
  let columnNumberRow: number | null = null;
  const printed = readColumnNumbers(index, start, match);
  if (printed) {
    columnNumberRow = start;
    start++;
  }
  const columnNumbers: Record<string, number> = {};
  for (const [id, c] of Object.entries(columns)) columnNumbers[id] = printed?.get(c) ?? c - match.firstCol + 1;

  const ids = valueColumnIds(spec, columns);
  const valueCols = ids.map((id) => columns[id]);
  const sttCol = columns.stt;
  const labelLeaf = leafColumns(spec.columns).find((l) => l.kind === 'label' && l.id in columns);
  const labelCol = labelLeaf ? columns[labelLeaf.id] : undefined;
  const fixed = spec.rows.kind === 'fixed' ? spec.rows.rows : null;
  const itemNoun = spec.rows.kind === 'fixed' ? 'dòng' : spec.rows.itemNoun;
  const rateIds = new Set(leafColumns(spec.columns).filter((l) => l.kind === 'rate').map((l) => l.id));

  /**
   * `probe`: reading ahead for a row of words (below) — such a row then counts as the end, so looking ahead never
   * chains from one row of words to the next.
   */
  const readRow = (r: number, probe = false): RowRead => {
    const cells = index.rowArray(r);
    if (!cells) return BLANK;
    const conversions: Conversion[] = [];
    const values: BodyRow['values'] = {};
    let anyValue = false;
    let numbers = 0;
    let textInValues = 0;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k];
      const col = valueCols[k];
      const value = readValue(r, col, cells[col], conversions);
      values[id] = value;
      if (value.kind !== 'blank') anyValue = true;
      if (value.kind === 'number' || value.kind === 'text-number' || value.kind === 'date') numbers++;
      else if (value.kind === 'text') textInValues++;
    }
    // Rows of figures cannot be the signature block: only rows without a number are scanned for it.
    if (numbers === 0) {
      let anyCell = false;
      for (let c = match.firstCol; c <= match.lastCol; c++) {
        const cell = cells[c];
        if (!cell) continue;
        const v = cell.value;
        if (v === null || (typeof v === 'string' && !v.trim())) continue;
        anyCell = true;
        if (typeof v === 'string' && isSignatureText(v)) return END;
      }
      if (!anyCell) return BLANK;
    }
    const stt = sttCol !== undefined ? index.display(r, sttCol) : '';
    let label = labelCol !== undefined ? index.text(r, labelCol) : '';
    // A group row printed as one merged cell across the row keeps its text in the first column.
    if (!label && stt && !isPlainNumber(stt) && !isRomanStt(stt)) label = stt;
    const isTotal = !!spec.totalRow && (isTotalLabel(label) || isTotalLabel(stt));
    // Words in number columns and no number at all: the header of what follows — unless the row is numbered like
    // a row of the table (STT 2, 3 …) or rows of figures or TỔNG CỘNG follow right under it: then it is a row whose
    // count cells hold words («không», «chưa có»), type errors, and the rows below it are not lost. A row with
    // figures and words in some count cells stays a row for the same reason.
    if (textInValues >= 1 && numbers === 0 && !isTotal) {
      if (probe || !(isPlainNumber(stt) || (label !== '' && figuresFollow(r)))) return END;
    }
    // Text only in columns the form does not have (a header line the form lacks, a note): not a row of the form.
    if (!anyValue && !stt && !label) return BLANK;
    return { kind: 'row', row: { row: r, stt, label, values }, anyValue, numbers, isTotal, conversions };
  };

  /** The next row with cells (at most one blank row between) is a row of figures or TỔNG CỘNG. */
  const figuresFollow = (r: number): boolean => {
    const p = lowerBound(sheetRows, r + 1);
    if (p >= sheetRows.length || sheetRows[p] > r + 2) return false;
    const next = readRow(sheetRows[p], true);
    return next.kind === 'row' && (next.isTotal || next.numbers > 0);
  };

  /** A row that starts a group (a roman STT, or a name without figures). */
  const isGroupRow = (read: Extract<RowRead, { kind: 'row' }>): boolean =>
    !fixed && !read.isTotal && (isRomanStt(read.row.stt) || (!read.anyValue && !isPlainNumber(read.row.stt) && read.row.label !== ''));

  // Rows holding cells, ascending: the table is walked over these, blank rows in between are skipped by number.
  const sheetRows = index.rows;
  // Rows read ahead (after blank rows, to see whether the table goes on), kept until the walk reaches them.
  const readAhead = new Map<number, RowRead>();
  const readAt = (r: number, ahead: boolean): RowRead => {
    const known = readAhead.get(r);
    if (known && !ahead) readAhead.delete(r);
    if (known) return known;
    const read = readRow(r);
    if (ahead) readAhead.set(r, read);
    return read;
  };
  /** The next row from position `p` of `sheetRows` that is not blank, with the blank rows before it. */
  const nextFrom = (p: number, after: number, ahead = false): { p: number; read: RowRead; gap: number } | null => {
    for (; p < sheetRows.length; p++) {
      const read = readAt(sheetRows[p], ahead);
      if (read.kind !== 'blank') return { p, read, gap: sheetRows[p] - after - 1 };
    }
    return null;
  };
  /**
   * After two or more blank rows: does the table go on? It does when figures, TỔNG CỘNG, or a group row with
   * figures under it follow; a title, a note or the next table's header ends it.
   */
  const goesOn = (p: number, read: RowRead): boolean => {
    if (read.kind !== 'row') return false;
    if (read.isTotal || (read.numbers > 0 && !isGroupRow(read))) return true;
    if (!isGroupRow(read)) return false;
    const next = nextFrom(p + 1, sheetRows[p], true);
    return !!next && next.gap <= 1 && next.read.kind === 'row' && !isGroupRow(next.read) && (next.read.isTotal || next.read.numbers > 0);
  };

  const conversions: Conversion[] = [];
  const notes: ReadNote[] = [];
  const takenFixed = new Set<string>();
  const dataRows: BodyRow[] = [];
  const groupRows: GroupRow[] = [];
  const fixedRows: Record<string, number> = {};
  let totalRow: BodyRow | null = null;
  let lastRow = columnNumberRow ?? match.last;
  let currentGroup: GroupRow | null = null;
  /** First data row after the last group start or subtotal: what a «Cộng» row below would add up. */
  let segmentStart = 0;
  /** A total-like row with data rows above it: TỔNG CỘNG if the table ends here, else settled by `settle`. */
  let pendingTotal: BodyRow | null = null;

  const pushData = (row: BodyRow) => {
    if (currentGroup) currentGroup.members.push(dataRows.length);
    dataRows.push(row);
  };
  /** A total-like row with rows of the table below it: a subtotal when it adds up its rows, else a lĩnh vực. */
  const settle = (row: BodyRow) => {
    const segment = dataRows.slice(segmentStart);
    const addsUp =
      segment.length > 0 &&
      ids.every((id) => {
        if (rateIds.has(id)) return true; // rates do not add up
        let sum = 0;
        for (const d of segment) sum += d.values[id].value ?? NaN;
        const stated = row.values[id].value;
        return stated !== null && Math.abs(stated - sum) < 1e-9;
      });
    if (addsUp) {
      notes.push(innerTotalNote(row, columns, labelCol, true));
      segmentStart = dataRows.length;
    } else {
      notes.push(innerTotalNote(row, columns, labelCol, false));
      pushData(row);
    }
  };

  for (let p = lowerBound(sheetRows, start); ; ) {
    const next = nextFrom(p, lastRow);
    if (!next || next.read.kind !== 'row') break;
    const read = next.read;
    p = next.p + 1;
    if (totalRow || pendingTotal) {
      // After TỔNG CỘNG only more rows of figures continue the table (software that prints the total first, a
      // «Cộng» under each group), or a later TỔNG CỘNG.
      const more = read.isTotal || (isGroupRow(read) ? goesOn(next.p, read) : read.numbers >= 2);
      if (next.gap > 1 || !more) break;
    } else if (next.gap >= 2 && !goesOn(next.p, read)) break;
    const row = read.row;
    conversions.push(...read.conversions);
    lastRow = row.row;

    if (fixed) {
      const fr = matchFixedRow(row.label, fixed, takenFixed);
      if (fr) {
        takenFixed.add(fr.id);
        fixedRows[fr.id] = dataRows.length;
      }
      dataRows.push(row);
      continue;
    }
    if (pendingTotal) {
      settle(pendingTotal);
      pendingTotal = null;
    }
    if (read.isTotal) {
      // Printed first (above every row) it is TỔNG CỘNG; below rows, it is TỔNG CỘNG only if the table ends there.
      if (dataRows.length === 0 && !totalRow) totalRow = row;
      else pendingTotal = row;
      continue;
    }
    if (isGroupRow(read)) {
      currentGroup = { ...row, hasSubtotal: read.anyValue, members: [] };
      groupRows.push(currentGroup);
      segmentStart = dataRows.length;
      continue;
    }
    if (!row.label && (!row.stt || isPlainNumber(row.stt)) && read.numbers > 0) notes.push(namelessNote(row, labelCol, itemNoun));
    pushData(row);
  }
  if (pendingTotal) {
    if (totalRow) notes.push(innerTotalNote(totalRow, columns, labelCol, true));
    totalRow = pendingTotal;
  }
  return { columnNumberRow, columnNumbers, dataRows, groupRows, totalRow, fixedRows, conversions, lastRow, notes };
}

function namelessNote(row: BodyRow, labelCol: number | undefined, itemNoun: string): ReadNote {
  const address = ref(row.row, labelCol ?? 0);
  return {
    severity: 'warning',
    row: row.row,
    address,
    message: `Dòng ${row.row + 1} có số liệu nhưng không ghi tên ${itemNoun} (ô ${address} để trống): số liệu vẫn được tính, đề nghị ghi tên.`,
    messageEn: `Row ${row.row + 1} has figures but no name (cell ${address} is empty); its figures are counted.`,
  };
}

/**
 * A total-like row («Cộng», «Tổng») with rows of the table below it: a subtotal (its figures add up the rows
 * above it, left out of the figures) or a lĩnh vực so named (read as a data row).
 */
function innerTotalNote(row: BodyRow, columns: Record<string, number>, labelCol: number | undefined, subtotal: boolean): ReadNote {
  const name = row.label || row.stt;
  const address = ref(row.row, labelCol ?? columns.stt ?? 0);
  return subtotal
    ? {
        severity: 'info',
        row: row.row,
        address,
        message: `Dòng ${row.row + 1} («${name}») nằm giữa bảng và bằng tổng các dòng bên trên: được coi là dòng cộng, không tính thêm vào số liệu.`,
        messageEn: `Row ${row.row + 1} («${name}») inside the table adds up the rows above it: read as a subtotal, not added again.`,
      }
    : {
        severity: 'warning',
        row: row.row,
        address,
        message: `Dòng ${row.row + 1} ghi «${name}» như dòng tổng cộng nhưng nằm giữa bảng và không bằng tổng các dòng bên trên: được đọc như một dòng số liệu; nếu là dòng cộng, hãy kiểm tra lại.`,
        messageEn: `Row ${row.row + 1} («${name}») looks like a total but is inside the table and does not add up the rows above it: read as a data row.`,
      };
}
