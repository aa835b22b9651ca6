/**
 * The shared file guard (issue 16 §4): real streamed inflation against a zip that lies about its sizes, entries
 * the reader does not need left compressed, cells counted before parsing, encrypted files named as such, and
 * `kstt check` / `kstt narrate` refusing a 10 M-cell workbook and a lying zip bomb as real processes, timed and
 * measured (/usr/bin/time), with a Vietnamese reason.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import {
  DEFAULT_FILE_LIMITS,
  ENCRYPTED_REASON,
  inspectWorkbookBytes,
  openWorkbookFile,
} from '../../src/domain/consolidate';
import { loadGrid } from '../../src/xlsx/load-grid';
import { hugeWorkbook, lyingZipBomb } from '../fixtures/merge/bad-files';
import { testOutputDir, REPO_ROOT } from '../helpers/paths';

const OUT = testOutputDir('file-guard');
const bombFile = path.join(OUT, 'bom-noi-doi.xlsx');
const hugeFile = path.join(OUT, 'muoi-trieu-o.xlsx');

beforeAll(() => {
  writeFileSync(bombFile, lyingZipBomb(400));
  // 10 M cells take ~10 s to build: cached between runs.
  if (!existsSync(hugeFile)) writeFileSync(hugeFile, hugeWorkbook(10_000, 1_000));
}, 120_000);

async function smallWorkbook(withImage = false): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu');
  ws.getCell('A1').value = 'STT';
  ws.getCell('B1').value = 'Lĩnh vực';
  ws.getCell('A2').value = 1;
  ws.getCell('B2').value = 'Hộ tịch';
  if (withImage) {
    // A tiny valid PNG (1×1).
    const png = Uint8Array.from(
      atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
      (c) => c.charCodeAt(0),
    );
    const id = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
    ws.addImage(id, 'D2:E4');
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('inspectWorkbookBytes', () => {
  it('stops a zip that lies about its sizes by counting what really inflates', () => {
    const started = Date.now();
    const verdict = inspectWorkbookBytes(lyingZipBomb(400));
    expect(verdict).toEqual({ ok: false, reason: expect.stringMatching(/giải nén vượt 64,0 MB \(nghi là «bom nén»\)/) });
    expect(Date.now() - started).toBeLessThan(5000);
    // What a reader trusting the declared size would have seen: 1 KB.
    expect(unzipSync(lyingZipBomb(1))['xl/worksheets/sheet1.xml'].length).toBe(1024);
  });

  it('hands on only the entries a reader needs, uncompressed; a picture is never inflated', async () => {
    const bytes = await smallWorkbook(true);
    expect(Object.keys(unzipSync(bytes)).some((n) => n.startsWith('xl/media/'))).toBe(true);
    const verdict = inspectWorkbookBytes(bytes);
    if (!verdict.ok) throw new Error(verdict.reason);
    expect(verdict.format).toBe('xlsx');
    const kept = Object.keys(unzipSync(verdict.bytes));
    expect(kept.some((n) => n.startsWith('xl/media/'))).toBe(false);
    expect(kept).toContain('xl/worksheets/sheet1.xml');
    // exceljs still reads the workbook without its picture.
    const opened = await openWorkbookFile(bytes, 'anh.xlsx', loadGrid);
    expect(opened.ok && opened.workbook.sheets[0].cells.find((c) => c.row === 1 && c.col === 1)?.value).toBe('Hộ tịch');
  });

  it('counts cells in the XML before any parser runs', async () => {
    const bytes = await smallWorkbook();
    const loader = jest.fn(loadGrid);
    const opened = await openWorkbookFile(bytes, 'x.xlsx', loader, { ...DEFAULT_FILE_LIMITS, maxCellsPerSheet: 3 });
    expect(opened).toEqual({ ok: false, reason: expect.stringMatching(/có 4 ô, vượt giới hạn 3 ô/) });
    expect(loader).not.toHaveBeenCalled();
  });

  it('names an encrypted file as such, and an old .xls as something to read', () => {
    const cfb = new Uint8Array(4096);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(inspectWorkbookBytes(cfb)).toMatchObject({ ok: true, format: 'xls' });
    const name = [...'EncryptedPackage'].flatMap((ch) => [ch.charCodeAt(0), 0]);
    cfb.set(name, 1024);
    expect(inspectWorkbookBytes(cfb)).toEqual({ ok: false, reason: ENCRYPTED_REASON });
    expect(ENCRYPTED_REASON).toMatch(/mật khẩu/);
  });

  it('keeps a library’s own words out of the reason, in details only', async () => {
    const bytes = await smallWorkbook();
    const files = unzipSync(bytes);
    files['xl/workbook.xml'] = new TextEncoder().encode('<workbook><sheets><sheet name="x" r:id="rId1"/>');
    const { zipSync } = await import('fflate');
    const opened = await openWorkbookFile(zipSync(files), 'hong.xlsx', loadGrid);
    if (opened.ok) throw new Error('a broken workbook was opened');
    expect(opened.reason).toMatch(/^Tệp \.xlsx bị hỏng hoặc không đúng định dạng/);
    expect(opened.reason).not.toMatch(/[Ee]rror|undefined|http/);
    expect(opened.details).toBeTruthy();
  });
});

/** Runs the CLI as a user would, under /usr/bin/time: exit code, stderr, peak RSS (MB) and wall time (s). */
function timedKstt(args: string[]): { code: number | null; out: string; rssMb: number; seconds: number } {
  const tsx = path.join(REPO_ROOT, 'node_modules/.bin/tsx');
  const r = spawnSync('/usr/bin/time', ['-f', '__TIME__ %M %e', tsx, 'src/cli/kstt.ts', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const m = /__TIME__ (\d+) ([\d.]+)/.exec(r.stderr)!;
  return { code: r.status, out: r.stdout + r.stderr, rssMb: Number(m[1]) / 1024, seconds: Number(m[2]) };
}

describe.each([
  ['check', (f: string) => ['check', f]],
  ['narrate', (f: string) => ['narrate', f]],
])('kstt %s on hostile files', (_name, argsFor) => {
  it.each([
    ['the lying zip bomb', () => bombFile, /bom nén/],
    ['the 10 M-cell workbook', () => hugeFile, /quá lớn|vượt/],
  ])('refuses %s in under 5 s and 500 MB, in Vietnamese', (_what, file, reason) => {
    expect(readFileSync(file()).length).toBeGreaterThan(2_000_000);
    const r = timedKstt(argsFor(file()));
    expect(r.code).toBe(2);
    expect(r.out).toMatch(reason);
    expect(r.out).not.toMatch(/\n\s+at |Error:/);
    expect(r.seconds).toBeLessThan(5);
    expect(r.rssMb).toBeLessThan(500);
  });
});
