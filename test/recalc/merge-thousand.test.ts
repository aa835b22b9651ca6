/**
 * The 1.000-unit intake of issue 10 (test/fixtures/merge/thousand.ts): `kstt merge` over 920 distinct communes
 * (150 pairs with identical figures, 20 .xls, 20 .ods), 50 byte-identical copies and 30 unreadable files. Every
 * real unit is merged exactly once, the copies are counted once, the figure twins are merged with a warning on
 * both, every refused file has a Vietnamese reason, and TỔNG CỘNG recalculated by LibreOffice equals the sum
 * computed from the fixtures themselves.
 *
 * One level holds 920 units: the appendix needs the layout's row limit above that (the reader's branch raises it
 * to Excel's); until then this suite is skipped, and says so.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runKstt } from '../../src/cli/kstt';
import type { CliIo } from '../../src/cli/commands/types';
import { MAX_ROWS } from '../../src/domain/layout/validate';
import { readWorkbookGrid } from '../../src/xlsx/read-grid';
import { thousandUnits, type ThousandExpected } from '../fixtures/merge/thousand';
import { columnFigures } from '../fixtures/merge/units';
import { convertXlsxMany, readComputedValues, recalculateXlsx } from '../helpers/libreoffice';
import { testOutputDir } from '../helpers/paths';

jest.setTimeout(600_000);

const FITS = MAX_ROWS >= 920;
const work = testOutputDir('thousand');
const dir = path.join(work, 'don-vi');
let expected: ThousandExpected;
let out = '';
let code: number;

(FITS ? describe : describe.skip)('kstt merge of 1.000 unit files', () => {
  beforeAll(async () => {
    expected = await thousandUnits(dir, convertXlsxMany);
    const files = require('node:fs').readdirSync(dir).sort() as string[];
    const io: CliIo = { cwd: dir, stdout: (t) => void (out += t), stderr: (t) => void (out += t) };
    rmSync(path.join(work, 'tong-hop.xlsx'), { force: true });
    code = await runKstt(['merge', ...files, '-o', '../tong-hop.xlsx', '--unit', 'UBND huyện Mẫu Sơn'], io);
  });

  it('merges every real unit exactly once and says how many were merged, warned and refused', () => {
    expect(code).toBe(0);
    expect(expected.files).toBe(1000);
    expect(out).toContain(`Đã tổng hợp ${expected.merged}/${expected.files} đơn vị (${expected.twinUnits} có cảnh báo)`);
    expect(out).toContain(`${expected.duplicates + expected.unreadable} tệp không tổng hợp`);
  });

  it('lists every copy as the same file, every unreadable file with a Vietnamese reason', async () => {
    const grid = await readWorkbookGrid(readFileSync(path.join(work, 'tong-hop.xlsx')));
    const status = grid.sheets.find((s) => s.name === 'Tình trạng đơn vị')!;
    const rows = new Map<number, Record<number, unknown>>();
    for (const c of status.cells) (rows.get(c.row) ?? rows.set(c.row, {}).get(c.row)!)[c.col] = c.value;
    const list = [...rows.values()].filter((r) => typeof r[1] === 'string' && typeof r[5] === 'string' && r[0] !== 'STT');
    expect(list).toHaveLength(1000);
    const copies = list.filter((r) => String(r[1]).startsWith('gui-lai-'));
    expect(copies.every((r) => r[7] === 'Không' && /^Tệp giống hệt tệp «don-vi-\d{4}\.xlsx»/.test(String(r[8])))).toBe(true);
    const bad = list.filter((r) => String(r[1]).startsWith('hong-'));
    expect(bad).toHaveLength(30);
    for (const r of bad) {
      expect(r[5]).toBe('không đọc được');
      expect(String(r[8])).toMatch(/^(Tệp|Không|Thành phần|Dữ liệu)/);
      expect(String(r[8])).not.toMatch(/Error|undefined|http|zip|Corrupt/);
    }
    const real = list.filter((r) => String(r[1]).startsWith('don-vi-'));
    expect(real).toHaveLength(920);
    expect(real.every((r) => r[7] === 'Có')).toBe(true);
    expect(real.filter((r) => /Số liệu giống hệt đơn vị/.test(String(r[8] ?? '')))).toHaveLength(300);
    expect(real.filter((r) => /\.(xls|ods)$/.test(String(r[1])))).toHaveLength(40);
  });

  it('TỔNG CỘNG, recalculated by LibreOffice, equals the sum of the fixtures', async () => {
    const recalculated = await recalculateXlsx(readFileSync(path.join(work, 'tong-hop.xlsx')));
    const grid = await readComputedValues(recalculated, 'II.06b');
    const total = grid.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('TỔNG CỘNG'));
    expect(grid[total].slice(2, 13)).toEqual(columnFigures(expected.totals));
  });
});

if (!FITS) {
  it('is waiting for the layout row limit (MAX_ROWS) to hold 920 units at one level', () => {
    expect(MAX_ROWS).toBeLessThan(920);
  });
}
