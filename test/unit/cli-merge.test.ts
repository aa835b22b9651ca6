/**
 * `kstt merge`: in-process runs over generated unit workbooks and every class of bad file, plus one real process
 * for the entry point. The written workbook is read back: II.06b with formula totals, the appendix, and the
 * «Tình trạng đơn vị» sheet listing every file with ok / lỗi / không đọc được and the reason.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runKstt } from '../../src/cli/kstt';
import { mergeRequestFromArgs } from '../../src/cli/commands/merge';
import type { CliIo } from '../../src/cli/commands/types';
import { readWorkbookGrid, type GridSheet } from '../../src/xlsx/read-grid';
import {
  absurdDimensions,
  encryptedLookalike,
  noForm,
  notAWorkbook,
  truncated,
  lyingZipBomb,
} from '../fixtures/merge/bad-files';
import { Q2_2026, randomCommune, sumFigures, unitWorkbook, type UnitFixture } from '../fixtures/merge/units';

const ROOT = path.resolve(__dirname, '../..');
let dir: string;

function recordingIo(cwd = dir): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    cwd,
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
  };
  return io;
}

async function writeUnit(name: string, fixture: UnitFixture): Promise<string> {
  writeFileSync(path.join(dir, name), await unitWorkbook(fixture));
  return name;
}

function sheetText(sheet: GridSheet): string[][] {
  const rows: string[][] = [];
  for (const c of sheet.cells) (rows[c.row] ??= [])[c.col] = c.value === null ? '' : String(c.value);
  return rows;
}

const a = randomCommune(2, 'UBND xã An Phú');
const b = randomCommune(3, 'UBND phường Ba Đình');
const c = randomCommune(4, 'UBND thị xã Bỉm Sơn');

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kstt-merge-'));
  await writeUnit('an-phu.xlsx', a);
  await writeUnit('ba-dinh.xlsx', b);
  await writeUnit('bim-son.xlsx', c);
  const good = await unitWorkbook(a);
  writeFileSync(path.join(dir, 'an-phu-gui-lai.xlsx'), good);
  writeFileSync(path.join(dir, 'mat-khau.xlsx'), encryptedLookalike());
  writeFileSync(path.join(dir, 'van-ban.xlsx'), notAWorkbook());
  writeFileSync(path.join(dir, 'hong.xlsx'), truncated(good));
  writeFileSync(
    path.join(dir, 'bom.xlsx'),
    lyingZipBomb(200),
  );
  writeFileSync(path.join(dir, 'khong-lo.xlsx'), await absurdDimensions());
  writeFileSync(path.join(dir, 'khong-bieu.xlsx'), await noForm());
  await writeUnit('ha-lan-quy-2.xlsx', randomCommune(9, 'UBND xã Hà Lan', Q2_2026));
  mkdirSync(path.join(dir, 'thu-muc.xlsx'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kstt merge', () => {
  it('merges good files, lists every bad one with its reason, and exits 0', async () => {
    const io = recordingIo();
    const files = [
      'an-phu.xlsx',
      'ba-dinh.xlsx',
      'bim-son.xlsx',
      'an-phu-gui-lai.xlsx',
      'mat-khau.xlsx',
      'van-ban.xlsx',
      'hong.xlsx',
      'bom.xlsx',
      'khong-lo.xlsx',
      'khong-bieu.xlsx',
      'ha-lan-quy-2.xlsx',
      'khong-co.xlsx',
      'thu-muc.xlsx',
    ];
    const code = await runKstt(
      ['merge', ...files, '-o', 'tong-hop.xlsx', '--unit', 'UBND huyện Mẫu Sơn'],
      io,
    );
    expect(io.err).toBe('');
    expect(code).toBe(0);
    const expected = sumFigures([a, b, c]);
    const received = expected.online + expected.direct + expected.carried;
    expect(io.out).toContain('Tổng hợp 13 tệp — kỳ báo cáo: Quý I năm 2026');
    expect(io.out).toContain('Đã tổng hợp 3/13 đơn vị (0 có cảnh báo); 10 tệp không tổng hợp');
    expect(io.out).toContain(`TỔNG CỘNG: ${received.toLocaleString('de-DE')} hồ sơ nhận giải quyết`);
    const lineOf = (file: string) => io.out.split('\n').findIndex((l) => l.includes(` ${file}`));
    const detailOf = (file: string) =>
      io.out
        .split('\n')
        .slice(lineOf(file), lineOf(file) + 2)
        .join('\n');
    expect(detailOf('an-phu.xlsx')).toMatch(/✓ ok/);
    expect(detailOf('an-phu-gui-lai.xlsx')).toMatch(/lỗi[\s\S]*(Trùng đơn vị|Tệp giống hệt tệp) «/);
    expect(detailOf('mat-khau.xlsx')).toMatch(/không đọc được[\s\S]*mật khẩu/);
    expect(detailOf('van-ban.xlsx')).toMatch(/không đọc được[\s\S]*Không phải tệp Excel/);
    expect(detailOf('hong.xlsx')).toMatch(/không đọc được[\s\S]*bị hỏng/);
    expect(detailOf('bom.xlsx')).toMatch(/không đọc được[\s\S]*bom nén/);
    expect(detailOf('khong-lo.xlsx')).toMatch(/không đọc được[\s\S]*vị trí bất thường/);
    expect(detailOf('khong-bieu.xlsx')).toMatch(/không nhận ra biểu nào[\s\S]*đã xem trang «Danh sách»/);
    expect(detailOf('ha-lan-quy-2.xlsx')).toMatch(/lỗi[\s\S]*kỳ khác/);
    expect(detailOf('khong-co.xlsx')).toMatch(/không đọc được[\s\S]*Không tìm thấy tệp/);
    expect(detailOf('thu-muc.xlsx')).toMatch(/không đọc được[\s\S]*thư mục/);

    const grid = await readWorkbookGrid(readFileSync(path.join(dir, 'tong-hop.xlsx')));
    expect(grid.sheets.map((s) => s.name)).toEqual(['II.06b', 'Phụ lục đơn vị', 'Tình trạng đơn vị']);
    const ii06b = grid.sheets[0];
    const total = sheetText(ii06b).findIndex((row) => row?.[0] === 'TỔNG CỘNG');
    expect(total).toBeGreaterThan(0);
    const totalCells = ii06b.cells.filter((cell) => cell.row === total && cell.col >= 2);
    expect(totalCells.length).toBeGreaterThanOrEqual(11);
    expect(totalCells.every((cell) => cell.formula?.startsWith('=SUBTOTAL(9,'))).toBe(true);
    const status = sheetText(grid.sheets[2]);
    const statusOf = (file: string) => status.find((row) => row?.[1] === file)?.[5];
    expect(statusOf('an-phu.xlsx')).toBe('ok');
    expect(statusOf('an-phu-gui-lai.xlsx')).toBe('lỗi');
    expect(statusOf('bom.xlsx')).toBe('không đọc được');
    expect(status.find((row) => row?.[1] === 'ha-lan-quy-2.xlsx')?.[8]).toMatch(/Quý II năm 2026/);
  });

  it('exits 2 and writes nothing when no file can be read', async () => {
    const io = recordingIo();
    const code = await runKstt(['merge', 'mat-khau.xlsx', 'van-ban.xlsx', '-o', 'khong-ghi.xlsx'], io);
    expect(code).toBe(2);
    expect(io.err).toMatch(/mat-khau.xlsx: Tệp được đặt mật khẩu/);
    expect(io.err).toMatch(/không đọc được tệp nào/);
    expect(existsSync(path.join(dir, 'khong-ghi.xlsx'))).toBe(false);
  });

  it.each([
    [['merge', '-o', 'x.xlsx'], /Chưa nêu tệp nào/],
    [['merge', 'an-phu.xlsx'], /Chưa nêu tệp kết quả/],
    [['merge', 'an-phu.xlsx', '-o', 'x.csv'], /đuôi .xlsx/],
    [['merge', 'an-phu.xlsx', '-o', 'x.xlsx', '--level', 'quan'], /--level không nhận «quan»/],
    [['merge', 'an-phu.xlsx', '-o', 'an-phu.xlsx', '--force'], /trùng với một tệp đầu vào/],
    [['merge', 'an-phu.xlsx', '-o', 'x.xlsx', '--date', '31/02/2026'], /không hợp lệ/],
  ])('refuses %j with exit 1', async (args, message) => {
    const io = recordingIo();
    expect(await runKstt(args, io)).toBe(1);
    expect(io.err).toMatch(message);
  });

  it('never overwrites without --force', async () => {
    writeFileSync(path.join(dir, 'da-co.xlsx'), 'x');
    const io = recordingIo();
    expect(await runKstt(['merge', 'an-phu.xlsx', '-o', 'da-co.xlsx'], io)).toBe(1);
    expect(io.err).toMatch(/không ghi đè/);
    expect(readFileSync(path.join(dir, 'da-co.xlsx'), 'utf8')).toBe('x');
    expect(await runKstt(['merge', 'an-phu.xlsx', '-o', 'da-co.xlsx', '--force'], recordingIo())).toBe(0);
  });

  it('puts units of an unknown level where --level says', async () => {
    await writeUnit('trung-tam.xlsx', { ...b, unitName: 'Trung tâm Phục vụ hành chính công' });
    const io = recordingIo();
    expect(await runKstt(['merge', 'trung-tam.xlsx', '-o', 'cap-tinh.xlsx', '--level', 'tinh'], io)).toBe(0);
    expect(io.out).toMatch(/Trung tâm Phục vụ hành chính công \(cấp tỉnh\)/);
    const grid = await readWorkbookGrid(readFileSync(path.join(dir, 'cap-tinh.xlsx')));
    expect(sheetText(grid.sheets[0]).some((row) => row?.[1] === 'Cấp tỉnh (sở, ban, ngành)')).toBe(true);
  });

  it('takes a level stated for one file over the one read from its unit name', async () => {
    const io = recordingIo();
    expect(await runKstt(['merge', 'an-phu.xlsx=huyen', 'ba-dinh.xlsx', '-o', 'cap-rieng.xlsx'], io)).toBe(0);
    expect(io.out).toMatch(/an-phu.xlsx\s+— UBND xã An Phú \(cấp huyện\)/);
    expect(io.out).toMatch(/ba-dinh.xlsx\s+— UBND phường Ba Đình \(cấp xã\)/);
  });

  it('parses its options', () => {
    expect(
      mergeRequestFromArgs(['a.xlsx', 'b.xlsx=tinh', 'c=d.xlsx', '-o', 'c.xlsx', '--level', 'huyen']),
    ).toMatchObject({
      inputs: [{ path: 'a.xlsx' }, { path: 'b.xlsx', level: 'tinh' }, { path: 'c=d.xlsx' }],
      output: 'c.xlsx',
      defaultLevel: 'huyen',
    });
  });

  it('runs as a real process with the documented exit code', () => {
    const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
    const out = path.join(dir, 'tien-trinh.xlsx');
    const r = spawnSync(
      tsx,
      ['src/cli/kstt.ts', 'merge', path.join(dir, 'an-phu.xlsx'), path.join(dir, 'ba-dinh.xlsx'), '-o', out],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Đã tổng hợp 2/2 đơn vị (0 có cảnh báo).');
    expect(existsSync(out)).toBe(true);
    const help = spawnSync(tsx, ['src/cli/kstt.ts', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(help.stdout).toMatch(/merge\s+tổng hợp/);
  });
});
