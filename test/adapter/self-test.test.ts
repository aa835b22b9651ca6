/**
 * «Tự kiểm tra» (src/excel/self-test) against the strict fake at the ExcelApi versions offices run: every step
 * passes where its set exists, is «Không hỗ trợ» exactly where it does not (from api-features.ts), the scratch
 * sheets are gone afterwards and the workbook is exactly as before — also when a step fails half-way.
 */
import { API_FEATURES } from '../../src/excel/api-features';
import { HIGHLIGHT_RECORD_SHEET, highlightFindings } from '../../src/excel/highlight';
import { runSelfTest } from '../../src/excel/self-test/run-self-test';
import { SELF_TEST_STEPS } from '../../src/excel/self-test/types';
import {
  compareVersions,
  createFakeExcel,
  createFakeOffice,
  findSheetByName,
  snapshotWorkbook,
  type FakeExcel,
} from '../fake-excel';
import { buildSampleWorkbook, SAMPLE_SHEET_NAME } from '../preview/sample-workbook';

const scope = globalThis as Record<string, unknown>;
afterEach(() => delete scope.Office);

function setup(apiVersion: string): { fake: FakeExcel; supports: (v: string) => boolean } {
  const fake = createFakeExcel({ workbook: buildSampleWorkbook(), apiVersion, evaluateFormulas: true });
  scope.Office = createFakeOffice(fake);
  return { fake, supports: (v) => compareVersions(v, apiVersion) <= 0 };
}
const excelOf = (fake: FakeExcel) => fake.Excel as unknown as typeof Excel;

describe.each(['1.8', '1.10', '1.13', '1.18', '1.20'])('at ExcelApi %s', (version) => {
  test('passes, «Không hỗ trợ» exactly where the set is missing, workbook as before', async () => {
    const { fake, supports } = setup(version);
    const before = snapshotWorkbook(fake.workbook);
    const report = await runSelfTest(excelOf(fake), { supports });

    expect(report.rows.map((r) => r.id)).toEqual([...SELF_TEST_STEPS]);
    for (const row of report.rows) {
      const missing = row.requires !== null && compareVersions(API_FEATURES[row.requires].set, version) > 0;
      expect({ id: row.id, status: row.status, detail: row.detail, hostError: row.hostError }).toEqual({
        id: row.id,
        status: missing ? 'unsupported' : 'pass',
        detail: null,
        hostError: null,
      });
      if (row.status === 'pass' && row.id !== 'totals' && row.id !== 'undoGroup') expect(row.syncs).toBeGreaterThan(0);
    }
    // Constant round trips, whatever the forms' size: inserting both forms is 2 syncs, writing figures 1, reading 1.
    const syncs = Object.fromEntries(report.rows.map((r) => [r.id, r.syncs]));
    expect(syncs).toMatchObject({ insert: 2, write: 1, read: 1, totals: 0 });
    expect(report.facts).toEqual({
      platform: 'PC',
      officeVersion: '16.0.18000.20000',
      highestExcelApi: version,
      displayLanguage: 'vi-VN',
      theme: 'light',
    });
    expect(report.leftovers).toEqual([]);
    expect(snapshotWorkbook(fake.workbook)).toBe(before);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual([SAMPLE_SHEET_NAME]);
  });
});

test('a step Excel refuses is «Không đạt» with its code; the rest runs and the workbook is still as before', async () => {
  const { fake, supports } = setup('1.18');
  const before = snapshotWorkbook(fake.workbook);
  fake.host.faults.push({ member: 'ChartTitle.text', code: 'GeneralException' });
  const report = await runSelfTest(excelOf(fake), { supports });
  const chart = report.rows.find((r) => r.id === 'chart')!;
  expect(chart.status).toBe('fail');
  expect(chart.detail).toBe('GeneralException · ChartTitle.text');
  expect(chart.hostError).toBe('general');
  expect(report.rows.filter((r) => r.status === 'fail').map((r) => r.id)).toEqual(['chart']);
  expect(snapshotWorkbook(fake.workbook)).toBe(before);
});

test('a wrong total is caught: the cell and both values', async () => {
  const { fake, supports } = setup('1.18');
  // Excel that does not compute (calculation off): totals stay empty.
  fake.host.evaluateFormulas = false;
  const report = await runSelfTest(excelOf(fake), { supports });
  const totals = report.rows.find((r) => r.id === 'totals')!;
  expect(totals.status).toBe('fail');
  expect(totals.detail).toMatch(/^KSTT_TuKiemTra_06a!\w+\d+: Excel .* ≠ \d+/);
});

test("an official's own highlight is left alone: the highlight steps are skipped", async () => {
  const { fake, supports } = setup('1.18');
  await highlightFindings(
    excelOf(fake),
    [{ rule: 'row-sum', severity: 'error', sheet: SAMPLE_SHEET_NAME, cell: 'C9', found: 1, expected: 2, message: 'x' }],
    supports,
  );
  const before = snapshotWorkbook(fake.workbook);
  const report = await runSelfTest(excelOf(fake), { supports });
  expect(report.rows.filter((r) => r.status === 'skipped').map((r) => r.id)).toEqual(['highlight', 'comments', 'notes']);
  expect(findSheetByName(fake.workbook, HIGHLIGHT_RECORD_SHEET)).toBeDefined();
  expect(snapshotWorkbook(fake.workbook)).toBe(before);
});
