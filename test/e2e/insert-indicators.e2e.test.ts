/**
 * «Chỉ tiêu» and «Chèn biểu đồ» in the preview (real task pane, strict fake Excel that recalculates): II.06a and
 * KSTT-CT inserted together, the ward's quý I/2026 figures typed into the II.06a inputs, and the indicator sheet
 * shows «Đạt» for the online share (1.568 of 1.568 new dossiers online ≥ 50 %) — computed by the formulas that
 * link it to the II.06a, not written by the add-in. Then the charts: their series point at the II.06a data rows.
 */
import type { Page } from 'playwright-core';
import { getForm } from '../../src/domain/forms';
import { buildIndicatorPlan, VERDICT_MET } from '../../src/domain/indicators';
import { cellAddress } from '../../src/domain/layout/a1';
import { buildSheetPlan } from '../../src/domain/layout/build-plan';
import type { FormOptions } from '../../src/domain/layout/options';
import { screenshot } from './browser';
import { probe, readCell, resetSyncCount, typeCells } from './fake-workbook';
import { clickAndWait, fillFields, previewSessions, setChecked, showSheet } from './pane';

/** The ward Tam Thanh's quý I/2026 figures by lĩnh vực (test/preview/sample-workbook.ts): online, direct, early… */
const FIELDS: { name: string; online: number; direct: number; early: number; onTime: number; late: number }[] = [
  { name: 'Chứng thực', online: 820, direct: 0, early: 815, onTime: 0, late: 2 },
  { name: 'Hộ tịch', online: 402, direct: 0, early: 380, onTime: 0, late: 4 },
  { name: 'Đất đai', online: 196, direct: 0, early: 140, onTime: 0, late: 5 },
  { name: 'Bảo trợ xã hội', online: 150, direct: 0, early: 142, onTime: 0, late: 0 },
];
const UNIT = 'UBND phường Tam Thanh';
const OPTIONS: FormOptions = {
  reportingUnit: UNIT,
  receivingUnit: '',
  level: 'xa',
  period: { label: 'Quý I', from: '01/01/2026', to: '31/03/2026' },
  reportPlace: '',
  reportDate: '',
};
// Where things are on the sheets the pane creates: the same layout engine, same rows, no optional columns.
const II06A = buildSheetPlan(getForm('II.06a')!, { ...OPTIONS, rowLabels: FIELDS.map((f) => f.name) }).layout;
const INDICATORS = buildIndicatorPlan([], 2026, OPTIONS).layout;
const VERDICT_CELL = cellAddress(INDICATORS.rows!['target:onlineDossiers'], INDICATORS.columns.verdict);

/** The fake host's charts, as the preview installs it on `window.__ksttFake`. */
interface FakeWindow {
  __ksttFake: {
    workbook: {
      sheets: {
        id: string;
        name: string;
        charts: { title: { text: string }; series: { name: string; values: { sheetId: string; box: unknown } | null }[] }[];
      }[];
    };
  };
}

const sheetNames = async (page: Page) => (await probe(page)).sheets;
const syncCount = async (page: Page) => (await probe(page)).syncCount;

/** Types the figures into the II.06a input cells through the fake's Excel API (one sync, then the fake recalculates). */
async function typeFigures(page: Page, sheetName: string): Promise<void> {
  const writes = FIELDS.flatMap((f, i) => {
    const row = II06A.dataRows.first + i;
    return (['online', 'direct', 'early', 'onTime', 'late'] as const).map((id) => ({
      address: cellAddress(row, II06A.columns[id]),
      value: f[id],
    }));
  });
  await typeCells(page, sheetName, writes);
}

describe('«Chỉ tiêu» and charts in the preview', () => {
  const sessions = previewSessions('all');

  test('II.06a + KSTT-CT inserted together; typed figures make the indicator «Đạt»; charts read the II.06a rows', async () => {
    const { page } = await sessions.view('insert', { clearStorage: true });

    // II.06a (the default) and «Chỉ tiêu»; the lĩnh vực of the ward's report.
    await setChecked(page, 'insert-form-II.06a', true);
    await setChecked(page, 'insert-form-KSTT-CT', true);
    await fillFields(page, { 'insert-reporting-unit': UNIT });
    // The report the figures come from: quý I/2026.
    await page.getByTestId('insert-period-kind').selectOption('quarter');
    await fillFields(page, { 'insert-period-year': '2026' });
    await page.getByTestId('insert-period-index').selectOption('1');
    await fillFields(page, { 'insert-rows-list:lĩnh vực': FIELDS.map((f) => f.name).join('\n') });
    await screenshot(page, 'indicators-pane-chosen');

    const before = await sheetNames(page);
    await resetSyncCount(page);
    await clickAndWait(page, 'insert-submit', 'insert-success', 20000);
    expect(await page.getByTestId('insert-created-sheet').allInnerTexts()).toEqual(['«II.06a»', '«Chỉ tiêu»']);
    expect(await sheetNames(page)).toEqual([...before, 'II.06a', 'Chỉ tiêu']);
    // Reading the workbook's own forms (2 syncs) + the insertion (2 syncs), whatever the number of rows.
    expect(await syncCount(page)).toBeLessThanOrEqual(4);

    // No figures yet: no rate, so no verdict (the verdict is computed, not written).
    expect(await readCell(page, 'Chỉ tiêu', VERDICT_CELL)).toBe('');

    await typeFigures(page, 'II.06a');
    const total = cellAddress(II06A.totalRow!, II06A.columns.online);
    expect(await readCell(page, 'II.06a', total)).toBe(1568);
    expect(await readCell(page, 'Chỉ tiêu', VERDICT_CELL)).toBe(VERDICT_MET);

    // The preview grid shows it.
    await showSheet(page, 'Chỉ tiêu');
    const verdict = page.locator(`[data-cell="${VERDICT_CELL}"]`);
    await verdict.waitFor({ timeout: 10000 });
    expect((await verdict.innerText()).trim()).toBe(VERDICT_MET);
    await verdict.scrollIntoViewIfNeeded();
    await screenshot(page, 'indicators-grid-dat');

    // Charts: the default ticks (by lĩnh vực, online share); by unit is skipped without a KSTT-PL/II.06b.
    await page.getByTestId('insert-chart-by-unit').check();
    await page.getByTestId('insert-charts-submit').scrollIntoViewIfNeeded();
    await resetSyncCount(page);
    const result = await clickAndWait(page, 'insert-charts-submit', 'insert-charts-result', 20000);
    expect(await result.innerText()).toContain('Đã vẽ 2 biểu đồ');
    expect(await syncCount(page)).toBeLessThanOrEqual(4); // workbook read 2 + addReportCharts 2
    expect(await page.getByTestId('insert-charts-skipped').innerText()).toContain('KSTT-PL hoặc II.06b');
    await result.scrollIntoViewIfNeeded();
    await screenshot(page, 'indicators-charts-pane');

    const charts = await page.evaluate(() => {
      const sheets = (window as unknown as FakeWindow).__ksttFake.workbook.sheets;
      const chartSheet = sheets.find((s) => s.name === 'Biểu đồ');
      const idOf = (name: string) => sheets.find((s) => s.name === name)?.id;
      return {
        ii06aId: idOf('II.06a'),
        indicatorsId: idOf('Chỉ tiêu'),
        charts: (chartSheet?.charts ?? []).map((c) => ({
          title: c.title.text,
          series: c.series.map((s) => ({ name: s.name, values: s.values })),
        })),
      };
    });
    expect(charts.charts.map((c) => c.title)).toEqual([
      'Hồ sơ đã giải quyết theo lĩnh vực',
      'Tỷ lệ hồ sơ trực tuyến so với mục tiêu',
    ]);
    const rows = { row: II06A.dataRows.first, rowCount: FIELDS.length, colCount: 1 };
    expect(charts.charts[0].series).toEqual([
      { name: 'Trước hạn', values: { sheetId: charts.ii06aId, box: { ...rows, col: II06A.columns.early } } },
      { name: 'Đúng hạn', values: { sheetId: charts.ii06aId, box: { ...rows, col: II06A.columns.onTime } } },
      { name: 'Quá hạn', values: { sheetId: charts.ii06aId, box: { ...rows, col: II06A.columns.late } } },
    ]);
    for (const s of charts.charts[1].series) expect(s.values?.sheetId).toBe(charts.indicatorsId);
  });
});
