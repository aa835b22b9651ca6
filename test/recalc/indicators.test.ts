/**
 * The «Chỉ tiêu» sheet's formulas, recalculated by LibreOffice: cross-sheet links into II.06a, the guarded rate,
 * «Đạt / Chưa đạt», the Quyết định 766 total and the rating looked up in the user's band table.
 *
 * Three II.06a sheets and three indicator sheets in one workbook (one LibreOffice run):
 *  A. the 2026 sample report's figures (1.568 online, 0 direct, 69 carried, 1.477 early, 11 late, 41 pending,
 *     44 returned, 64 paused) -> online share 100 % -> Đạt; points 95,5 -> «Xuất sắc»;
 *  B. 300 online of 1.000 new -> 30 % < 50 % -> Chưa đạt; points 72 -> «Khá»;
 *  C. 57 of 100 with the target typed as 57 -> exactly at target -> Đạt (the boundary case, same answer as the core's arithmetic).
 * Expected values come from the core's own arithmetic (`indicatorRate`, `indicatorVerdict`, `ratingFor`).
 */
import ExcelJS from 'exceljs';
import { getForm } from '../../src/domain/forms';
import {
  buildIndicatorPlan,
  indicatorRate,
  indicatorVerdict,
  INDICATOR_LAYOUT_KEYS,
  ratingFor,
  type IndicatorPlan,
} from '../../src/domain/indicators';
import { buildSheetPlan } from '../../src/domain/layout/build-plan';
import type { FormOptions } from '../../src/domain/layout/options';
import type { SheetPlan } from '../../src/domain/layout/sheet-plan';
import { addPlanToWorkbook } from '../../src/xlsx/render-plan';
import {
  readComputedValues,
  recalculateXlsx,
  renderXlsxToPng,
  type ComputedValue,
} from '../helpers/libreoffice';
import { testOutputDir } from '../helpers/paths';
import { tamThanhOptions } from '../fixtures/form-options';

jest.setTimeout(180_000);

const OPTIONS: FormOptions = tamThanhOptions();

type Row = Record<string, number>;

/** The sample report gives totals only: split over three lĩnh vực so the TỔNG CỘNG formula has work to do. */
const SAMPLE_2026: Row[] = [
  {
    online: 900,
    direct: 0,
    carried: 40,
    early: 850,
    onTime: 0,
    late: 5,
    pendingOnTime: 20,
    pendingLate: 0,
    returned: 30,
    paused: 35,
  },
  {
    online: 500,
    direct: 0,
    carried: 20,
    early: 480,
    onTime: 0,
    late: 4,
    pendingOnTime: 15,
    pendingLate: 0,
    returned: 10,
    paused: 11,
  },
  {
    online: 168,
    direct: 0,
    carried: 9,
    early: 147,
    onTime: 0,
    late: 2,
    pendingOnTime: 6,
    pendingLate: 0,
    returned: 4,
    paused: 18,
  },
];
const LOW_ONLINE: Row[] = [
  { online: 200, direct: 500, carried: 0 },
  { online: 100, direct: 200, carried: 10 },
];
const AT_TARGET: Row[] = [{ online: 57, direct: 43, carried: 5 }];

interface Case {
  id: string;
  rows: Row[];
  /** Points typed into the five Quyết định 766 groups. */
  points: number[];
  targetOverride?: number;
  /** Numerator / denominator typed for indicators the workbook cannot link. */
  typed: Record<string, [number, number]>;
}

const CASES: Case[] = [
  {
    id: 'A',
    rows: SAMPLE_2026,
    points: [18, 19.5, 20, 21, 17],
    typed: { onlinePayment: [45, 100], digitisation: [70, 100] },
  },
  { id: 'B', rows: LOW_ONLINE, points: [15, 15, 14, 14, 14], typed: { onlinePayment: [0, 0] } },
  { id: 'C', rows: AT_TARGET, points: [10], targetOverride: 57, typed: {} },
];
const BANDS: [string, number][] = [
  ['Xuất sắc', 90],
  ['Tốt', 80],
  ['Khá', 65],
  ['Trung bình', 50],
];

const sum = (rows: Row[], ids: string[]) =>
  rows.reduce((a, r) => a + ids.reduce((b, id) => b + (r[id] ?? 0), 0), 0);

interface Built {
  c: Case;
  ii06a: SheetPlan;
  ii06aSheet: string;
  plan: IndicatorPlan;
  sheet: string;
}

async function buildWorkbook(): Promise<{ xlsx: Buffer; built: Built[] }> {
  const wb = new ExcelJS.Workbook();
  const built: Built[] = [];
  const spec = getForm('II.06a')!;
  for (const c of CASES) {
    const ii06a = buildSheetPlan(spec, {
      ...OPTIONS,
      rowLabels: c.rows.map((_, i) => `Lĩnh vực ${i + 1}`),
      optionalColumns: { returned: true, paused: true },
    });
    const { sheetName: ii06aSheet } = addPlanToWorkbook(wb, ii06a);
    const ws = wb.getWorksheet(ii06aSheet)!;
    c.rows.forEach((values, i) => {
      for (const [id, v] of Object.entries(values)) {
        ws.getCell(ii06a.layout.dataRows.first + i + 1, ii06a.layout.columns[id] + 1).value = v;
      }
    });
    const plan = buildIndicatorPlan(
      [{ formCode: 'II.06a', sheetName: ii06aSheet, layout: ii06a.layout }],
      2026,
      {
        ...OPTIONS,
        sheetName: `Chỉ tiêu ${c.id}`,
        prefill: c.targetOverride ? { 'target:onlineDossiers': { target: c.targetOverride } } : undefined,
      },
    );
    const { sheetName } = addPlanToWorkbook(wb, plan);
    const sheet = wb.getWorksheet(sheetName)!;
    const { rows, columns } = plan.layout;
    const at = (row: number, col: number) => sheet.getCell(row + 1, col + 1);
    const groups = ['transparency', 'progress', 'onlineServices', 'digitisation', 'satisfaction'];
    c.points.forEach((p, i) => (at(rows![`score:${groups[i]}`], columns.points).value = p));
    for (const [id, [num, den]] of Object.entries(c.typed)) {
      at(rows![`target:${id}`], columns.numerator).value = num;
      at(rows![`target:${id}`], columns.denominator).value = den;
    }
    BANDS.forEach(
      ([, min], i) =>
        (at(rows![INDICATOR_LAYOUT_KEYS.bandsFirst] + i, columns[INDICATOR_LAYOUT_KEYS.bandMin]).value = min),
    );
    built.push({ c, ii06a, ii06aSheet, plan, sheet: sheetName });
  }
  return { xlsx: Buffer.from(await wb.xlsx.writeBuffer()), built };
}

describe('indicator sheet recalculated by LibreOffice', () => {
  let built: Built[];
  const grids = new Map<string, ComputedValue[][]>();
  let recalculated: Buffer;

  beforeAll(async () => {
    const made = await buildWorkbook();
    built = made.built;
    recalculated = await recalculateXlsx(made.xlsx);
    for (const b of built) {
      grids.set(b.sheet, await readComputedValues(recalculated, b.sheet));
      grids.set(b.ii06aSheet, await readComputedValues(recalculated, b.ii06aSheet));
    }
  });

  const value = (b: Built, row: number, col: number) => grids.get(b.sheet)![row][col];

  it('links the online share to II.06a TỔNG CỘNG and computes rate and verdict (sample 2026: Đạt)', () => {
    for (const b of built) {
      const { rows, columns } = b.plan.layout;
      const r = rows!['target:onlineDossiers'];
      const online = sum(b.c.rows, ['online']);
      const fresh = sum(b.c.rows, ['online', 'direct']);
      expect(value(b, r, columns.numerator)).toBe(online);
      expect(value(b, r, columns.denominator)).toBe(fresh);
      const rate = indicatorRate(online, fresh)!;
      expect(value(b, r, columns.result)).toBeCloseTo(rate, 12);
      const target = b.c.targetOverride ?? 50;
      expect(value(b, r, columns.target)).toBe(target);
      expect(value(b, r, columns.verdict)).toBe(indicatorVerdict(rate, target));
    }
    const [a, bLow, c] = built;
    expect(value(a, a.plan.layout.rows!['target:onlineDossiers'], a.plan.layout.columns.numerator)).toBe(
      1568,
    );
    expect(value(a, a.plan.layout.rows!['target:onlineDossiers'], a.plan.layout.columns.verdict)).toBe('Đạt');
    expect(
      value(bLow, bLow.plan.layout.rows!['target:onlineDossiers'], bLow.plan.layout.columns.verdict),
    ).toBe('Chưa đạt');
    expect(value(c, c.plan.layout.rows!['target:onlineDossiers'], c.plan.layout.columns.verdict)).toBe('Đạt');
  });

  it("the linked cells equal the source sheet's own TỔNG CỘNG after recalculation", () => {
    for (const b of built) {
      const source = grids.get(b.ii06aSheet)!;
      const { totalRow, columns: src } = b.ii06a.layout;
      const r = b.plan.layout.rows!['target:onlineDossiers'];
      expect(value(b, r, b.plan.layout.columns.numerator)).toBe(source[totalRow!][src.online]);
      expect(value(b, r, b.plan.layout.columns.denominator)).toBe(
        Number(source[totalRow!][src.online]) + Number(source[totalRow!][src.direct]),
      );
      // Received (3) includes the carried-over dossiers: the denominator is deliberately not that column.
      expect(source[totalRow!][src.received]).toBe(sum(b.c.rows, ['online', 'direct', 'carried']));
    }
  });

  it('typed indicators: rate guarded against a zero denominator, verdict against the year target', () => {
    const [a, bLow] = built;
    const cols = a.plan.layout.columns;
    const pay = a.plan.layout.rows!['target:onlinePayment'];
    const dig = a.plan.layout.rows!['target:digitisation'];
    expect(value(a, pay, cols.result)).toBeCloseTo(0.45, 12);
    expect(value(a, pay, cols.verdict)).toBe('Đạt'); // 45 % against 45 %
    expect(value(a, dig, cols.verdict)).toBe('Chưa đạt'); // 70 % against 80 %
    const zero = bLow.plan.layout.rows!['target:onlinePayment'];
    expect(value(bLow, zero, cols.result)).toBe('');
    expect(value(bLow, zero, cols.verdict)).toBe('');
    // Nothing typed: no rate, no verdict (never «Chưa đạt» for missing data).
    const empty = a.plan.layout.rows!['target:satisfaction'];
    expect(value(a, empty, cols.result)).toBe('');
    expect(value(a, empty, cols.verdict)).toBe('');
  });

  it('sums the Quyết định 766 points and rates them with the user-entered bands', () => {
    const bands = BANDS.map(([name, minPoints]) => ({ name, minPoints }));
    const expected = ['Xuất sắc', 'Khá', 'no rating'];
    built.forEach((b, i) => {
      const { rows, columns } = b.plan.layout;
      const total = b.c.points.reduce((x, y) => x + y, 0);
      expect(value(b, rows!.scoreTotal, columns.points)).toBeCloseTo(total, 12);
      expect(value(b, rows!.scoreRating, columns.note)).toBe(ratingFor(total, bands) ?? '');
      expect(ratingFor(total, bands) ?? 'no rating').toBe(expected[i]);
    });
  });

  it('feeds the chart-data block: rate and target as fractions, #N/A where there is no rate', () => {
    const [a] = built;
    const { rows, columns } = a.plan.layout;
    const r = rows![INDICATOR_LAYOUT_KEYS.chartRow('onlineDossiers')];
    expect(value(a, r, columns[INDICATOR_LAYOUT_KEYS.chartResult])).toBeCloseTo(1, 12);
    expect(value(a, r, columns[INDICATOR_LAYOUT_KEYS.chartTarget])).toBeCloseTo(0.5, 12);
    const none = rows![INDICATOR_LAYOUT_KEYS.chartRow('satisfaction')];
    expect(String(value(a, none, columns[INDICATOR_LAYOUT_KEYS.chartResult]))).toMatch(/N\/A/);
  });

  it('renders to PNG for a person to look at', async () => {
    const pngs = await renderXlsxToPng(recalculated, testOutputDir('indicators'), 'chi-tieu');
    expect(pngs.length).toBeGreaterThan(0);
  });
});
