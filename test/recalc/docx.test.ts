/**
 * The .docx export opened by a real word processor: LibreOffice Writer converts it to PDF (private profile, like
 * test/helpers/libreoffice.ts), poppler's pdftotext and pdfinfo read the result. Proves the file opens, is A4
 * portrait, and carries the motto, the title with its period, the Phụ lục I headings, the figures and the marks.
 * Needs the Debian packages libreoffice-writer-nogui (Writer; calc-nogui alone cannot open .docx) and poppler-utils.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { draftReport, NEEDS_CHECK_MARK } from '../../src/domain/narrative';
import { recogniseWorkbook } from '../../src/domain/read';
import { draftToDocx, PAGE, placeDateLine, type DocxMeta } from '../../src/docx/draft-docx';
import { readWorkbookGrid } from '../../src/xlsx/read-grid';
import { buildWorkbook, TAM_THANH_II06A, TAM_THANH_OTHER_FORMS } from '../fixtures/narrative/build-workbook';
import { testOutputDir } from '../helpers/paths';

jest.setTimeout(180_000);

const META: DocxMeta = {
  unit: 'UBND phường Tam Thanh',
  period: 'Quý I năm 2026',
  place: 'Tam Thanh',
  date: '18/03/2026',
  receiver: 'UBND tỉnh Lạng Sơn',
  signerTitle: 'Chủ tịch',
};

/** .docx → PDF with Writer, in a throwaway profile; returns the PDF path inside `work`. */
function docxToPdf(docx: Uint8Array, work: string, name: string): string {
  const input = path.join(work, `${name}.docx`);
  writeFileSync(input, docx);
  const profile = mkdtempSync(path.join(tmpdir(), 'kstt-lo-docx-'));
  try {
    execFileSync(
      process.env.KSTT_SOFFICE || 'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        input,
      ],
      { env: { ...process.env, HOME: profile }, stdio: 'pipe', timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return path.join(work, `${name}.pdf`);
}

const pdfText = (pdf: string): string => execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
/** pdftotext breaks lines where the page does: compare with whitespace folded. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

let work: string;
let cleanPdf: string;
let flaggedPdf: string;
let cleanDocx: Uint8Array;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'kstt-docx-'));
  const good = recogniseWorkbook(
    await readWorkbookGrid(await buildWorkbook([TAM_THANH_II06A, ...TAM_THANH_OTHER_FORMS])),
  );
  cleanDocx = await draftToDocx(draftReport(good), META);
  const bad = recogniseWorkbook(
    await readWorkbookGrid(
      await buildWorkbook([
        { ...TAM_THANH_II06A, override: [{ row: 'TOTAL', col: 'received', value: 1640 }] },
      ]),
    ),
  );
  const flaggedDocx = await draftToDocx(draftReport(bad), { ...META, date: '' });
  cleanPdf = docxToPdf(cleanDocx, work, 'thuyet-minh');
  flaggedPdf = docxToPdf(flaggedDocx, work, 'thuyet-minh-sai');
  // Kept for a person to open.
  const out = testOutputDir('narrative');
  writeFileSync(path.join(out, 'thuyet-minh.docx'), cleanDocx);
  writeFileSync(path.join(out, 'thuyet-minh.pdf'), readFileSync(cleanPdf));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('Writer opens it: A4 portrait PDF', () => {
  const info = execFileSync('pdfinfo', [cleanPdf], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThanOrEqual(2);
});

test('header block, title with the period, headings of the outline', () => {
  const text = flat(pdfText(cleanPdf));
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
  expect(text).toContain('UBND PHƯỜNG TAM THANH');
  expect(text).toContain('Tam Thanh, ngày 18 tháng 3 năm 2026');
  expect(text).toContain('BÁO CÁO');
  expect(text).toContain('Kỳ báo cáo: Quý I năm 2026');
  expect(text).toContain('Kính gửi: UBND tỉnh Lạng Sơn.');
  for (const heading of [
    'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
    '5. Tình hình, kết quả giải quyết TTHC',
    '7. Thực hiện TTHC trên môi trường điện tử',
    'III. ĐÁNH GIÁ CHUNG',
    'V. KIẾN NGHỊ, ĐỀ XUẤT',
  ]) {
    expect(text).toContain(heading);
  }
  expect(text).toContain('[Nội dung do đơn vị bổ sung]');
  expect(text).toContain('CHỦ TỊCH');
});

test('the figures are in the text, Vietnamese-formatted', () => {
  const text = flat(pdfText(cleanPdf));
  expect(text).toContain('1.637 hồ sơ');
  expect(text).toContain('đạt 99,26% (1.477/1.488 hồ sơ)');
  expect(text).toContain('18.025.000 đồng');
  expect(text).not.toContain(NEEDS_CHECK_MARK);
});

test('a contradictory figure keeps its mark and reason in the document; a missing date is left to fill in', () => {
  const text = flat(pdfText(flaggedPdf));
  expect(text).toContain('1.640 hồ sơ');
  expect(text).toContain(NEEDS_CHECK_MARK);
  expect(text).toContain('(Lý do:');
  expect(text).toContain('Tam Thanh, ngày … tháng … năm …');
});

test('page setup and font as Nghị định 30/2020 asks: margins 20/20/30/15 mm, Times New Roman 14', async () => {
  const zip = await JSZip.loadAsync(cleanDocx);
  const document = await zip.file('word/document.xml')!.async('string');
  const styles = await zip.file('word/styles.xml')!.async('string');
  const pgMar = /<w:pgMar [^>]*>/.exec(document)![0];
  const attr = (name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(pgMar)![1]);
  const mm = (twips: number) => Math.round((twips * 25.4) / 1440);
  expect({
    top: mm(attr('top')),
    bottom: mm(attr('bottom')),
    left: mm(attr('left')),
    right: mm(attr('right')),
  }).toEqual({
    top: 20,
    bottom: 20,
    left: 30,
    right: 15,
  });
  expect(/<w:pgSz [^>]*w:w="(\d+)"[^>]*w:h="(\d+)"/.exec(document)!.slice(1).map(Number)).toEqual([
    PAGE.width,
    PAGE.height,
  ]);
  expect(styles).toContain('w:ascii="Times New Roman"');
  expect(styles).toMatch(/<w:sz w:val="28"\/>/);
});

test('placeDateLine: dd/mm/yyyy or ISO, blanks otherwise', () => {
  expect(placeDateLine('Tam Thanh', '05/02/2026')).toBe('Tam Thanh, ngày 05 tháng 02 năm 2026');
  expect(placeDateLine('Tam Thanh', '2026-03-18')).toBe('Tam Thanh, ngày 18 tháng 3 năm 2026');
  expect(placeDateLine('', '31/02/2026')).toBe('……, ngày … tháng … năm …');
});
