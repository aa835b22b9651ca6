/**
 * A province merges its communes (issue 16): 5.000 units at one level, each read by the real recogniser and
 * checker, go through the consolidation, the plans (II.06b, the per-unit appendix with 5.000 rows, the status
 * sheet) and the .xlsx writer; LibreOffice recalculates the workbook and TỔNG CỘNG of II.06b and of the appendix
 * must equal the sum of every unit's own figures. Before, more than 500 units at one level stopped the merge.
 */
import { buildConsolidatedPlans } from '../../src/domain/consolidate';
import { renderPlansToXlsx } from '../../src/xlsx/render-plan';
import ExcelJS from 'exceljs';
import { recalculateXlsx, type ComputedValue } from '../helpers/libreoffice';
import { mergeProvince } from '../fixtures/merge/many-units';
import type { Figures } from '../fixtures/merge/units';

jest.setTimeout(600_000);

const UNITS = 5000;

const all: Figures = { online: 0, direct: 0, carried: 0, early: 0, onTime: 0, late: 0, pendingOnTime: 0, pendingLate: 0 };
let merged: number;

let book: ExcelJS.Workbook;

/**
 * The first 16 columns of a sheet as LibreOffice computed them (readComputedValues walks every column LibreOffice
 * declares, which for a 5.000-row sheet is minutes).
 */
function computed(sheetName: string): ComputedValue[][] {
  const sheet = book.getWorksheet(sheetName)!;
  const grid: ComputedValue[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    const values: ComputedValue[] = [];
    for (let c = 1; c <= 16; c++) {
      const cell = row.getCell(c);
      const v = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
      values.push(v === undefined || v === null ? null : typeof v === 'object' ? String(v) : (v as ComputedValue));
    }
    grid[r - 1] = values;
  });
  return Array.from(grid, (r) => r ?? []);
}

function rowStarting(grid: ComputedValue[][], col: number, text: string): number {
  const row = grid.findIndex((r) => typeof r[col] === 'string' && (r[col] as string).startsWith(text));
  if (row < 0) throw new Error(`no row «${text}»`);
  return row;
}

beforeAll(async () => {
  const result = mergeProvince(UNITS, (unit) => {
    for (const f of unit.fields) for (const k of Object.keys(all) as (keyof Figures)[]) all[k] += f.figures[k];
  });
  merged = result.counts.merged;
  const plans = buildConsolidatedPlans(result, {
    reportingUnit: 'UBND tỉnh Mẫu Sơn',
    level: 'tinh',
    fallbackPeriod: { label: 'Quý I năm 2026', from: '15/12/2025', to: '14/03/2026' },
  });
  const recalculated = await recalculateXlsx(Buffer.from(await renderPlansToXlsx(plans)));
  book = new ExcelJS.Workbook();
  await book.xlsx.load(recalculated as unknown as ExcelJS.Buffer);
});

describe(`${UNITS} communes merged at one level`, () => {
  it('every unit is merged', () => expect(merged).toBe(UNITS));

  it('II.06b: TỔNG CỘNG computed by LibreOffice equals the sum of every unit, column by column', async () => {
    const grid = computed('II.06b');
    const total = grid[rowStarting(grid, 0, 'TỔNG CỘNG')];
    const received = all.online + all.direct + all.carried;
    const resolved = all.early + all.onTime + all.late;
    expect(total.slice(2, 13)).toEqual([
      received, all.online, all.direct, all.carried,
      resolved, all.early, all.onTime, all.late,
      all.pendingOnTime + all.pendingLate, all.pendingOnTime, all.pendingLate,
    ]);
  });

  it('the appendix holds 5.000 unit rows and its TỔNG CỘNG agrees', async () => {
    const grid = computed('Phụ lục đơn vị');
    expect(grid.filter((r) => typeof r[1] === 'string' && /^UBND xã Số \d+$/.test(r[1] as string))).toHaveLength(UNITS);
    const total = grid[rowStarting(grid, 0, 'TỔNG CỘNG')];
    expect(total.slice(2, 8)).toEqual([
      all.online + all.direct + all.carried,
      all.early + all.onTime + all.late,
      all.early, all.onTime, all.late,
      all.pendingOnTime + all.pendingLate,
    ]);
  });
});
