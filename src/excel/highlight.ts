/**
 * «Đánh dấu trên bảng» / «Bỏ đánh dấu»: colours each finding's cell and explains it in a note, then puts
 * everything back exactly as it was.
 *
 * What is written where:
 * - the fill of each finding's cell (error red-ish, warning amber, info light blue);
 * - a note (ExcelApi 1.18) or, where notes are missing, a comment (1.10) with the Vietnamese sentence; below 1.10
 *   only the fill. A cell that already has a note or a comment keeps it untouched: ours is skipped and reported;
 * - a record of exactly what changed (cell, previous fill, whether we added a note/comment and its text) in the
 *   very hidden worksheet «KSTT_DanhDau». A sheet in the workbook survives closing the task pane and e-mailing the
 *   file, and writing cells never clears the user's undo history (custom XML parts and settings would).
 *
 * «Bỏ đánh dấu» reads that record, restores each previous fill — unless the user has recoloured the cell since —,
 * deletes only the notes/comments we added whose text is still ours, and deletes the record.
 *
 * Round trips are constant: highlighting costs 2 syncs (load previous fills and existing notes in one, write
 * everything in one) plus one when comments must be located (1.10–1.17, or any comment present), plus the one-sync
 * check for an earlier record. Removing costs 1 sync when there is nothing to remove, otherwise 4 (5 with comments).
 * Nothing depends on the number of cells.
 *
 * «No fill» reads back as #FFFFFF through ExcelApi 1.8 (RangeFill.pattern, which tells them apart, is 1.9), so a
 * white previous fill is recorded as «none» and restored with fill.clear(): on a default sheet they look the same.
 */
import type { Finding, FindingSeverity } from '../domain/checks';
import { API_FEATURES } from './api-features';
import { withRollback } from './host-errors';
import type { ApiSupport } from './render-plan';
import { HIGHLIGHT_RECORD_SHEET } from './read-grid';

export { HIGHLIGHT_RECORD_SHEET };

/** Fill colours per severity: light enough for black digits to stay readable when printed. */
export const HIGHLIGHT_FILLS: Readonly<Record<FindingSeverity, string>> = {
  error: '#F8CBAD',
  warning: '#FFE699',
  info: '#DDEBF7',
};

export const NOTES_API = API_FEATURES.notes.set;
export const COMMENTS_API = API_FEATURES.comments.set;

/** How the explanation is attached on this host. */
export type AnnotationKind = 'note' | 'comment' | 'none';

export interface HighlightResult {
  /** Cells coloured (several findings on one cell count once). */
  marked: number;
  annotation: AnnotationKind;
  /** Cells where the user already had a note or comment: ours was not added there. «Sheet!C9». */
  keptUserNotes: string[];
}

export interface RemoveResult {
  /** Cells whose previous fill was put back. */
  restored: number;
  /** Notes or comments of ours that were deleted. */
  notesRemoved: number;
  /** Cells left alone because the user changed them after highlighting (fill or note text). «Sheet!C9». */
  keptUserChanges: string[];
  /** False when there was nothing to remove (no record). */
  hadRecord: boolean;
}

/** One row of the record sheet. */
interface RecordRow {
  sheet: string;
  cell: string;
  /** '#RRGGBB' or '' for no fill. */
  previousFill: string;
  fill: string;
  added: AnnotationKind;
  text: string;
}

const RECORD_HEADER = [
  'Trang tính',
  'Ô',
  'Màu nền trước',
  'Màu đánh dấu',
  'Ghi chú do add-in thêm',
  'Nội dung',
];
const SEVERITY_RANK: Record<FindingSeverity, number> = { error: 3, warning: 2, info: 1 };

interface CellMark {
  sheet: string;
  cell: string;
  severity: FindingSeverity;
  text: string;
}

/** Several findings on one cell become one mark: the gravest colour, every sentence in the note. */
export function marksOf(findings: readonly Finding[]): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const finding of findings) {
    const severity: FindingSeverity = finding.severity in SEVERITY_RANK ? finding.severity : 'error';
    const key = `${finding.sheet}!${finding.cell.toUpperCase()}`;
    const mark = byCell.get(key);
    if (!mark) {
      byCell.set(key, {
        sheet: finding.sheet,
        cell: finding.cell.toUpperCase(),
        severity,
        text: finding.message,
      });
      continue;
    }
    if (SEVERITY_RANK[severity] > SEVERITY_RANK[mark.severity]) mark.severity = severity;
    if (!mark.text.split('\n').includes(finding.message)) mark.text += `\n${finding.message}`;
  }
  return [...byCell.values()];
}

function annotationFor(supports: ApiSupport): AnnotationKind {
  if (supports(NOTES_API)) return 'note';
  if (supports(COMMENTS_API)) return 'comment';
  return 'none';
}

/** The note text: a short signature so the user knows who wrote it and how to remove it. */
export function noteText(text: string): string {
  return `Báo cáo KSTT — kiểm tra số liệu:\n${text}\n(Bấm «Bỏ đánh dấu» trong add-in để xóa.)`;
}

function normalisedFill(color: string | null | undefined): string {
  const upper = (color ?? '').toUpperCase();
  return upper === '#FFFFFF' ? '' : upper;
}

const cellId = (sheet: string, cell: string) => `${sheet}!${cell.toUpperCase()}`;

/**
 * Where, on the given sheets, a comment thread already sits («Sheet!C9»). Costs one sync, or none when the sheets
 * have no comment (the item list was loaded by the caller's previous sync).
 */
async function commentCells(
  context: Excel.RequestContext,
  collections: Map<string, Excel.CommentCollection>,
): Promise<Map<string, Excel.Comment>> {
  const located: { sheet: string; comment: Excel.Comment; range: Excel.Range }[] = [];
  for (const [sheet, collection] of collections)
    for (const comment of collection.items)
      located.push({ sheet, comment, range: comment.getLocation().load('address') });
  const found = new Map<string, Excel.Comment>();
  if (located.length === 0) return found;
  await context.sync();
  for (const { sheet, comment, range } of located)
    found.set(
      cellId(sheet, range.address.slice(range.address.lastIndexOf('!') + 1).replace(/\$/g, '')),
      comment,
    );
  return found;
}

function queueComments(
  context: Excel.RequestContext,
  sheets: Iterable<string>,
): Map<string, Excel.CommentCollection> {
  const collections = new Map<string, Excel.CommentCollection>();
  for (const sheet of sheets)
    collections.set(
      sheet,
      context.workbook.worksheets.getItem(sheet).comments.load('items/id,items/content'),
    );
  return collections;
}

/** Colours the findings' cells and annotates them, recording everything for «Bỏ đánh dấu». */
export async function highlightFindings(
  excel: typeof Excel,
  findings: readonly Finding[],
  supports: ApiSupport,
): Promise<HighlightResult> {
  // An earlier highlight is undone first, so its record always holds the user's own fills.
  await removeHighlights(excel, supports);
  const marks = marksOf(findings);
  const annotation = annotationFor(supports);
  if (marks.length === 0) return { marked: 0, annotation, keptUserNotes: [] };

  // If Excel refuses part of the write, the record (queued first) says what was done: «Bỏ đánh dấu» undoes it.
  return withRollback(
    () => writeHighlights(excel, marks, annotation),
    async () => ((await removeHighlights(excel, supports)).hadRecord ? undefined : 'nothing-to-undo'),
  );
}

function writeHighlights(
  excel: typeof Excel,
  marks: readonly CellMark[],
  annotation: AnnotationKind,
): Promise<HighlightResult> {
  return excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    // Sync 1: previous fills, and whatever note already sits on each cell.
    const loaded = marks.map((mark) => {
      const worksheet = sheets.getItem(mark.sheet);
      const range = worksheet.getRange(mark.cell);
      const fill = range.format.fill.load('color');
      const note =
        annotation === 'note' ? worksheet.notes.getItemOrNullObject(mark.cell).load('content') : null;
      return { mark, range, fill, note };
    });
    const comments =
      annotation === 'none'
        ? new Map<string, Excel.CommentCollection>()
        : queueComments(context, new Set(marks.map((m) => m.sheet)));
    await context.sync();
    // Sync 2, only when some comment exists: where the comments are (a cell holds a note or a thread, not both).
    const commented = await commentCells(context, comments);

    // Decide everything first, then write. The record is queued FIRST: an Office.js batch is not atomic (commands
    // before a failing one stay applied), so if the record cannot be created nothing else is changed either.
    const keptUserNotes: string[] = [];
    const rows: RecordRow[] = loaded.map(({ mark, fill, note }) => {
      const id = cellId(mark.sheet, mark.cell);
      const occupied = (note !== null && !note.isNullObject) || commented.has(id);
      if (annotation !== 'none' && occupied) keptUserNotes.push(id);
      return {
        sheet: mark.sheet,
        cell: mark.cell,
        previousFill: normalisedFill(fill.color),
        fill: HIGHLIGHT_FILLS[mark.severity],
        added: occupied ? 'none' : annotation,
        text: mark.text,
      };
    });
    // Last sync: the record, then fills and notes.
    writeRecord(context, rows);
    rows.forEach((row, i) => {
      const { range } = loaded[i];
      range.format.fill.color = row.fill;
      if (row.added === 'note') sheets.getItem(row.sheet).notes.add(range, noteText(row.text));
      if (row.added === 'comment') sheets.getItem(row.sheet).comments.add(range, noteText(row.text));
    });
    await context.sync();
    return { marked: marks.length, annotation, keptUserNotes };
  });
}

function writeRecord(context: Excel.RequestContext, rows: RecordRow[]): void {
  const record = context.workbook.worksheets.add(HIGHLIGHT_RECORD_SHEET);
  // Very hidden: not in Excel's «Unhide» list, so it is not deleted or edited by accident. Set before anything is
  // written, so a record left by a refused batch is still recognised (and removed) by «Bỏ đánh dấu».
  record.visibility = 'VeryHidden' as Excel.SheetVisibility;
  const grid = [
    RECORD_HEADER,
    ...rows.map((r) => [r.sheet, r.cell, r.previousFill, r.fill, r.added, r.text]),
  ];
  const block = record.getRangeByIndexes(0, 0, grid.length, RECORD_HEADER.length);
  // Text format first: a sheet named «2026» or a colour must come back as the same text.
  block.numberFormat = grid.map((row) => row.map(() => '@'));
  block.values = grid;
}

function parseRecord(values: unknown[][]): RecordRow[] {
  return values.slice(1).flatMap((row) => {
    const [sheet, cell, previousFill, fill, added, text] = row.map((v) =>
      v === null || v === undefined ? '' : String(v),
    );
    if (!sheet || !cell) return [];
    const kind: AnnotationKind = added === 'note' || added === 'comment' ? added : 'none';
    return [{ sheet, cell: cell.toUpperCase(), previousFill, fill: fill.toUpperCase(), added: kind, text }];
  });
}

/** Whether the workbook carries an add-in highlight to remove (one sync). */
export function hasHighlights(excel: typeof Excel): Promise<boolean> {
  return excel.run(async (context) => {
    const record = context.workbook.worksheets.getItemOrNullObject(HIGHLIGHT_RECORD_SHEET).load('visibility');
    await context.sync();
    return !record.isNullObject && record.visibility === 'VeryHidden';
  });
}

/** Puts back what `highlightFindings` changed, as recorded in «KSTT_DanhDau», and deletes the record. */
export async function removeHighlights(excel: typeof Excel, supports: ApiSupport): Promise<RemoveResult> {
  return excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    // Sync 1: is there a record at all? (The usual answer is no, and that is all it costs.)
    const record = sheets.getItemOrNullObject(HIGHLIGHT_RECORD_SHEET).load('visibility');
    const present = sheets.load('items/name');
    await context.sync();
    const nothing: RemoveResult = { restored: 0, notesRemoved: 0, keptUserChanges: [], hadRecord: false };
    // A visible sheet of that name is the user's, not our record: never touch it.
    if (record.isNullObject || record.visibility !== 'VeryHidden') return nothing;
    // Sync 2: its rows. Not chained onto the null-object call above: a method called on a null object fails.
    const used = record.getUsedRangeOrNullObject(true).load('values');
    await context.sync();
    if (!used.isNullObject && (used.values as unknown[][])[0]?.[0] !== RECORD_HEADER[0]) return nothing;

    const names = new Set(present.items.map((s) => s.name));
    const rows = used.isNullObject
      ? []
      : parseRecord(used.values as unknown[][]).filter((r) => names.has(r.sheet));
    const notesApi = supports(NOTES_API);
    const commentsApi = supports(COMMENTS_API);
    // Sync 3: current fills (to spot a cell the user recoloured) and our notes as they are now.
    const loaded = rows.map((row) => {
      const worksheet = sheets.getItem(row.sheet);
      const range = worksheet.getRange(row.cell);
      const fill = range.format.fill.load('color');
      const note =
        row.added === 'note' && notesApi
          ? worksheet.notes.getItemOrNullObject(row.cell).load('content')
          : null;
      return { row, range, fill, note };
    });
    const withComments = new Set(rows.filter((r) => r.added === 'comment').map((r) => r.sheet));
    const comments = commentsApi
      ? queueComments(context, withComments)
      : new Map<string, Excel.CommentCollection>();
    await context.sync();
    // Sync 4, only when comments exist on those sheets: where they are.
    const commented = await commentCells(context, comments);

    // Last sync: restore, delete ours, drop the record.
    const keptUserChanges: string[] = [];
    let restored = 0;
    let notesRemoved = 0;
    for (const { row, range, fill, note } of loaded) {
      const id = cellId(row.sheet, row.cell);
      let kept = false;
      if ((fill.color ?? '').toUpperCase() === row.fill) {
        if (row.previousFill) range.format.fill.color = row.previousFill;
        else range.format.fill.clear();
        restored++;
      } else kept = true;
      const expected = noteText(row.text);
      if (note && !note.isNullObject) {
        if (note.content === expected) {
          note.delete();
          notesRemoved++;
        } else kept = true;
      }
      const comment = row.added === 'comment' ? commented.get(id) : undefined;
      if (comment) {
        if (comment.content === expected) {
          comment.delete();
          notesRemoved++;
        } else kept = true;
      }
      if (kept) keptUserChanges.push(id);
    }
    record.delete();
    await context.sync();
    return { restored, notesRemoved, keptUserChanges, hadRecord: true };
  });
}
