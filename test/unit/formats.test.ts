/**
 * Every format an official receives (issue 10 §3): the same hand-typed unit workbook as .xlsx, .xlsm, .xls and
 * .ods (saved by LibreOffice, cached under test-output), .xlsb (written by SheetJS) and .csv (typed here), read
 * through the one guard and loader into the same unit and the same figures; `kstt check` and `kstt merge` take
 * them all; a password-protected file gets its own message.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { runKstt } from '../../src/cli/kstt';
import type { CliIo } from '../../src/cli/commands/types';
import { readUnitFile, type UnitReaders } from '../../src/domain/consolidate';
import { extractDossierRows } from '../../src/domain/consolidate/extract';
import { recogniseWorkbook } from '../../src/domain/read';
import { loadGrid } from '../../src/xlsx/load-grid';
import { convertXlsxMany } from '../helpers/libreoffice';
import { testOutputDir } from '../helpers/paths';
import { encryptedLookalike } from '../fixtures/merge/bad-files';
import { randomCommune, sumFigures, unitWorkbook, type UnitFixture } from '../fixtures/merge/units';

const readers: UnitReaders = { loadGrid, recognise: (wb) => recogniseWorkbook(wb) };
const CACHE = testOutputDir('formats');

/** LibreOffice conversions are cached by the input's content (they take seconds). */
export async function libreOfficeCopies(inputs: Uint8Array[], format: 'xls' | 'ods'): Promise<Uint8Array[]> {
  const keys = inputs.map((b) => createHash('sha1').update(b).digest('hex').slice(0, 16));
  const file = (k: string) => path.join(CACHE, `${k}.${format}`);
  const missing = inputs.filter((_, i) => !existsSync(file(keys[i])));
  if (missing.length > 0) {
    const converted = await convertXlsxMany(missing, format);
    missing.forEach((b, i) => writeFileSync(file(keys[inputs.indexOf(b)]), converted[i]));
  }
  return keys.map((k) => new Uint8Array(readFileSync(file(k))));
}

/** The unit as a CSV a one-stop system exports: «;» separated, Vietnamese thousands «1.234» typed as text. */
function csvOf(unit: UnitFixture): Uint8Array {
  const lines = [
    `Biểu số II.06a/VPCP/KSTT;;;;;;;;- Đơn vị báo cáo: ${unit.unitName}`,
    `Kỳ báo cáo: ${unit.period.label}`,
    `(Từ ngày ${unit.period.from} đến ngày ${unit.period.to})`,
    'STT;Lĩnh vực giải quyết;Số hồ sơ nhận giải quyết;;;;Số hồ sơ đã giải quyết;;;;Số hồ sơ đang giải quyết;;',
    ';;Tổng số;Trong kỳ;;Từ kỳ trước;Tổng số;Trước hạn;Đúng hạn;Quá hạn;Tổng số;Trong hạn;Quá hạn',
    ';;;Trực tuyến;Trực tiếp, dịch vụ bưu chính;;;;;;;;',
  ];
  unit.fields.forEach((f, i) => {
    const g = f.figures;
    const row = [g.online + g.direct + g.carried, g.online, g.direct, g.carried, g.early + g.onTime + g.late, g.early, g.onTime, g.late, g.pendingOnTime + g.pendingLate, g.pendingOnTime, g.pendingLate];
    lines.push([i + 1, `"${f.label}"`, ...row.map((v) => v.toLocaleString('de-DE'))].join(';'));
  });
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

const unit: UnitFixture = { ...randomCommune(11, 'UBND xã Hòa Bình'), style: 'plain', title: 'printedDash' };
let files: Record<string, Uint8Array>;

beforeAll(async () => {
  const xlsx = await unitWorkbook(unit);
  const [xls] = await libreOfficeCopies([xlsx], 'xls');
  const [ods] = await libreOfficeCopies([xlsx], 'ods');
  const xlsb = XLSX.write(XLSX.read(xlsx, { type: 'array' }), { type: 'array', bookType: 'xlsb' }) as ArrayBuffer;
  files = { xlsx, xlsm: xlsx, xls, ods, xlsb: new Uint8Array(xlsb), csv: csvOf(unit) };
}, 120_000);

const expected = () => sumFigures([unit]);

describe.each(['xlsx', 'xlsm', 'xls', 'ods', 'xlsb', 'csv'])('.%s', (ext) => {
  it('gives the same unit, period and figures', async () => {
    const read = await readUnitFile(files[ext], `hoa-binh.${ext}`, readers);
    if (read.kind !== 'read') throw new Error(`${ext}: ${read.reason} ${read.details ?? ''}`);
    expect(read.unitName).toBe('UBND xã Hòa Bình');
    const form = read.forms.find((f) => f.code === 'II.06a');
    expect(form?.period.parsed).toMatchObject({ kind: 'quarter', index: 1, year: 2026 });
    const rows = extractDossierRows(form!).rows;
    expect(rows.map((r) => r.label)).toEqual(unit.fields.map((f) => f.label));
    const sum = (id: string) => rows.reduce((n, r) => n + (r.values[id] ?? 0), 0);
    expect(['online', 'direct', 'carried', 'early', 'onTime', 'late'].map(sum)).toEqual(
      ['online', 'direct', 'carried', 'early', 'onTime', 'late'].map((id) => expected()[id as 'online']),
    );
  });
});

describe('the commands take every format', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kstt-formats-'));
    for (const [ext, bytes] of Object.entries(files)) writeFileSync(path.join(dir, `don-vi.${ext}`), bytes);
    writeFileSync(path.join(dir, 'mat-khau.xls'), encryptedLookalike());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const io = () => {
    const x = { out: '', err: '', cwd: dir, stdout: (t: string) => void (x.out += t), stderr: (t: string) => void (x.err += t) };
    return x as CliIo & { out: string; err: string };
  };

  it('check reads .ods and .xls (no «không nhận ra»), and names the password-protected file', async () => {
    const run = io();
    const code = await runKstt(['check', 'don-vi.ods', 'don-vi.xls', 'mat-khau.xls', '--json'], run);
    const report = JSON.parse(run.out).files as { file: string; error?: string; sheets: { form: string | null }[] }[];
    expect(report[0].sheets.map((s) => s.form)).toContain('II.06a');
    expect(report[1].sheets.map((s) => s.form)).toContain('II.06a');
    expect(report[2].error).toMatch(/mật khẩu/);
    expect(report[2].error).not.toMatch(/\.xls cũ/);
    expect(code).toBe(2);
  });

  it('narrate says «mật khẩu» like check', async () => {
    const run = io();
    expect(await runKstt(['narrate', 'mat-khau.xls'], run)).toBe(2);
    expect(run.err).toMatch(/mật khẩu/);
  });

  it('merge counts the same unit once whatever the format', async () => {
    const run = io();
    const names = Object.keys(files).map((ext) => `don-vi.${ext}`);
    expect(await runKstt(['merge', ...names, '-o', 'tong-hop.xlsx'], run)).toBe(0);
    expect(run.out).toContain(`Đã tổng hợp 1/${names.length} đơn vị`);
    const received = expected().online + expected().direct + expected().carried;
    expect(run.out).toContain(`TỔNG CỘNG: ${received.toLocaleString('de-DE')} hồ sơ`);
  });
});
