/**
 * The add-in's own marker for "this sheet holds form X": one workbook-level defined name per rendered form,
 * covering the whole form, e.g. `KSTT__II.06a__TT01_2020` (a second copy of the same form becomes
 * `KSTT__II.06a__TT01_2020_2`).
 *
 * Why a defined name: it survives Excel, Excel on the web, LibreOffice and exceljs round trips, moves with the
 * sheet when rows are inserted, is readable through Office.js from ExcelApi 1.4 (below our 1.8 floor) and does
 * not clear the user's undo history (custom XML parts do). Its range tells which sheet and which cells the form
 * occupies; its text tells which form and which legal basis.
 *
 * Pure string functions: no exceljs, no Office.js, so both renderers and the reader can share them.
 */

export const FORM_MARKER_PREFIX = 'KSTT__';
const SEPARATOR = '__';

export interface FormMarker {
  /** The code as encoded in the name: «II.06a» comes back as is, a local «KSTT-CB» as «KSTT_CB» (see markerIsFor). */
  formCode: string;
  legalBasis: string;
  /** 1 for the first copy in a workbook, 2 for the `_2` copy … */
  copy: number;
}

/** Defined names allow letters, digits, «_» and «.»: form codes keep their dots, «/» in the basis becomes «_». */
function encodePart(text: string): string {
  return text.replace(/[^A-Za-z0-9.]/g, '_');
}

/** The proposed marker name (before workbook-uniqueness suffixes). */
export function formMarkerName(formCode: string, legalBasis: string): string {
  return `${FORM_MARKER_PREFIX}${encodePart(formCode)}${SEPARATOR}${encodePart(legalBasis)}`;
}

/**
 * Reads a marker name back; null when the name is not one of ours. The copy suffix is at most three digits so
 * the year in `TT01_2020` is never mistaken for it.
 */
export function parseFormMarkerName(name: string): FormMarker | null {
  const match = /^KSTT__(.+?)__(.+?)(?:_(\d{1,3}))?$/i.exec(name);
  if (!match) return null;
  const [, code, basis, copy] = match;
  return {
    formCode: code,
    // `TT01_2020` was `TT01/2020`: the only «_» a basis is expected to carry is the one before its year.
    legalBasis: basis.replace(/_(\d{4})$/, '/$1'),
    copy: copy ? Number(copy) : 1,
  };
}

/** Whether a parsed marker denotes this form code (compared in encoded form, case-insensitively). */
export function markerIsFor(marker: FormMarker, formCode: string): boolean {
  return encodePart(marker.formCode).toUpperCase() === encodePart(formCode).toUpperCase();
}
