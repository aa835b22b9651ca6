/**
 * The few numbers consolidation keeps from a recognised form. A unit's workbook is released as soon as
 * these are taken, so memory grows with the number of units × lĩnh vực, never with file sizes.
 */
import { leafColumns } from '../forms/spec';
import type { BodyRow, RecognisedForm } from '../read/types';

/** II.06a input columns, in printed order; the three «Tổng số» columns are formulas in the aggregate. */
export const DOSSIER_INPUTS = [
  'online',
  'direct',
  'carried',
  'early',
  'onTime',
  'late',
  'pendingOnTime',
  'pendingLate',
  'returned',
  'paused',
] as const;

const REQUIRED_DOSSIER_INPUTS = DOSSIER_INPUTS.filter((id) => id !== 'returned' && id !== 'paused');

export interface ExtractedRows {
  rows: { label: string; values: Record<string, number> }[];
  /** Vietnamese notes: missing columns, cells that are not numbers. */
  notes: string[];
}

function numberOf(row: BodyRow, id: string, unreadable: string[]): number {
  const read = row.values[id];
  if (!read) return 0;
  if (read.value === null) {
    // A date or text in a count is not a figure: counted as 0 and named (the checker's error marks the unit).
    unreadable.push(read.kind === 'date' ? `${read.address} ghi ngày tháng` : read.address);
    return 0;
  }
  return read.value;
}

function extract(form: RecognisedForm, ids: readonly string[], required: readonly string[]): ExtractedRows {
  const notes: string[] = [];
  const missing = required.filter((id) => !(id in form.columns));
  if (missing.length > 0) {
    const headers = leafColumns(form.spec.columns)
      .filter((l) => missing.includes(l.id))
      .map((l) => `«${l.header}»`);
    notes.push(`Trang «${form.sheet}» thiếu cột ${headers.join(', ')} (tính là 0).`);
  }
  const unreadable: string[] = [];
  const rows = form.dataRows.map((row) => {
    const values: Record<string, number> = {};
    for (const id of ids) if (id in form.columns) values[id] = numberOf(row, id, unreadable);
    return { label: row.label, values };
  });
  if (unreadable.length > 0) {
    const shown = unreadable.slice(0, 5).join(', ') + (unreadable.length > 5 ? ', …' : '');
    notes.push(
      `Trang «${form.sheet}»: ${unreadable.length} ô không đọc được thành số (${shown}), tính là 0.`,
    );
  }
  return { rows, notes };
}

/** Lĩnh vực rows of a II.06a with its input numbers. */
export function extractDossierRows(form: RecognisedForm): ExtractedRows {
  return extract(form, DOSSIER_INPUTS, REQUIRED_DOSSIER_INPUTS);
}

/** Input column ids of a form (what the aggregate writes; the rest are formulas). */
export function inputIds(form: RecognisedForm): string[] {
  return leafColumns(form.spec.columns)
    .filter((l) => l.kind === 'input')
    .map((l) => l.id);
}

/** The sum over a list form's data rows, by input column (a unit's line in II.05a or II.07b). */
export function extractUnitTotals(form: RecognisedForm): { values: Record<string, number>; notes: string[] } {
  const ids = inputIds(form).filter((id) => id in form.columns);
  const { rows, notes } = extract(form, ids, []);
  const values: Record<string, number> = {};
  for (const id of ids) values[id] = rows.reduce((sum, r) => sum + (r.values[id] ?? 0), 0);
  return { values, notes };
}

/** A fixed form's input cells (rows without their own formula): rowId -> columnId -> value. */
export function extractFixedValues(form: RecognisedForm): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  if (form.spec.rows.kind !== 'fixed') return out;
  const ids = inputIds(form).filter((id) => id in form.columns);
  for (const fixed of form.spec.rows.rows) {
    if (fixed.heading || fixed.formula) continue;
    const index = form.fixedRows[fixed.id];
    if (index === undefined) continue;
    const row = form.dataRows[index];
    for (const id of ids) {
      if (fixed.columns && !fixed.columns.includes(id)) continue;
      const v = row.values[id]?.value;
      if (typeof v === 'number') (out[fixed.id] ??= {})[id] = v;
    }
  }
  return out;
}
