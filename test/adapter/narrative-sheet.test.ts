/**
 * «Ghi vào trang Thuyết minh» (src/excel/narrative-sheet.ts) against the strict fake host: a new sheet with the
 * marker name, replace-own only when asked (and in place), a user's «Thuyết minh» never touched, two syncs.
 */
import {
  NARRATIVE_SHEET_MARKER,
  freeSheetName,
  markerSheet,
  writeNarrativeSheet,
  type NarrativeLine,
} from '../../src/excel/narrative-sheet';
import { cellAt, createFakeExcel, findSheetByName, sheetNamed, type FakeExcel } from '../fake-excel';
import { buildSampleWorkbook, SAMPLE_SHEET_NAME } from '../preview/sample-workbook';

const excelOf = (fake: FakeExcel) => fake.Excel as unknown as typeof Excel;

const LINES: NarrativeLine[] = [
  { text: 'THUYẾT MINH BÁO CÁO', style: 'title' },
  { text: 'II. KẾT QUẢ', style: 'heading1' },
  { text: '5. Tình hình, kết quả giải quyết TTHC', style: 'heading2' },
  { text: '- Tổng số hồ sơ tiếp nhận: 1.637 hồ sơ.', style: 'paragraph' },
  { text: '(Lý do: số liệu chưa khớp)', style: 'flag' },
];

function setup() {
  const fake = createFakeExcel({ workbook: buildSampleWorkbook(), apiVersion: '1.8' });
  fake.stats.reset();
  return fake;
}

const sheetNames = (fake: FakeExcel) => fake.workbook.sheets.map((s) => s.name);
const text = (fake: FakeExcel, sheet: string, a1: string) =>
  cellAt(sheetNamed(fake.workbook, sheet), a1)?.value;

describe('writeNarrativeSheet', () => {
  test('writes a new «Thuyết minh» sheet with the lines as text, styled, marked, in two syncs', async () => {
    const fake = setup();
    const result = await writeNarrativeSheet(excelOf(fake), LINES);
    expect(result).toEqual({ kind: 'written', sheetName: 'Thuyết minh', replaced: false, rows: 5 });
    expect(fake.stats.syncsPerRun).toEqual([2]);
    expect(sheetNames(fake)).toContain('Thuyết minh');
    expect(text(fake, 'Thuyết minh', 'A4')).toBe('- Tổng số hồ sơ tiếp nhận: 1.637 hồ sơ.');
    expect(text(fake, 'Thuyết minh', 'A1')).toBe('THUYẾT MINH BÁO CÁO');
    const sheet = sheetNamed(fake.workbook, 'Thuyết minh');
    expect(cellAt(sheet, 'A2')?.font.bold).toBe(true);
    expect(cellAt(sheet, 'A4')?.font.bold).not.toBe(true);
    expect(cellAt(sheet, 'A5')?.font.color).toBe('#C00000');
    const name = fake.workbook.names.find((n) => n.name === NARRATIVE_SHEET_MARKER);
    expect(name).toBeDefined();
    // The sample's form sheet is untouched.
    expect(findSheetByName(fake.workbook, SAMPLE_SHEET_NAME)).toBeDefined();
  });

  test("the add-in's own sheet is reported, not replaced, until replaceOwn; then replaced in place", async () => {
    const fake = setup();
    await writeNarrativeSheet(excelOf(fake), LINES);
    const position = sheetNames(fake).indexOf('Thuyết minh');
    fake.stats.reset();

    const asked = await writeNarrativeSheet(excelOf(fake), [{ text: 'Mới', style: 'paragraph' }]);
    expect(asked).toEqual({ kind: 'exists', sheetName: 'Thuyết minh' });
    expect(fake.stats.syncsPerRun).toEqual([1]);
    expect(text(fake, 'Thuyết minh', 'A1')).toBe('THUYẾT MINH BÁO CÁO');

    fake.stats.reset();
    const replaced = await writeNarrativeSheet(excelOf(fake), [{ text: 'Mới', style: 'paragraph' }], {
      replaceOwn: true,
    });
    expect(replaced).toEqual({ kind: 'written', sheetName: 'Thuyết minh', replaced: true, rows: 1 });
    expect(fake.stats.syncsPerRun).toEqual([2]);
    expect(text(fake, 'Thuyết minh', 'A1')).toBe('Mới');
    expect(text(fake, 'Thuyết minh', 'A4')).toBeUndefined();
    expect(sheetNames(fake).filter((n) => n.startsWith('Thuyết minh'))).toEqual(['Thuyết minh']);
    expect(sheetNames(fake).indexOf('Thuyết minh')).toBe(position);
    expect(fake.workbook.names.filter((n) => n.name === NARRATIVE_SHEET_MARKER)).toHaveLength(1);
  });

  test('a user sheet called «Thuyết minh» is never touched: «Thuyết minh (2)» is used', async () => {
    const fake = setup();
    await excelOf(fake).run(async (context) => {
      const sheet = context.workbook.worksheets.add('thuyết minh');
      sheet.getRange('A1').values = [['Ghi chép của tôi']];
      await context.sync();
    });
    fake.stats.reset();
    const result = await writeNarrativeSheet(excelOf(fake), LINES, { replaceOwn: true });
    expect(result).toEqual({ kind: 'written', sheetName: 'Thuyết minh (2)', replaced: false, rows: 5 });
    expect(text(fake, 'thuyết minh', 'A1')).toBe('Ghi chép của tôi');
    expect(text(fake, 'Thuyết minh (2)', 'A2')).toBe('II. KẾT QUẢ');
    expect(fake.stats.syncsPerRun).toEqual([2]);

    // Next time the marked «Thuyết minh (2)» is the own sheet; the user's sheet still is not.
    const again = await writeNarrativeSheet(excelOf(fake), LINES);
    expect(again).toEqual({ kind: 'exists', sheetName: 'Thuyết minh (2)' });
  });

  test('a renamed own sheet is still recognised by its marker', async () => {
    const fake = setup();
    await writeNarrativeSheet(excelOf(fake), LINES);
    await excelOf(fake).run(async (context) => {
      context.workbook.worksheets.getItem('Thuyết minh').name = 'TM quý I';
      await context.sync();
    });
    const result = await writeNarrativeSheet(excelOf(fake), LINES);
    expect(result).toEqual({ kind: 'exists', sheetName: 'TM quý I' });
  });
});

describe('helpers', () => {
  test('markerSheet reads quoted and plain references, rejects #REF! and other cells', () => {
    expect(markerSheet("='Thuyết minh (2)'!$A$1")).toBe('Thuyết minh (2)');
    expect(markerSheet("'O''Brien'!$A$1")).toBe("O'Brien");
    expect(markerSheet('Sheet1!$A$1')).toBe('Sheet1');
    expect(markerSheet('=#REF!$A$1')).toBeNull();
    expect(markerSheet("'Thuyết minh'!$B$2")).toBeNull();
    expect(markerSheet(42)).toBeNull();
  });

  test('freeSheetName skips taken names without regard to case', () => {
    expect(freeSheetName([])).toBe('Thuyết minh');
    expect(freeSheetName(['THUYẾT MINH', 'Thuyết minh (2)'])).toBe('Thuyết minh (3)');
  });
});

describe('after the user deleted the narrative sheet', () => {
  test('the dangling marker is replaced and a new «Thuyết minh» is written without asking', async () => {
    const fake = setup();
    await writeNarrativeSheet(excelOf(fake), LINES);
    await excelOf(fake).run(async (context) => {
      context.workbook.worksheets.getItem('Thuyết minh').delete();
      await context.sync();
    });
    fake.stats.reset();
    const result = await writeNarrativeSheet(excelOf(fake), LINES);
    expect(result).toEqual({ kind: 'written', sheetName: 'Thuyết minh', replaced: false, rows: 5 });
    expect(fake.stats.syncsPerRun).toEqual([2]);
    expect(fake.workbook.names.filter((n) => n.name === NARRATIVE_SHEET_MARKER)).toHaveLength(1);
    expect(await writeNarrativeSheet(excelOf(fake), LINES)).toEqual({
      kind: 'exists',
      sheetName: 'Thuyết minh',
    });
  });
});
