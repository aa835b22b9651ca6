/**
 * Unique worksheet and defined names. Both renderers use these so a form never overwrites anything and the
 * Office.js and .xlsx outputs name things identically.
 */

const MAX_SHEET_NAME = 31;
const INVALID_SHEET_CHARS = /[[\]:*?/\\]/g;

/** Makes a valid Excel sheet name (≤ 31 characters, none of []:*?/\, not starting or ending with ') . */
export function sanitizeSheetName(proposed: string): string {
  const cleaned = proposed.replace(INVALID_SHEET_CHARS, '-').replace(/^'+|'+$/g, '').trim();
  return (cleaned || 'Biểu').slice(0, MAX_SHEET_NAME);
}

/** «II.06a», then «II.06a (2)», «II.06a (3)» … compared case-insensitively as Excel does. */
export function uniqueSheetName(proposed: string, existing: readonly string[]): string {
  const base = sanitizeSheetName(proposed);
  const taken = new Set(existing.map((n) => n.toLocaleLowerCase('vi')));
  if (!taken.has(base.toLocaleLowerCase('vi'))) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(candidate.toLocaleLowerCase('vi'))) return candidate;
  }
}

/** Defined names: letters, digits, «_» and «.»; unique in the workbook (KSTT_II06a, KSTT_II06a_2 …). */
export function uniqueDefinedName(proposed: string, existing: readonly string[]): string {
  let base = proposed.replace(/[^A-Za-z0-9_.]/g, '_');
  if (!/^[A-Za-z_]/.test(base)) base = `_${base}`;
  const taken = new Set(existing.map((n) => n.toUpperCase()));
  if (!taken.has(base.toUpperCase())) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base}_${i}`;
    if (!taken.has(candidate.toUpperCase())) return candidate;
  }
}
