/**
 * A1 addresses for the adapter. Column letters and boxes come from the domain (one implementation shared with
 * the layout engine and the .xlsx renderer); only what Office.js alone needs is added here.
 */
export { boxAddress, cellAddress, columnLetters } from '../domain/layout/a1';

/** Whole rows as Office.js page layout wants them for print titles: zero-based 0..4 -> «$1:$5». */
export function rowSpanAddress(first: number, last: number): string {
  return `$${first + 1}:$${last + 1}`;
}
