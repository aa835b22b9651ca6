/**
 * One bad unit never stops the merge (issue 16 §6): a lĩnh vực name over 200 characters, a unit with more
 * lĩnh vực than II.06b holds, a unit name over 200 characters, a too-long --unit. Each is refused or cut with a
 * Vietnamese reason; the other units are merged and the workbook is written.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runKstt } from '../../src/cli/kstt';
import type { CliIo } from '../../src/cli/commands/types';
import { FIELD_CAP } from '../../src/domain/consolidate/consolidation';
import { readWorkbookGrid } from '../../src/xlsx/read-grid';
import { randomCommune, randomFigures, seeded, sumFigures, unitWorkbook, type UnitFixture } from '../fixtures/merge/units';

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'kstt-robust-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(): CliIo & { out: string; err: string } {
  const x = { out: '', err: '', cwd: dir, stdout: (t: string) => void (x.out += t), stderr: (t: string) => void (x.err += t) };
  return x;
}

async function write(name: string, unit: UnitFixture): Promise<string> {
  writeFileSync(path.join(dir, name), await unitWorkbook(unit));
  return name;
}

it('refuses or cuts the bad units with a reason and merges the others', async () => {
  const good = { ...randomCommune(1, 'UBND xã An Phú'), style: 'plain' as const };
  const rand = seeded(7);
  const longField = `Lĩnh vực ${'rất dài '.repeat(40)}`.trim();
  const longLabel: UnitFixture = {
    ...randomCommune(2, 'UBND xã Bình Minh'),
    style: 'plain',
    fields: [{ label: longField, figures: randomFigures(rand) }, ...randomCommune(2, 'x').fields.slice(0, 3)],
  };
  const many: UnitFixture = {
    ...randomCommune(3, 'UBND xã Cẩm Lệ'),
    style: 'plain',
    fields: Array.from({ length: FIELD_CAP + 20 }, (_, i) => ({ label: `Lĩnh vực thử số ${i + 1}`, figures: randomFigures(rand) })),
  };
  const longName = { ...randomCommune(4, `UBND xã ${'Đông '.repeat(60)}`.trim()), style: 'plain' as const };
  const files = [await write('a.xlsx', good), await write('b.xlsx', longLabel), await write('c.xlsx', many), await write('d.xlsx', longName)];
  const run = io();
  const code = await runKstt(['merge', ...files, '-o', 'out.xlsx'], run);
  expect(run.err).toBe('');
  expect(code).toBe(0);
  expect(run.out).toMatch(new RegExp(`c\\.xlsx[^\\n]*\\n\\s+Không tổng hợp được: Biểu II\\.06a có ${FIELD_CAP + 20} dòng lĩnh vực`));
  expect(run.out).toMatch(/b\.xlsx[^\n]*\n[^\n]*Tên lĩnh vực dài \d+ ký tự: đã cắt còn 200 ký tự/);
  expect(run.out).toMatch(/d\.xlsx[^\n]*\n[^\n]*Tên đơn vị dài \d+ ký tự/);
  expect(run.out).toContain('Đã tổng hợp 3/4 đơn vị');
  const expected = sumFigures([good, longLabel, longName]);
  const received = expected.online + expected.direct + expected.carried;
  expect(run.out).toContain(`TỔNG CỘNG: ${received.toLocaleString('de-DE')} hồ sơ nhận giải quyết`);
  const grid = await readWorkbookGrid(readFileSync(path.join(dir, 'out.xlsx')));
  expect(grid.sheets.map((s) => s.name)).toContain('II.06b');
});

it('refuses a --unit over 200 characters with one Vietnamese line, before reading anything', async () => {
  const run = io();
  const code = await runKstt(['merge', 'a.xlsx', '-o', 'x.xlsx', '--unit', 'Ủ'.repeat(201)], run);
  expect(code).toBe(1);
  expect(run.err).toMatch(/^Lỗi: Tên ở --unit dài 201 ký tự, tối đa 200 ký tự\./);
  expect(run.err).not.toMatch(/\n\s+at /);
});
