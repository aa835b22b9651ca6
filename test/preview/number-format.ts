/**
 * Rough display of a cell value under an Excel number format, the way a Vietnamese-locale Excel shows it
 * (1.637; 99,39%). Only what the preview needs: grouping, fixed decimals, percent, text. Not a format engine.
 */
import type { CellValue } from '../fake-excel/model';

function groupVi(integerDigits: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function fixedVi(value: number, decimals: number, grouped: boolean): string {
  const sign = value < 0 ? '-' : '';
  const [integer, fraction] = Math.abs(value).toFixed(decimals).split('.');
  const head = grouped ? groupVi(integer) : integer;
  return sign + (fraction ? `${head},${fraction}` : head);
}

/** Decimals after the point in the first section of a format code like '#,##0.00' or '0.0%'. */
function decimalsOf(section: string): number {
  const match = /\.(0+)/.exec(section);
  return match ? match[1].length : 0;
}

/** Picks the format section Excel uses: positive;negative;zero (a negative section shows the absolute value). */
function chooseSection(value: number, numberFormat: string): { section: string; shown: number } {
  const sections = (numberFormat || 'General').split(';');
  if (value < 0 && sections[1] !== undefined) return { section: sections[1], shown: Math.abs(value) };
  if (value === 0 && sections[2] !== undefined) return { section: sections[2], shown: 0 };
  return { section: sections[0], shown: value };
}

/** Literal text of a section part: quoted strings and backslash escapes, without the quotes. */
function literal(part: string): string {
  return part.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
}

export function formatCellValue(value: CellValue, numberFormat: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const { section, shown } = chooseSection(value, numberFormat);
  if (section === 'General' || section === '@' || section === '') {
    // Excel's General shows up to ~10 significant digits with the locale's decimal comma and no grouping.
    return Number.isInteger(shown) ? String(shown) : String(Number(shown.toPrecision(10))).replace('.', ',');
  }
  const unquoted = section.replace(/"[^"]*"/g, '');
  const first = unquoted.search(/[0#?]/);
  if (first < 0) return literal(section); // e.g. "-" for zero
  const placeholders = /[0#?][0#?,.]*%?/.exec(unquoted)![0];
  const at = section.indexOf(placeholders);
  const prefix = literal(section.slice(0, at));
  const suffix = literal(section.slice(at + placeholders.length));
  const grouped = placeholders.includes(',');
  const body = placeholders.endsWith('%')
    ? `${fixedVi(shown * 100, decimalsOf(placeholders), grouped)}%`
    : fixedVi(shown, decimalsOf(placeholders), grouped);
  return prefix + body + suffix;
}
