/**
 * «Đánh dấu trên bảng» / «Bỏ đánh dấu» (src/excel/highlight.ts) against the strict fake host at ExcelApi 1.8
 * (fill only), 1.10 (comments) and 1.18 (notes): exact restoration of previous fills, user notes and comments left
 * alone, the record in a very hidden sheet, and a constant number of syncs.
 */
import type { Finding } from '../../src/domain/checks';
import {
  HIGHLIGHT_FILLS,
  HIGHLIGHT_RECORD_SHEET,
  hasHighlights,
  highlightFindings,
  marksOf,
  noteText,
  removeHighlights,
} from '../../src/excel/highlight';
import {
  addSheetState,
  writeGrid,
  cellAt,
  cellKey,
  compareVersions,
  createFakeExcel,
  findSheetByName,
  sheetNamed,
  type FakeExcel,
} from '../fake-excel';
import { buildSampleWorkbook, SAMPLE_SHEET_NAME } from '../preview/sample-workbook';

const SHEET = SAMPLE_SHEET_NAME;
const excelOf = (fake: FakeExcel) => fake.Excel as unknown as typeof Excel;
const supportsUpTo = (host: string) => (version: string) => compareVersions(version, host) <= 0;

function finding(cell: string, severity: Finding['severity'], message: string): Finding {
  return { rule: 'row-sum', severity, sheet: SHEET, cell, found: 1, expected: 2, message };
}

/** C9: no fill; C12: the TỔNG CỘNG grey; D12: has the user's own note (or comment); B9: text cell, info. */
const FINDINGS: Finding[] = [
  finding('C9', 'error', 'Ô C9: tổng 440 nhưng (4)+(5)+(6) = 422.'),
  finding('C12', 'warning', 'Ô C12: cảnh báo.'),
  finding('D12', 'error', 'Ô D12: cột (4) ghi 1.570 nhưng tổng là 1.568.'),
  finding('B9', 'info', 'Ô B9: thông tin.'),
];

function setup(apiVersion: string, userAnnotation: 'note' | 'comment' | 'none' = 'none') {
  const fake = createFakeExcel({ workbook: buildSampleWorkbook(), apiVersion });
  const sheet = sheetNamed(fake.workbook, SHEET);
  if (userAnnotation === 'note')
    sheet.notes.set(cellKey(11, 3), { content: 'Ghi chú của tôi', author: 'Chị Lan' });
  if (userAnnotation === 'comment')
    sheet.comments.set(cellKey(11, 3), {
      id: 'c-user',
      content: 'Hỏi lại phòng Tư pháp',
      author: 'Chị Lan',
      resolved: false,
    });
  const fills = () => ['C9', 'C12', 'D12', 'B9'].map((a1) => cellAt(sheet, a1)?.fill.color ?? null);
  fake.stats.reset();
  return { fake, sheet, fills, supports: supportsUpTo(apiVersion) };
}

describe('highlight at ExcelApi 1.18 (notes)', () => {
  it('colours, adds notes except over a user note, and records it all in a very hidden sheet', async () => {
    const { fake, sheet, fills, supports } = setup('1.18', 'note');
    const before = fills();
    expect(before).toEqual([null, '#F2F2F2', '#F2F2F2', null]);

    const result = await highlightFindings(excelOf(fake), FINDINGS, supports);
    expect(result).toEqual({ marked: 4, annotation: 'note', keptUserNotes: [`${SHEET}!D12`] });
    expect(fills()).toEqual([
      HIGHLIGHT_FILLS.error,
      HIGHLIGHT_FILLS.warning,
      HIGHLIGHT_FILLS.error,
      HIGHLIGHT_FILLS.info,
    ]);
    expect(sheet.notes.get(cellKey(8, 2))?.content).toBe(noteText(FINDINGS[0].message));
    expect(sheet.notes.get(cellKey(11, 3))).toEqual({ content: 'Ghi chú của tôi', author: 'Chị Lan' });
    expect(sheet.notes.size).toBe(4);
    const record = findSheetByName(fake.workbook, HIGHLIGHT_RECORD_SHEET);
    expect(record?.visibility).toBe('VeryHidden');
    // A check for an earlier record (1 sync), then load + write (2 syncs): no comment on the sheet.
    expect(fake.stats.syncsPerRun).toEqual([1, 2]);
    expect(await hasHighlights(excelOf(fake))).toBe(true);
  });

  it('un-highlights back to the exact previous fills and removes only its own notes', async () => {
    const { fake, sheet, fills, supports } = setup('1.18', 'note');
    const before = fills();
    await highlightFindings(excelOf(fake), FINDINGS, supports);
    fake.stats.reset();

    const removed = await removeHighlights(excelOf(fake), supports);
    expect(removed).toEqual({ restored: 4, notesRemoved: 3, keptUserChanges: [], hadRecord: true });
    expect(fills()).toEqual(before);
    expect([...sheet.notes.entries()]).toEqual([
      [cellKey(11, 3), { content: 'Ghi chú của tôi', author: 'Chị Lan' }],
    ]);
    expect(findSheetByName(fake.workbook, HIGHLIGHT_RECORD_SHEET)).toBeUndefined();
    expect(fake.stats.syncsPerRun).toEqual([4]);
    expect(await hasHighlights(excelOf(fake))).toBe(false);
  });

  it('keeps what the user changed after highlighting: a recoloured cell, an edited note', async () => {
    const { fake, sheet, supports } = setup('1.18');
    await highlightFindings(excelOf(fake), FINDINGS, supports);
    cellAt(sheet, 'C12')!.fill.color = '#00FF00';
    sheet.notes.get(cellKey(8, 2))!.content = 'Đã gọi điện xác minh';

    const removed = await removeHighlights(excelOf(fake), supports);
    expect(removed.keptUserChanges).toEqual([`${SHEET}!C9`, `${SHEET}!C12`]);
    expect(cellAt(sheet, 'C12')!.fill.color).toBe('#00FF00');
    expect(cellAt(sheet, 'C9')!.fill.color).toBeNull(); // fill still ours: restored
    expect(sheet.notes.get(cellKey(8, 2))?.content).toBe('Đã gọi điện xác minh');
  });

  it('the record survives the task pane closing: a new host session removes the highlight', async () => {
    const { fake, fills, supports } = setup('1.18');
    const before = fills();
    await highlightFindings(excelOf(fake), FINDINGS, supports);
    const reopened = createFakeExcel({ workbook: fake.workbook, apiVersion: '1.18' });
    await removeHighlights(excelOf(reopened), supports);
    expect(fills()).toEqual(before);
  });

  it('highlighting twice keeps the user’s original fills in the record', async () => {
    const { fake, sheet, fills, supports } = setup('1.18');
    const before = fills();
    await highlightFindings(excelOf(fake), FINDINGS, supports);
    fake.stats.reset();
    await highlightFindings(excelOf(fake), FINDINGS.slice(0, 2), supports);
    expect(fake.stats.syncsPerRun).toEqual([4, 2]);
    expect(fills()).toEqual([HIGHLIGHT_FILLS.error, HIGHLIGHT_FILLS.warning, '#F2F2F2', null]);
    expect(sheet.notes.size).toBe(2);
    await removeHighlights(excelOf(fake), supports);
    expect(fills()).toEqual(before);
    expect(sheet.notes.size).toBe(0);
  });

  it('keeps the number of syncs constant whatever the number of cells', async () => {
    const { fake, supports } = setup('1.18');
    const many = Array.from({ length: 60 }, (_, i) => finding(`N${i + 1}`, 'error', `Ô N${i + 1}`));
    await highlightFindings(excelOf(fake), many, supports);
    await removeHighlights(excelOf(fake), supports);
    expect(fake.stats.syncsPerRun).toEqual([1, 2, 4]);
  });
});

describe('a sheet of the user that happens to be called «KSTT_DanhDau»', () => {
  it('is never taken for the record: not deleted, not restored from; highlighting then fails loudly', async () => {
    const { fake, fills, supports } = setup('1.18');
    const before = fills();
    const own = addSheetState(fake.workbook, HIGHLIGHT_RECORD_SHEET);
    writeGrid(own, 0, 0, [
      ['Trang tính', 'Ô'],
      [SHEET, 'C9'],
    ]);
    expect(await hasHighlights(excelOf(fake))).toBe(false);
    expect(await removeHighlights(excelOf(fake), supports)).toMatchObject({ hadRecord: false, restored: 0 });
    expect(findSheetByName(fake.workbook, HIGHLIGHT_RECORD_SHEET)).toBe(own);
    await expect(highlightFindings(excelOf(fake), FINDINGS, supports)).rejects.toThrow(/KSTT_DanhDau|exists/);
    expect(fills()).toEqual(before);
  });
});

describe('highlight at ExcelApi 1.10 (comments)', () => {
  it('adds comments where notes are missing, leaves the user’s comment, removes only its own', async () => {
    const { fake, sheet, fills, supports } = setup('1.10', 'comment');
    const before = fills();
    const result = await highlightFindings(excelOf(fake), FINDINGS, supports);
    expect(result).toEqual({ marked: 4, annotation: 'comment', keptUserNotes: [`${SHEET}!D12`] });
    expect(sheet.comments.get(cellKey(8, 2))?.content).toBe(noteText(FINDINGS[0].message));
    expect(sheet.comments.size).toBe(4);
    expect(sheet.notes.size).toBe(0);
    // check, load, locate the existing comment, write.
    expect(fake.stats.syncsPerRun).toEqual([1, 3]);

    fake.stats.reset();
    const removed = await removeHighlights(excelOf(fake), supports);
    expect(removed).toMatchObject({ restored: 4, notesRemoved: 3, keptUserChanges: [] });
    expect(fake.stats.syncsPerRun).toEqual([5]);
    expect(fills()).toEqual(before);
    expect([...sheet.comments.values()].map((c) => c.content)).toEqual(['Hỏi lại phòng Tư pháp']);
  });
});

describe('highlight at ExcelApi 1.8 (fill only)', () => {
  it('colours and restores without touching the notes or comments API (the fake would throw)', async () => {
    const { fake, sheet, fills, supports } = setup('1.8');
    const before = fills();
    const result = await highlightFindings(excelOf(fake), FINDINGS, supports);
    expect(result).toEqual({ marked: 4, annotation: 'none', keptUserNotes: [] });
    expect(fills()).toEqual([
      HIGHLIGHT_FILLS.error,
      HIGHLIGHT_FILLS.warning,
      HIGHLIGHT_FILLS.error,
      HIGHLIGHT_FILLS.info,
    ]);
    expect(sheet.notes.size + sheet.comments.size).toBe(0);
    expect(fake.stats.syncsPerRun).toEqual([1, 2]);
    const removed = await removeHighlights(excelOf(fake), supports);
    expect(removed).toMatchObject({ restored: 4, notesRemoved: 0 });
    expect(fills()).toEqual(before);
  });

  it('fails loudly if told notes exist on a host that lacks them (the fake is strict)', async () => {
    const { fake } = setup('1.8');
    await expect(highlightFindings(excelOf(fake), FINDINGS, () => true)).rejects.toThrow(/1\.18|1\.10/);
  });
});

describe('marksOf', () => {
  it('merges findings on one cell: the gravest colour, every sentence once', () => {
    const marks = marksOf([
      finding('c9', 'info', 'a'),
      finding('C9', 'error', 'b'),
      finding('C9', 'warning', 'a'),
      finding('D9', 'warning', 'c'),
    ]);
    expect(marks).toEqual([
      { sheet: SHEET, cell: 'C9', severity: 'error', text: 'a\nb' },
      { sheet: SHEET, cell: 'D9', severity: 'warning', text: 'c' },
    ]);
  });

  it('does nothing (beyond clearing an old record) when there is no finding', async () => {
    const { fake, fills, supports } = setup('1.18');
    const before = fills();
    expect(await highlightFindings(excelOf(fake), [], supports)).toEqual({
      marked: 0,
      annotation: 'note',
      keptUserNotes: [],
    });
    expect(fills()).toEqual(before);
    expect(await hasHighlights(excelOf(fake))).toBe(false);
  });
});
