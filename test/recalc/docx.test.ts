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
import { attachedTables, draftReport, NEEDS_CHECK_MARK } from '../../src/domain/narrative';
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
  number: '235',
  signerAuthority: 'TM. Ủy ban nhân dân',
  signerTitle: 'Chủ tịch',
  signerName: 'Vũ Hồng Trung',
  recipients: ['Trung tâm Phục vụ HCC tỉnh (B/c)', 'CT, các PCT UBND phường'],
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
  const goodGrid = await readWorkbookGrid(await buildWorkbook([TAM_THANH_II06A, ...TAM_THANH_OTHER_FORMS]));
  const good = { grid: goodGrid, forms: recogniseWorkbook(goodGrid) };
  cleanDocx = await draftToDocx(draftReport(good.forms), {
    ...META,
    attachments: attachedTables(good.forms, good.grid),
  });
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
  // Page 1 and the signature page as pictures, to look at the header block and the signature.
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    cleanPdf,
    path.join(out, 'thuyet-minh-trang'),
  ]);
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
  expect(text).toContain('ỦY BAN NHÂN DÂN');
  expect(text).toContain('PHƯỜNG TAM THANH');
  expect(text).toContain('Số: 235/BC-UBND');
  expect(text).toContain('Tam Thanh, ngày 18 tháng 3 năm 2026');
  expect(text).toContain('BÁO CÁO');
  expect(text).toContain('trên môi trường điện tử Quý I năm 2026');
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
  expect(text).toContain('UBND phường Tam Thanh trân trọng báo cáo./.');
  // The two columns of the signature block interleave in the text: each line is checked on its own.
  for (const line of [
    'Nơi nhận:',
    '- Như trên;',
    '- Trung tâm Phục vụ HCC tỉnh (B/c);',
    '- CT, các PCT UBND phường;',
    '- Lưu: VT.',
  ])
    expect(text).toContain(line);
  expect(text).toMatch(/TM\. ỦY BAN NHÂN DÂN .*CHỦ TỊCH .*Vũ Hồng Trung/);
});

/**
 * Words on page `page` with their boxes (points from the top-left corner), from pdftotext -bbox. Writer's PDF splits
 * words at some accented letters («C», «Ộ», «NG»): pieces that touch on the same line are joined back.
 */
function wordBoxes(pdf: string, page: number): { word: string; x: number; y: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], {
    encoding: 'utf8',
  });
  const words: { word: string; x: number; y: number; right: number }[] = [];
  for (const m of html.matchAll(
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g,
  )) {
    const [x, y, right] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const last = words[words.length - 1];
    if (last && Math.abs(last.y - y) < 1 && Math.abs(x - last.right) < 0.5) {
      last.word += m[4]!;
      last.right = right;
    } else words.push({ word: m[4]!, x, y, right });
  }
  return words.map((w) => ({ ...w, word: w.word.normalize('NFC') }));
}

test('Nghị định 30 layout: agency left and Quốc hiệu right on one band, title under them, signature bottom-right', () => {
  const words = wordBoxes(cleanPdf, 1);
  const at = (word: string) => words.find((w) => w.word === word)!;
  const agency = at('PHƯỜNG');
  const motto = at('CỘNG');
  expect(at('VIỆT').y).toBe(motto.y); // the Quốc hiệu on one line
  expect(agency.x).toBeLessThan(200); // left column (A4 is 595 pt wide; text starts at 85 pt)
  expect(motto.x).toBeGreaterThan(250); // right column
  expect(Math.abs(agency.y - motto.y)).toBeLessThan(30); // the same band at the top
  expect(agency.y).toBeLessThan(120);
  expect(at('BÁO').y).toBeGreaterThan(at('Độc').y);
  const info = execFileSync('pdfinfo', [cleanPdf], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  // The signature page: the last portrait page, before the attached forms.
  let signaturePage = 0;
  for (let p = 1; p <= pages && !signaturePage; p++)
    if (wordBoxes(cleanPdf, p).some((w) => w.word === 'Nơi')) signaturePage = p;
  const signature = wordBoxes(cleanPdf, signaturePage);
  const place = signature.find((w) => w.word === 'Nơi')!;
  const name = signature.find((w) => w.word === 'Hồng' && w.y > place.y)!;
  expect(place.x).toBeLessThan(150);
  expect(name.x).toBeGreaterThan(330);
  const out = testOutputDir('narrative');
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    String(signaturePage),
    '-l',
    String(signaturePage),
    '-singlefile',
    cleanPdf,
    path.join(out, 'thuyet-minh-chu-ky'),
  ]);
});

test("«kèm theo biểu»: the forms follow on landscape pages as tables with the workbook's figures", () => {
  const text = flat(pdfText(cleanPdf));
  expect(text).toContain('Biểu số II.06a/VPCP/KSTT');
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '40', cleanPdf], { encoding: 'utf8' });
  expect(info).toMatch(/Page\s+\d+ size:\s+841\.\d+ x 595\.\d+ pts/);
  expect(text).toMatch(/TỔNG CỘNG .*1\.637/);
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
