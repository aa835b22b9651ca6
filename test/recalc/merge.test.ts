/**
 * The merged workbook computes in a real spreadsheet: `kstt merge` of several unit workbooks (both the add-in's
 * layout and a one-stop export, communes and a town), LibreOffice recalculates it, and TỔNG CỘNG, the level
 * subtotals and the appendix totals and rates must equal the sums of the units' own figures. The recalculated
 * workbook is then read back by the recogniser and the checker must find no error in it (and must find one
 * once a figure is changed behind the formulas' back, so the check is shown to look).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runKstt } from '../../src/cli/kstt';
import type { CliIo } from '../../src/cli/commands/types';
import { checkWorkbook } from '../../src/domain/checks';
import { recogniseWorkbook } from '../../src/domain/read';
import { readWorkbookGrid, type WorkbookGrid } from '../../src/xlsx/read-grid';
import { readComputedValues, recalculateXlsx, type ComputedValue } from '../helpers/libreoffice';
import { testOutputDir } from '../helpers/paths';
import {
  randomCommune,
  sumFigures,
  unitWorkbook,
  type Figures,
  type UnitFixture,
} from '../fixtures/merge/units';

jest.setTimeout(180_000);

const communes = [
  randomCommune(2, 'UBND xã An Phú'),
  randomCommune(3, 'UBND phường Ba Đình'),
  randomCommune(5, 'UBND xã Hà Lan'),
  randomCommune(8, 'UBND phường Ngọc Trạo'),
];
const town = randomCommune(7, 'UBND thị xã Bỉm Sơn');
const units: UnitFixture[] = [...communes, town];

/** The 11 numeric columns of II.06b (C … M) from a unit sum. */
function dossierLine(f: Figures): number[] {
  const received = f.online + f.direct + f.carried;
  const resolved = f.early + f.onTime + f.late;
  const pending = f.pendingOnTime + f.pendingLate;
  return [
    received,
    f.online,
    f.direct,
    f.carried,
    resolved,
    f.early,
    f.onTime,
    f.late,
    pending,
    f.pendingOnTime,
    f.pendingLate,
  ];
}

function rowStarting(grid: ComputedValue[][], col: number, text: string): number {
  const row = grid.findIndex((r) => typeof r[col] === 'string' && (r[col] as string).startsWith(text));
  if (row < 0) throw new Error(`no row «${text}»`);
  return row;
}

let dir: string;
let merged: Buffer;
let recalculated: Buffer;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kstt-merge-recalc-'));
  const files: string[] = [];
  for (const [i, unit] of units.entries()) {
    const name = `don-vi-${i + 1}.xlsx`;
    writeFileSync(path.join(dir, name), await unitWorkbook(unit));
    files.push(name);
  }
  const io: CliIo = { cwd: dir, stdout: () => undefined, stderr: (t) => process.stderr.write(t) };
  const code = await runKstt(['merge', ...files, '-o', 'tong-hop.xlsx', '--unit', 'UBND huyện Mẫu Sơn'], io);
  expect(code).toBe(0);
  merged = readFileSync(path.join(dir, 'tong-hop.xlsx'));
  recalculated = await recalculateXlsx(merged);
  writeFileSync(path.join(testOutputDir('merge'), 'tong-hop-recalculated.xlsx'), recalculated);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('merged II.06b after LibreOffice recalculation', () => {
  it('TỔNG CỘNG equals the sum of every unit, column by column', async () => {
    const grid = await readComputedValues(recalculated, 'II.06b');
    const total = rowStarting(grid, 0, 'TỔNG CỘNG');
    expect(grid[total].slice(2, 13)).toEqual(dossierLine(sumFigures(units)));
  });

  it('each level subtotal equals the sum of that level’s units', async () => {
    const grid = await readComputedValues(recalculated, 'II.06b');
    const huyen = rowStarting(grid, 1, 'Cấp huyện');
    const xa = rowStarting(grid, 1, 'Cấp xã');
    expect(grid[huyen].slice(2, 13)).toEqual(dossierLine(sumFigures([town])));
    expect(grid[xa].slice(2, 13)).toEqual(dossierLine(sumFigures(communes)));
    expect(huyen).toBeLessThan(xa);
  });

  it('the appendix gives each unit its totals and a rate that LibreOffice computes', async () => {
    const grid = await readComputedValues(recalculated, 'Phụ lục đơn vị');
    for (const unit of units) {
      const row = grid.find((r) => r[1] === unit.unitName)!;
      const f = sumFigures([unit]);
      const resolved = f.early + f.onTime + f.late;
      expect(row.slice(2, 8)).toEqual([
        f.online + f.direct + f.carried,
        resolved,
        f.early,
        f.onTime,
        f.late,
        f.pendingOnTime + f.pendingLate,
      ]);
      expect(row[8] as number).toBeCloseTo((f.early + f.onTime) / resolved, 12);
    }
    const total = rowStarting(grid, 0, 'TỔNG CỘNG');
    const all = sumFigures(units);
    expect(grid[total][2]).toBe(all.online + all.direct + all.carried);
    expect(grid[total][8] as number).toBeCloseTo(
      (all.early + all.onTime) / (all.early + all.onTime + all.late),
      12,
    );
  });
});

describe('the merged workbook under the checker', () => {
  let grid: WorkbookGrid;
  beforeAll(async () => {
    grid = await readWorkbookGrid(recalculated);
  });

  it('is recognised as II.06b and the appendix, with no error finding', () => {
    const forms = recogniseWorkbook(grid);
    expect(forms.map((f) => f.code)).toEqual(expect.arrayContaining(['II.06b', 'KSTT-PL']));
    const ii06b = forms.find((f) => f.code === 'II.06b')!;
    expect(ii06b.groupRows).toHaveLength(2);
    const errors = checkWorkbook(forms).filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('finds the error once a lĩnh vực figure no longer adds up to the stored total', () => {
    const sheet = grid.sheets.find((s) => s.name === 'II.06b')!;
    const forms = recogniseWorkbook(grid);
    const ii06b = forms.find((f) => f.code === 'II.06b')!;
    const target = ii06b.dataRows[0];
    const col = ii06b.columns.online;
    const tampered: WorkbookGrid = {
      ...grid,
      sheets: grid.sheets.map((s) =>
        s !== sheet
          ? s
          : {
              ...s,
              cells: s.cells.map((c) =>
                c.row === target.row && c.col === col ? { ...c, value: Number(c.value) + 7 } : c,
              ),
            },
      ),
    };
    const errors = checkWorkbook(recogniseWorkbook(tampered)).filter(
      (f) => f.severity === 'error' && f.sheet === 'II.06b',
    );
    expect(errors.length).toBeGreaterThan(0);
  });
});
