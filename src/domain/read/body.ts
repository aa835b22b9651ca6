/** The rows under a recognised header: column numbers, data rows, groups, TỔNG CỘNG, fixed rows. */
import { leafColumns, type FixedRow, type FormSpec } from '../forms/spec';
import type { HeaderMatch } from './header';
import type { SheetIndex } from './sheet-index';
import { canonHeader, columnNumberOf, headersMatch, isRomanStt, isSignatureText, isTotalLabel } from './text';
import type { BodyRow, Conversion, GroupRow } from './types';
import { readValue } from './values';
import { parseViNumber } from '../format';

export interface Body {
  columnNumberRow: number | null;
  columnNumbers: Record<string, number>;
  dataRows: BodyRow[];
  groupRows: GroupRow[];
  totalRow: BodyRow | null;
  fixedRows: Record<string, number>;
  conversions: Conversion[];
  lastRow: number;
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

export function readBody(index: SheetIndex, match: HeaderMatch): Body {
  const { spec, columns } = match;
  const conversions: Conversion[] = [];
  let r = match.last + 1;
  let columnNumberRow: number | null = null;
  const printed = readColumnNumbers(index, r, match);
  if (printed) {
    columnNumberRow = r;
    r++;
  }
  const columnNumbers: Record<string, number> = {};
  for (const [id, c] of Object.entries(columns)) columnNumbers[id] = printed?.get(c) ?? c - match.firstCol + 1;

  const ids = valueColumnIds(spec, columns);
  const sttCol = columns.stt;
  const labelCol = leafColumns(spec.columns).find((l) => l.kind === 'label' && l.id in columns);
  const fixed = spec.rows.kind === 'fixed' ? spec.rows.rows : null;
  const takenFixed = new Set<string>();

  const dataRows: BodyRow[] = [];
  const groupRows: GroupRow[] = [];
  const fixedRows: Record<string, number> = {};
  let totalRow: BodyRow | null = null;
  let lastRow = columnNumberRow ?? match.last;
  let blankRun = 0;
  let currentGroup: GroupRow | null = null;
  const lastSheetRow = index.rows.length ? index.rows[index.rows.length - 1] : -1;

  for (; r <= lastSheetRow; r++) {
    let anyCell = false;
    let signature = false;
    let textInValues = 0;
    for (let c = match.firstCol; c <= match.lastCol; c++) {
      const v = index.cell(r, c)?.value;
      if (v === null || v === undefined || (typeof v === 'string' && !v.trim())) continue;
      anyCell = true;
      if (typeof v === 'string' && isSignatureText(v)) signature = true;
    }
    if (signature) break;
    if (!anyCell) {
      if (++blankRun >= 2 && (dataRows.length > 0 || groupRows.length > 0)) break;
      if (blankRun >= 3) break;
      continue;
    }
    blankRun = 0;
    const stt = sttCol !== undefined ? index.display(r, sttCol) : '';
    let label = labelCol ? index.text(r, columns[labelCol.id]) : '';
    // A group row printed as one merged cell across the row keeps its text in the first column.
    if (!label && stt && !isPlainNumber(stt) && !isRomanStt(stt)) label = stt;

    const values: BodyRow['values'] = {};
    const conversionsBefore = conversions.length;
    let anyValue = false;
    for (const id of ids) {
      const cell = index.cell(r, columns[id]);
      if (typeof cell?.value === 'string' && cell.value.trim() && !parseViNumber(cell.value) && !/^[-–—]$/.test(cell.value.trim()))
        textInValues++;
      const value = readValue(r, columns[id], cell, conversions);
      values[id] = value;
      if (value.kind !== 'blank') anyValue = true;
    }
    // Words in number columns and no number at all (or words in several): a header, not a row of figures.
    const anyNumber = Object.values(values).some((v) => v.kind === 'number' || v.kind === 'text-number');
    if ((textInValues >= 2 || (textInValues >= 1 && !anyNumber)) && !isTotalLabel(label) && !isTotalLabel(stt)) {
      conversions.length = conversionsBefore; // nothing of this row belongs to the table
      break;
    }
    if (!anyValue && !stt && !label) {
      // Text only in columns the form does not have (a header line the form lacks, a note): not a row of the form.
      conversions.length = conversionsBefore;
      if (++blankRun >= 2 && (dataRows.length > 0 || groupRows.length > 0)) break;
      continue;
    }
    const row: BodyRow = { row: r, stt, label, values };
    lastRow = r;

    if (fixed) {
      const fr = matchFixedRow(label, fixed, takenFixed);
      if (fr) {
        takenFixed.add(fr.id);
        fixedRows[fr.id] = dataRows.length;
      }
      dataRows.push(row);
      continue;
    }
    if (spec.totalRow && (isTotalLabel(label) || isTotalLabel(stt))) {
      totalRow = row;
      break;
    }
    const isGroup = isRomanStt(stt) || (!anyValue && !isPlainNumber(stt) && label.trim() !== '');
    if (isGroup) {
      currentGroup = { ...row, hasSubtotal: anyValue, members: [] };
      groupRows.push(currentGroup);
      continue;
    }
    if (currentGroup) currentGroup.members.push(dataRows.length);
    dataRows.push(row);
  }
  return { columnNumberRow, columnNumbers, dataRows, groupRows, totalRow, fixedRows, conversions, lastRow };
}
