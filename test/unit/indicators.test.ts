/**
 * The indicator plan (pure): which cells are linked to which source form, which stay inputs, the verdict and
 * rating formulas, the per-year targets, and the scoring arithmetic.
 */
import { getForm } from '../../src/domain/forms';
import { RATING_BAND_NAMES } from '../../src/domain/forms/targets-data';
import {
  buildIndicatorPlan,
  CHARTS_NOTE,
  componentScore,
  indicatorRate,
  indicatorVerdict,
  INDICATOR_LAYOUT_KEYS,
  ratingFor,
  resolveIndicatorLink,
  sheetRef,
  XLSX_CHARTS_NOTE,
  type IndicatorPlan,
  type IndicatorSource,
} from '../../src/domain/indicators';
import { ref } from '../../src/domain/layout/a1';
import { buildSheetPlan } from '../../src/domain/layout/build-plan';
import { formMarkerName } from '../../src/domain/layout/form-marker';
import type { FormOptions } from '../../src/domain/layout/options';
import type { PlanCell } from '../../src/domain/layout/sheet-plan';
import { tamThanhOptions } from '../fixtures/form-options';

const OPTIONS: FormOptions = tamThanhOptions();

const ii06a = buildSheetPlan(getForm('II.06a')!, OPTIONS);
const dienTu = buildSheetPlan(getForm('KSTT-DT')!, OPTIONS);
const II06A: IndicatorSource = { formCode: 'II.06a', sheetName: 'II.06a', layout: ii06a.layout };
const DIEN_TU: IndicatorSource = { formCode: 'KSTT-DT', sheetName: 'Điện tử', layout: dienTu.layout };

function cellAt(plan: IndicatorPlan, row: number, col: number): PlanCell | undefined {
  return plan.cells.find((c) => c.row === row && c.col === col);
}
function formulaAt(plan: IndicatorPlan, row: number, col: number): string | undefined {
  const c = cellAt(plan, row, col)?.content;
  return c?.kind === 'formula' ? c.formula : undefined;
}
function textAt(plan: IndicatorPlan, row: number, col: number): string | undefined {
  const c = cellAt(plan, row, col)?.content;
  return c?.kind === 'text' ? c.text : undefined;
}

describe("buildIndicatorPlan: links into the workbook's forms", () => {
  it('links the online share to II.06a TỔNG CỘNG (4) over (4)+(5), by address on the known sheet', () => {
    const plan = buildIndicatorPlan([II06A], 2026, OPTIONS);
    const { rows, columns } = plan.layout;
    const r = rows!['target:onlineDossiers'];
    const total = ii06a.layout.totalRow! + 1;
    const c = ii06a.layout.columns;
    expect(formulaAt(plan, r, columns.numerator)).toBe(
      `='II.06a'!${ref(0, c.online).replace(/\d+$/, '')}${total}`,
    );
    expect(formulaAt(plan, r, columns.denominator)).toBe(
      `='II.06a'!${ref(ii06a.layout.totalRow!, c.online)}+'II.06a'!${ref(ii06a.layout.totalRow!, c.direct)}`,
    );
    expect(cellAt(plan, r, columns.numerator)?.role).toBe('computed');
    expect(textAt(plan, r, columns.note)).toMatch(/II\.06a/);
    expect(plan.indicatorInfo.links.onlineDossiers).toBe('linked');
  });

  it('leaves every figure the workbook lacks as an empty input asking for it (never a guess)', () => {
    const plan = buildIndicatorPlan([II06A], 2026, OPTIONS);
    const { rows, columns } = plan.layout;
    for (const id of ['onlinePayment', 'digitisation', 'satisfaction', 'fullOnlineServices']) {
      const r = rows![`target:${id}`];
      expect(cellAt(plan, r, columns.numerator)).toBeUndefined();
      expect(cellAt(plan, r, columns.denominator)).toBeUndefined();
      expect(textAt(plan, r, columns.note)).toMatch(/^Nhập tay/);
      expect(plan.indicatorInfo.links[id]).toBe('input');
    }
    // Input styling (the engine's input fill) is still on those cells.
    const r = rows!['target:onlinePayment'];
    const fills = plan.styles.filter(
      (s) =>
        s.style.fill &&
        r >= s.box.row &&
        r < s.box.row + s.box.rowCount &&
        columns.numerator >= s.box.col &&
        columns.numerator < s.box.col + s.box.colCount,
    );
    expect(fills[fills.length - 1].style.fill).toBe('#FFFDE7');
  });

  it('with no source form at all, nothing is linked', () => {
    const plan = buildIndicatorPlan([], 2026, OPTIONS);
    expect(Object.values(plan.indicatorInfo.links).every((l) => l === 'input')).toBe(true);
    expect(plan.cells.some((c) => c.content.kind === 'formula' && c.content.formula.includes('!'))).toBe(
      false,
    );
  });

  it('uses KSTT-DT rows for payment and digitisation, and II.06a before KSTT-DT for the online share', () => {
    const plan = buildIndicatorPlan([DIEN_TU, II06A], 2026, OPTIONS);
    const { rows, columns } = plan.layout;
    const v = dienTu.layout.columns.value;
    const dt = dienTu.layout.rows!;
    expect(formulaAt(plan, rows!['target:onlinePayment'], columns.numerator)).toBe(
      `='Điện tử'!${ref(dt.payOnline, v)}`,
    );
    expect(formulaAt(plan, rows!['target:onlinePayment'], columns.denominator)).toBe(
      `='Điện tử'!${ref(dt.payTotal, v)}`,
    );
    expect(formulaAt(plan, rows!['target:digitisation'], columns.numerator)).toBe(
      `='Điện tử'!${ref(dt.digitDone, v)}`,
    );
    expect(formulaAt(plan, rows!['target:onlineDossiers'], columns.numerator)).toMatch(/^='II\.06a'!/);
    const onlyDt = buildIndicatorPlan([DIEN_TU], 2026, OPTIONS);
    expect(formulaAt(onlyDt, rows!['target:onlineDossiers'], columns.numerator)).toBe(
      `='Điện tử'!${ref(dt.online, v)}`,
    );
  });

  it('does not link from a source whose layout lacks the row or column', () => {
    const noTotal: IndicatorSource = { ...II06A, layout: { ...ii06a.layout, totalRow: null } };
    expect(resolveIndicatorLink('onlineDossiers', [noTotal])).toBeNull();
    const withoutDirect = Object.fromEntries(
      Object.entries(ii06a.layout.columns).filter(([id]) => id !== 'direct'),
    );
    expect(
      resolveIndicatorLink('onlineDossiers', [
        { ...II06A, layout: { ...ii06a.layout, columns: withoutDirect } },
      ]),
    ).toBeNull();
    expect(resolveIndicatorLink('onlineDossiers', [{ ...II06A, formCode: 'II.05a' }])).toBeNull();
    expect(resolveIndicatorLink('satisfaction', [II06A, DIEN_TU])).toBeNull();
  });

  it('quotes sheet names, doubling apostrophes', () => {
    expect(sheetRef("Biểu của O'Neil", 'D20')).toBe("'Biểu của O''Neil'!D20");
    const plan = buildIndicatorPlan([{ ...II06A, sheetName: "II.06a (Ph'A)" }], 2026, OPTIONS);
    const r = plan.layout.rows!['target:onlineDossiers'];
    expect(formulaAt(plan, r, plan.layout.columns.numerator)).toMatch(/^='II\.06a \(Ph''A\)'!D\d+$/);
  });
});

describe('buildIndicatorPlan: targets, verdict, rating', () => {
  it("uses the year's targets when known and says so when it falls back", () => {
    const exact = buildIndicatorPlan([], 2024, OPTIONS);
    expect(exact.indicatorInfo).toMatchObject({ targetsYear: 2024, targetsExact: true });
    expect(textAt(exact, exact.layout.rows!.targetsHeading, exact.layout.columns.item)).toBe(
      'Chỉ tiêu theo Nghị quyết 01/NQ-CP, 02/NQ-CP năm 2024',
    );
    const later = buildIndicatorPlan([], 2026, OPTIONS);
    expect(later.indicatorInfo).toMatchObject({ targetsYear: 2024, targetsExact: false });
    expect(textAt(later, later.layout.rows!.targetsHeading, later.layout.columns.item)).toMatch(
      /chưa có chỉ tiêu năm 2026/,
    );
  });

  it("targets are editable inputs, and the user's own target wins over the year's", () => {
    const plan = buildIndicatorPlan([], 2026, {
      ...OPTIONS,
      prefill: { 'target:onlineDossiers': { target: 65 } },
    });
    const { rows, columns } = plan.layout;
    expect(cellAt(plan, rows!['target:onlineDossiers'], columns.target)).toMatchObject({
      content: { kind: 'number', value: 65 },
      role: 'input',
    });
    expect(cellAt(plan, rows!['target:onlinePayment'], columns.target)?.content).toEqual({
      kind: 'number',
      value: 45,
    });
  });

  it('writes a guarded rate and a verdict formula that compares rate with target/100, with green and red formats', () => {
    const plan = buildIndicatorPlan([II06A], 2026, OPTIONS);
    const { rows, columns } = plan.layout;
    const r = rows!['target:onlineDossiers'];
    const [F, C, E, D] = [
      ref(r, columns.result),
      ref(r, columns.target),
      ref(r, columns.denominator),
      ref(r, columns.numerator),
    ];
    expect(formulaAt(plan, r, columns.result)).toBe(`=IF(${E}=0,"",${D}/${E})`);
    expect(formulaAt(plan, r, columns.verdict)).toBe(
      `=IF(OR(${F}="",${C}=""),"",IF(${F}>=${C}/100,"Đạt","Chưa đạt"))`,
    );
    const onVerdict = plan.conditionalFormats.filter((f) => f.box.col === columns.verdict);
    expect(onVerdict.map((f) => f.formula)).toEqual([
      `=${ref(rows!['target:fullOnlineServices'], columns.verdict)}="Đạt"`,
      `=${ref(rows!['target:fullOnlineServices'], columns.verdict)}="Chưa đạt"`,
    ]);
    expect(onVerdict[0].box.rowCount).toBe(12);
    // No verdict on the Quyết định 766 rows.
    expect(formulaAt(plan, rows!['score:progress'], columns.verdict)).toBeUndefined();
  });

  it('keeps rating bands as an editable table with no thresholds filled in, marked as unofficial', () => {
    const plan = buildIndicatorPlan([], 2026, OPTIONS);
    const { rows, columns } = plan.layout;
    const first = rows![INDICATOR_LAYOUT_KEYS.bandsFirst];
    const last = rows![INDICATOR_LAYOUT_KEYS.bandsLast];
    expect(last - first + 1).toBe(RATING_BAND_NAMES.length);
    for (let r = first; r <= last; r++) {
      expect(textAt(plan, r, columns[INDICATOR_LAYOUT_KEYS.bandName])).toBe(RATING_BAND_NAMES[r - first]);
      expect(cellAt(plan, r, columns[INDICATOR_LAYOUT_KEYS.bandMin])).toBeUndefined();
    }
    expect(
      plan.cells.some(
        (c) => c.content.kind === 'text' && c.content.text.includes('CHƯA CÓ NGUỒN CHÍNH THỨC'),
      ),
    ).toBe(true);
    const rating = formulaAt(plan, rows!.scoreRating, columns.note)!;
    const mins = `${ref(first, columns[INDICATOR_LAYOUT_KEYS.bandMin])}:${ref(last, columns[INDICATOR_LAYOUT_KEYS.bandMin])}`;
    expect(rating).toContain(
      `LARGE(${mins},COUNTIF(${mins},">"&${ref(rows!.scoreTotal, columns.points)})+1)`,
    );
    expect(formulaAt(plan, rows!.scoreTotal, columns.points)).toMatch(/^=I\d+\+I\d+\+I\d+\+I\d+\+I\d+$/);
  });

  it('extends the form marker over the added tables and keeps every cell inside the plan', () => {
    const plan = buildIndicatorPlan([II06A], 2026, OPTIONS);
    const marker = plan.names.find((n) => n.name === formMarkerName('KSTT-CT', 'TT01/2020'))!;
    expect(marker.box.rowCount).toBe(plan.rowCount);
    const keys = plan.cells.map((c) => `${c.row},${c.col}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of plan.cells) {
      expect(c.row).toBeLessThan(plan.rowCount);
      expect(c.col).toBeLessThan(plan.colCount);
    }
  });

  it('is deterministic', () => {
    expect(buildIndicatorPlan([II06A, DIEN_TU], 2026, OPTIONS)).toEqual(
      buildIndicatorPlan([II06A, DIEN_TU], 2026, OPTIONS),
    );
  });
});

describe('scoring arithmetic', () => {
  it('rate is null on a zero or missing denominator', () => {
    expect(indicatorRate(5, 0)).toBeNull();
    expect(indicatorRate(null, 10)).toBeNull();
    expect(indicatorRate(1568, 1568)).toBe(1);
  });

  it('verdict compares rate with target/100: 57 of 100 meets a 57 % target although 0,57 × 100 < 57', () => {
    expect(0.57 * 100 < 57).toBe(true); // why the sheet must not compare rate*100 with the target
    expect(indicatorVerdict(57 / 100, 57)).toBe('Đạt');
    expect(indicatorVerdict(0.3, 50)).toBe('Chưa đạt');
    expect(indicatorVerdict(null, 50)).toBeNull();
    expect(indicatorVerdict(0.9, null)).toBeNull();
  });

  it('component score: full points at or above the threshold, rate × max / threshold below', () => {
    expect(componentScore(50, 50, 12)).toBe(12);
    expect(componentScore(95, 80, 22)).toBe(22);
    expect(componentScore(40, 50, 22)).toBeCloseTo(17.6, 12);
    expect(componentScore(0, 80, 10)).toBe(0);
    expect(() => componentScore(50, 0, 10)).toThrow();
  });

  it('rating: the band with the largest minimum not above the total; none when nothing fits', () => {
    const bands = [
      { name: 'Tốt', minPoints: 80 },
      { name: 'Xuất sắc', minPoints: 90 },
      { name: 'Khá', minPoints: null },
    ];
    expect(ratingFor(95.5, bands)).toBe('Xuất sắc');
    expect(ratingFor(90, bands)).toBe('Xuất sắc');
    expect(ratingFor(89.9, bands)).toBe('Tốt');
    expect(ratingFor(50, bands)).toBeNull();
    expect(ratingFor(100, [])).toBeNull();
  });

  it('says plainly that .xlsx files carry no charts, in the sheet itself too', () => {
    expect(XLSX_CHARTS_NOTE).toMatch(/không có biểu đồ/);
    expect(XLSX_CHARTS_NOTE).toMatch(/exceljs/);
    const plan = buildIndicatorPlan([], 2026, OPTIONS);
    expect(plan.cells.some((c) => c.content.kind === 'text' && c.content.text === CHARTS_NOTE)).toBe(true);
    expect(CHARTS_NOTE).toMatch(/không có biểu đồ/);
  });
});
