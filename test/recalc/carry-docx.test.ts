/**
 * Issue 12 end to end, with parts we did not make: last quarter's report, written by hand (test/fixtures/report),
 * is saved as plain text and turned into .docx by LibreOffice Writer (no bold, its own run and style layout); `kstt
 * narrate` (a real process) carries it into this quarter's draft with --carry, compares with --previous and writes
 * the signed document with --docx; Writer converts that to PDF; pdftotext reads it back. Keeps the PDF, a PNG of
 * page 1 and the text in test-output/report/, and writes one section before and after to
 * test-output/report/section-before-after.md.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildWorkbook } from '../fixtures/narrative/build-workbook';
import { PREVIOUS_REPORT } from '../fixtures/report/previous-report';
import { QUY_II_2026_FORMS, QUY_I_2026_FORMS } from '../fixtures/report/workbooks';
import { testOutputDir } from '../helpers/paths';

jest.setTimeout(240_000);

const ROOT = path.resolve(__dirname, '../..');
let work: string;
let pdfText: string;
let stdout: string;
let stderr: string;

function soffice(args: string[], cwd: string): void {
  const profile = mkdtempSync(path.join(tmpdir(), 'kstt-lo-carry-'));
  try {
    execFileSync(
      process.env.KSTT_SOFFICE || 'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--nolockcheck', ...args],
      { cwd, env: { ...process.env, HOME: profile }, stdio: 'pipe', timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

const flat = (text: string) => text.replace(/\s+/g, ' ');
/** pdftotext splits justified words at accented letters («h ồ s ơ»): compared without any whitespace. */
const squash = (text: string) => text.replace(/\s+/g, '');

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'kstt-carry-'));
  writeFileSync(path.join(work, 'quy-ii.xlsx'), await buildWorkbook(QUY_II_2026_FORMS));
  writeFileSync(path.join(work, 'quy-i.xlsx'), await buildWorkbook(QUY_I_2026_FORMS));
  writeFileSync(path.join(work, 'bao-cao-quy-i.txt'), PREVIOUS_REPORT.map((p) => p.text).join('\n\n'));
  soffice(
    ['--infilter=Text (encoded):UTF8', '--convert-to', 'docx:MS Word 2007 XML', 'bao-cao-quy-i.txt'],
    work,
  );
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
  const r = spawnSync(
    tsx,
    [
      'src/cli/kstt.ts',
      'narrate',
      path.join(work, 'quy-ii.xlsx'),
      '--previous',
      path.join(work, 'quy-i.xlsx'),
      '--carry',
      path.join(work, 'bao-cao-quy-i.docx'),
      '--docx',
      path.join(work, 'bao-cao-quy-ii.docx'),
      '--unit',
      'UBND phường Tam Thanh',
      '--number',
      '412',
      '--place',
      'Tam Thanh',
      '--date',
      '17/06/2026',
      '--receiver',
      'UBND tỉnh Lạng Sơn',
      '--signer-authority',
      'TM. Ủy ban nhân dân',
      '--signer-title',
      'Chủ tịch',
      '--signer',
      'Vũ Hồng Trung',
      '--cc',
      'Trung tâm Phục vụ HCC tỉnh (B/c); Văn phòng HĐND-UBND tỉnh',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  stdout = r.stdout;
  stderr = r.stderr;
  if (r.status !== 0) throw new Error(`kstt narrate exit ${r.status}: ${r.stderr}`);
  soffice(['--convert-to', 'pdf', 'bao-cao-quy-ii.docx'], work);
  const pdf = path.join(work, 'bao-cao-quy-ii.pdf');
  pdfText = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  const out = testOutputDir('report');
  writeFileSync(path.join(out, 'bao-cao-quy-ii.pdf'), readFileSync(pdf));
  writeFileSync(path.join(out, 'bao-cao-quy-ii.docx'), readFileSync(path.join(work, 'bao-cao-quy-ii.docx')));
  writeFileSync(path.join(out, 'bao-cao-quy-ii.txt'), stdout);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '70',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdf,
    path.join(out, 'bao-cao-quy-ii-trang-1'),
  ]);
  // One section before (as last quarter's report wrote it) and after (this quarter's draft), verbatim.
  const before = PREVIOUS_REPORT.slice(
    PREVIOUS_REPORT.findIndex((p) => p.id === 'II.7'),
    PREVIOUS_REPORT.findIndex((p) => p.id === 'II.8'),
  ).map((p) => p.text);
  const after = stdout.slice(stdout.indexOf('7. Thực hiện TTHC'), stdout.indexOf('8. Truyền thông')).trim();
  writeFileSync(
    path.join(out, 'section-before-after.md'),
    `## Trước (báo cáo quý I/2026, viết tay)\n\n${before.join('\n\n')}\n\n## Sau (kstt narrate quy-ii.xlsx --previous quy-i.xlsx --carry bao-cao-quy-i.docx)\n\n${after}\n`,
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('the CLI says what it carried', () => {
  expect(stderr).toMatch(
    /Báo cáo kỳ trước \(Quý I năm 2026\): nhận ra 22 đề mục, giữ \d+ đoạn văn, thay 17 câu số liệu, \d+ chỗ cần cập nhật\./,
  );
});

test('the PDF: header block, this quarter in the title, the signature', () => {
  const text = flat(pdfText);
  for (const expected of [
    'ỦY BAN NHÂN DÂN',
    'PHƯỜNG TAM THANH',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số: 412/BC-UBND',
    'Tam Thanh, ngày 17 tháng 6 năm 2026',
    'trên môi trường điện tử Quý II năm 2026',
    'Kính gửi: UBND tỉnh Lạng Sơn.',
    'UBND phường Tam Thanh trân trọng báo cáo./.',
    'Nơi nhận:',
    '- Văn phòng HĐND-UBND tỉnh;',
    'Vũ Hồng Trung',
  ])
    expect(text).toContain(expected);
  expect(text).toMatch(/TM\. ỦY BAN NHÂN DÂN .*CHỦ TỊCH/);
});

test("the PDF keeps every paragraph of the unit and none of last quarter's figure sentences", () => {
  const text = squash(flat(pdfText).replace(/ \[cần cập nhật: [^\]]*\]/g, ''));
  for (const p of PREVIOUS_REPORT.filter((x) => x.kind === 'text' || x.kind === 'sub'))
    expect(text).toContain(squash(p.text));
  // The figure sentences of II.4, II.5 and II.7, whose figures changed this quarter (II.1–II.2 restate equal ones).
  const changed = (['II.4', 'II.5', 'II.7'] as const).flatMap((id) => {
    const from = PREVIOUS_REPORT.findIndex((p) => p.id === id);
    const to = PREVIOUS_REPORT.findIndex((p, i) => i > from && p.kind === 'heading');
    return PREVIOUS_REPORT.slice(from, to).filter(
      (p) => p.kind === 'figure' && !p.text.startsWith('(Chi tiết'),
    );
  });
  expect(changed.length).toBe(9);
  for (const p of changed) expect(text).not.toContain(squash(p.text));
});

test("the PDF states this quarter's figures with the comparison, and marks last quarter's", () => {
  const text = squash(pdfText);
  for (const expected of [
    '1.802 hồ sơ (tăng 10,08% so với kỳ trước)',
    '1.488 [cần cập nhật: trùng số liệu kỳ trước (ô G15, trang «II.06a» của sổ tính kỳ trước)]',
    'trong Quý I năm 2026 [cần cập nhật: tên kỳ trước; kỳ này là Quý II năm 2026]',
    '15/03/2026 [cần cập nhật: ngày thuộc kỳ trước (15/12/2025 – 14/3/2026)]',
    '18.025.000 [cần cập nhật: trùng số liệu kỳ trước',
    '8.141 [cần cập nhật: trùng số liệu kỳ trước',
  ])
    expect(text).toContain(squash(expected));
});
