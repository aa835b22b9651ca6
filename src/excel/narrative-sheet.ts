/**
 * «Ghi vào trang Thuyết minh»: writes the drafted outline into a worksheet, one line per row in column A.
 *
 * The add-in recognises its own narrative sheet by a workbook-scoped defined name (NARRATIVE_SHEET_MARKER) that
 * points at A1 of that sheet. Excel keeps the name pointing at the sheet when the user renames it, and a user sheet
 * that merely happens to be called «Thuyết minh» has no such name, so it is never touched: the outline then goes
 * into «Thuyết minh (2)». Replacing the add-in's own sheet needs `replaceOwn: true` (the pane asks first), because
 * Office.js changes cannot be undone with Ctrl+Z.
 *
 * Round trips: one sync to look (sheet names + the marker), one to write. Everything is ExcelApi ≤ 1.4.
 * If Excel refuses part of the write, what was created is deleted again (host-errors.ts, withRollback).
 */
import { deleteCreated, withRollback } from './host-errors';

/** The defined name marking the add-in's narrative sheet. */
// One underscore: «KSTT__…» names are form markers (src/domain/layout/form-marker.ts), this is not one.
export const NARRATIVE_SHEET_MARKER = 'KSTT_ThuyetMinh';
export const NARRATIVE_SHEET_NAME = 'Thuyết minh';
/** Where a replacement is written before it takes the old sheet's name and place. */
const REPLACEMENT_SHEET_NAME = 'KSTT_ThuyetMinh_moi';

export type NarrativeLineStyle = 'title' | 'subtitle' | 'heading1' | 'heading2' | 'paragraph' | 'flag';

export interface NarrativeLine {
  text: string;
  style: NarrativeLineStyle;
}

export type NarrativeSheetResult =
  /** The add-in's own sheet exists and `replaceOwn` was not given: nothing was written. */
  | { kind: 'exists'; sheetName: string }
  | { kind: 'written'; sheetName: string; replaced: boolean; rows: number };

/** About the text width of an A4 portrait page (points); wrapped text does the rest. */
const COLUMN_WIDTH = 480;
const FONT = 'Times New Roman';

/** «'Thuyết minh (2)'!$A$1» → «Thuyết minh (2)»; null for #REF! (the sheet was deleted) or anything else. */
export function markerSheet(reference: unknown): string | null {
  if (typeof reference !== 'string') return null;
  const match = /^=?(?:'((?:[^']|'')+)'|([^'!#\s]+))!\$?A\$?1$/i.exec(reference.trim());
  if (!match) return null;
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2]!;
}

/** «Thuyết minh», else «Thuyết minh (2)», «(3)» … — Excel compares sheet names without case. */
export function freeSheetName(taken: readonly string[], base = NARRATIVE_SHEET_NAME): string {
  const used = new Set(taken.map((name) => name.toLocaleLowerCase('vi')));
  if (!used.has(base.toLocaleLowerCase('vi'))) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!used.has(candidate.toLocaleLowerCase('vi'))) return candidate;
  }
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Text is written with a leading apostrophe so «- Tiếp nhận …» or «01» stays text (Excel drops the apostrophe). */
function asTypedText(text: string): string {
  return `'${text}`;
}

function styleRow(range: Excel.Range, style: NarrativeLineStyle): void {
  const font = range.format.font;
  switch (style) {
    case 'title':
      font.bold = true;
      font.size = 14;
      range.format.horizontalAlignment = 'Center';
      break;
    case 'subtitle':
      font.italic = true;
      range.format.horizontalAlignment = 'Center';
      break;
    case 'heading1':
      font.bold = true;
      break;
    case 'heading2':
      font.bold = true;
      font.italic = true;
      break;
    case 'flag':
      font.italic = true;
      font.color = '#C00000';
      break;
    case 'paragraph':
      break;
  }
}

/**
 * Writes `lines` into a new narrative sheet, or into the add-in's own one when `replaceOwn` is true. Two syncs.
 * A sheet named «Thuyết minh» without the marker is the user's: a free name is used instead.
 */
export function writeNarrativeSheet(
  excel: typeof Excel,
  lines: readonly NarrativeLine[],
  options: {
    replaceOwn?: boolean;
    /** Another marker and sheet name (the self-test writes its own, never touching the official's). */
    marker?: string;
    sheetName?: string;
  } = {},
): Promise<NarrativeSheetResult> {
  const markerName = options.marker ?? NARRATIVE_SHEET_MARKER;
  const baseName = options.sheetName ?? NARRATIVE_SHEET_NAME;
  // What this write created, for the clean-up if Excel refuses part of it (see withRollback).
  const created = { sheets: [] as string[], names: [] as string[] };
  let replacing: string | null = null;
  const write = () =>
    excel.run(async (context): Promise<NarrativeSheetResult> => {
      const workbook = context.workbook;
      const sheets = workbook.worksheets.load('items/name');
      const marker = workbook.names.getItemOrNullObject(markerName).load('type,value');
      await context.sync();

      const names = sheets.items.map((s) => s.name);
      const ownName = marker.isNullObject ? null : markerSheet(marker.value);
      const own = ownName !== null && names.includes(ownName) ? ownName : null;
      if (own !== null && !options.replaceOwn) return { kind: 'exists', sheetName: own };

      // The new text goes into a sheet of its own first; the old sheet is deleted and the marker moved only after
      // everything was written, so a refusal half-way leaves the user's sheet as it was.
      const sheetName = own ?? freeSheetName(names, baseName);
      const buildName = own === null ? sheetName : freeSheetName(names, REPLACEMENT_SHEET_NAME);
      created.sheets.push(buildName);
      replacing = own;
      if (marker.isNullObject) created.names.push(markerName);

      const sheet = workbook.worksheets.add(buildName);
      const column = sheet.getRange('A:A');
      column.format.columnWidth = COLUMN_WIDTH;
      if (lines.length > 0) {
        const body = sheet.getRangeByIndexes(0, 0, lines.length, 1);
        body.values = lines.map((line) => [asTypedText(line.text)]);
        body.format.wrapText = true;
        body.format.verticalAlignment = 'Top';
        body.format.font.name = FONT;
        body.format.font.size = 13;
        // One queued format per styled line: no extra round trips (all go out with the sync below).
        lines.forEach((line, i) => {
          if (line.style !== 'paragraph') styleRow(sheet.getRangeByIndexes(i, 0, 1, 1), line.style);
        });
        // Wrapped paragraphs need taller rows; Excel does not always grow rows written through the API.
        body.format.autofitRows();
      }
      if (own !== null) {
        workbook.worksheets.getItem(own).delete();
        sheet.name = own;
        sheet.position = names.indexOf(own);
      }
      // A marker whose sheet is gone (#REF!) or that pointed at the replaced sheet: a fresh one points at the new.
      if (!marker.isNullObject) marker.delete();
      workbook.names.add(
        markerName,
        `=${quoteSheet(sheetName)}!$A$1`,
        'Trang thuyết minh do add-in KSTT soạn',
      );
      sheet.activate();
      await context.sync();
      return { kind: 'written', sheetName, replaced: own !== null, rows: lines.length };
    });
  return withRollback(write, () =>
    replacing === null ? deleteCreated(excel, created) : finishOrUndoReplacement(excel, replacing, created.sheets[0]),
  );
}

/**
 * After a refused replacement: while the old sheet still exists, the half-written new one is deleted; once the old
 * one is gone (the refusal came at the very end), the new one takes its name so the text is not lost either.
 */
function finishOrUndoReplacement(excel: typeof Excel, own: string, buildName: string): Promise<'nothing-to-undo' | void> {
  return excel.run(async (context): Promise<'nothing-to-undo' | void> => {
    const old = context.workbook.worksheets.getItemOrNullObject(own);
    const built = context.workbook.worksheets.getItemOrNullObject(buildName);
    await context.sync();
    if (built.isNullObject) return 'nothing-to-undo';
    if (!old.isNullObject) built.delete();
    else built.name = own;
    await context.sync();
  });
}
