/** @jest-environment jsdom */
/**
 * «Chỉ tiêu» inserted with other forms, and «Chèn biểu đồ»: the indicator links name the sheets Excel actually
 * created («II.06a (2)» when «II.06a» was taken), the add-in's forms already in the workbook are linked as they
 * are now (recognised, not assumed), the whole insertion stays at two syncs, and the chart section draws what the
 * workbook allows and says in Vietnamese what it skipped.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { getForm } from '../../src/domain/forms';
import { buildIndicatorPlan, INDICATOR_FORM_CODE, VERDICT_MET } from '../../src/domain/indicators';
import { buildSheetPlan } from '../../src/domain/layout/build-plan';
import type { FormOptions } from '../../src/domain/layout/options';
import type { SheetPlan } from '../../src/domain/layout/sheet-plan';
import { recogniseWorkbook } from '../../src/domain/read';
import { addReportCharts } from '../../src/excel/charts';
import { insertForms } from '../../src/excel/insert-form';
import { readWorkbook } from '../../src/excel/read-grid';
import type { ChartsOutcome, InsertCharts } from '../../src/taskpane/insert/actions';
import { chooseCharts, indicatorSheetSource } from '../../src/taskpane/insert/chart-choice';
import { ChartsSection } from '../../src/taskpane/insert/ChartsSection';
import {
  linkIndicatorPlans,
  ownFormSources,
  sheetNamesInOrder,
} from '../../src/taskpane/insert/indicators';
import { buildInsertPlans, initialInsertState, toggleForm } from '../../src/taskpane/insert/model';
import { buildSampleWorkbook, SAMPLE_SHEET_NAME } from '../preview/sample-workbook';
import {
  compareVersions,
  createFakeExcel,
  recalculateWorkbook,
  sheetNamed,
  writeGrid,
  type FakeExcel,
} from '../fake-excel';
import { tamThanhOptions } from '../fixtures/form-options';
import { installResizeObserver, renderInPane } from '../helpers/pane';

const OPTIONS: FormOptions = tamThanhOptions();
const RECIPE = { year: 2026, options: OPTIONS };
const API = '1.18';
const supports = (version: string) => compareVersions(version, API) <= 0;
const excelOf = (fake: FakeExcel) => fake.Excel as unknown as typeof Excel;

function ii06a(rows = ['Hộ tịch', 'Chứng thực', 'Đất đai']): SheetPlan {
  return buildSheetPlan(getForm('II.06a')!, { ...OPTIONS, rowLabels: rows });
}
const proposedIndicator = () => buildIndicatorPlan([], 2026, OPTIONS);

/** The numerator and denominator formulas of the online-share indicator on a rendered «Chỉ tiêu» sheet. */
function onlineLinks(fake: FakeExcel, sheetName: string, plan: SheetPlan): [string?, string?] {
  const sheet = sheetNamed(fake.workbook, sheetName);
  const row = plan.layout.rows!['target:onlineDossiers'];
  const { numerator, denominator } = plan.layout.columns;
  const formula = (col: number) => sheet.cells.get(`${row},${col}`)?.formula;
  return [formula(numerator), formula(denominator)];
}

describe('the insert model with KSTT-CT', () => {
  it('builds the indicator plan linked to the batch II.06a (as named in a new workbook) and a relink recipe', () => {
    let state = { ...initialInsertState('2026-03-20'), reportingUnit: 'UBND phường Tam Thanh' };
    state = toggleForm(state, INDICATOR_FORM_CODE, true);
    const result = buildInsertPlans(state);
    if (!result.ok) throw new Error(result.errors.join('; '));
    expect(result.plans.map((p) => p.formCode)).toEqual(['II.06a', INDICATOR_FORM_CODE]);
    expect(result.indicator?.year).toBe(2026);
    const indicator = result.plans[1];
    const cell = indicator.cells.find(
      (c) => c.row === indicator.layout.rows!['target:onlineDossiers'] && c.col === indicator.layout.columns.numerator,
    );
    expect(cell?.content).toMatchObject({ kind: 'formula' });
    expect(JSON.stringify(cell?.content)).toContain("'II.06a'!");
  });

  it('without KSTT-CT there is no recipe and the plans are the generic ones', () => {
    const state = { ...initialInsertState('2026-03-20'), reportingUnit: 'UBND phường Tam Thanh' };
    const result = buildInsertPlans(state);
    expect(result.ok && result.indicator).toBe(null);
  });
});

describe('linkIndicatorPlans', () => {
  it('points the links at the given sheet names, quoting them', () => {
    const plans = [ii06a(), proposedIndicator()];
    const linked = linkIndicatorPlans(plans, ['II.06a (2)', 'Chỉ tiêu'], RECIPE);
    const text = JSON.stringify(linked[1].cells);
    expect(text).toContain("'II.06a (2)'!");
    expect(text).not.toContain("'II.06a'!");
    expect(linked[0]).toBe(plans[0]);
  });

  it('sheetNamesInOrder gives the names both renderers give', () => {
    expect(sheetNamesInOrder([ii06a(), ii06a(), proposedIndicator()], ['II.06a'])).toEqual([
      'II.06a (2)',
      'II.06a (3)',
      'Chỉ tiêu',
    ]);
  });

  it('refuses a sheet-name list of another length', () => {
    expect(() => linkIndicatorPlans([ii06a()], [], RECIPE)).toThrow();
  });
});

describe('insertForms with the relink step (strict fake)', () => {
  it('links to «II.06a (2)» when the workbook already has an «II.06a», in two syncs', async () => {
    const fake = createFakeExcel({ apiVersion: API });
    await insertForms(excelOf(fake), [ii06a(['Khác'])], supports);
    fake.stats.reset();

    const plans = [ii06a(), proposedIndicator()];
    const result = await insertForms(excelOf(fake), plans, supports, (proposed, names) =>
      linkIndicatorPlans(proposed, names, RECIPE),
    );
    expect(fake.stats.syncsPerRun).toEqual([2]);
    expect(result.forms.map((f) => f.sheetName)).toEqual(['II.06a (2)', 'Chỉ tiêu']);
    const [num, den] = onlineLinks(fake, 'Chỉ tiêu', plans[1]);
    const total = plans[0].layout.totalRow! + 1;
    expect(num).toBe(`='II.06a (2)'!${colLetter(plans[0].layout.columns.online)}${total}`);
    expect(den).toContain("'II.06a (2)'!");
  });

  it('without the relink step the proposed links would point at the old «II.06a» (what the step fixes)', async () => {
    const fake = createFakeExcel({ apiVersion: API });
    await insertForms(excelOf(fake), [ii06a(['Khác'])], supports);
    const plans = [ii06a(), proposedIndicator()];
    const proposed = linkIndicatorPlans(plans, sheetNamesInOrder(plans), RECIPE);
    await insertForms(excelOf(fake), proposed, supports);
    expect(onlineLinks(fake, 'Chỉ tiêu', plans[1])[0]).toContain("'II.06a'!");
  });

  it('a relink that renames a sheet is refused before anything is written', async () => {
    const fake = createFakeExcel({ apiVersion: API });
    const before = fake.workbook.sheets.map((s) => s.name);
    const renamed = (ps: readonly SheetPlan[]) => ps.map((p) => ({ ...p, sheetName: 'Khác' }));
    await expect(insertForms(excelOf(fake), [ii06a()], supports, renamed)).rejects.toThrow(/relink/);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(before);
  });

  it('links to an II.06a already in the workbook (found by recognising its sheet), and evaluates to «Đạt»', async () => {
    const fake = createFakeExcel({ apiVersion: API, evaluateFormulas: true });
    // The existing form has 5 lĩnh vực; a fresh default plan would have another row count.
    const existingPlan = ii06a(['A', 'B', 'C', 'D', 'E']);
    await insertForms(excelOf(fake), [existingPlan], supports);
    const existing = ownFormSources(recogniseWorkbook(await readWorkbook(excelOf(fake))));
    expect(existing.map((s) => [s.formCode, s.sheetName])).toEqual([['II.06a', 'II.06a']]);
    expect(existing[0].layout.totalRow).toBe(existingPlan.layout.totalRow);

    const plans = [proposedIndicator()];
    await insertForms(excelOf(fake), plans, supports, (p, names) => linkIndicatorPlans(p, names, RECIPE, existing));
    const [num] = onlineLinks(fake, 'Chỉ tiêu', plans[0]);
    expect(num).toBe(
      `='II.06a'!${colLetter(existingPlan.layout.columns.online)}${existingPlan.layout.totalRow! + 1}`,
    );

    // 90 of 100 new dossiers online: 90 % ≥ the 2026 target.
    const sheet = sheetNamed(fake.workbook, 'II.06a');
    const { columns, dataRows } = existingPlan.layout;
    writeGrid(sheet, dataRows.first, columns.online, [[90]]);
    writeGrid(sheet, dataRows.first, columns.direct, [[10]]);
    recalculateWorkbook(fake.workbook); // writeGrid bypasses the API, so the fake is told to recalculate
    const grid = await readWorkbook(excelOf(fake));
    const indicator = grid.sheets.find((s) => s.name === 'Chỉ tiêu')!;
    const row = plans[0].layout.rows!['target:onlineDossiers'];
    const verdict = indicator.cells.find((c) => c.row === row && c.col === plans[0].layout.columns.verdict);
    expect(verdict?.value).toBe(VERDICT_MET);
  });
});

function colLetter(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

describe('chooseCharts', () => {
  async function workbookWith(plans: SheetPlan[]) {
    const fake = createFakeExcel({ apiVersion: API });
    await insertForms(excelOf(fake), plans, supports, (p, names) => linkIndicatorPlans(p, names, RECIPE));
    const grid = await readWorkbook(excelOf(fake));
    return { fake, grid, recognised: recogniseWorkbook(grid) };
  }

  it('II.06a + Chỉ tiêu: the field and online-share charts; by unit skipped with a Vietnamese reason', async () => {
    const { fake, grid, recognised } = await workbookWith([ii06a(), proposedIndicator()]);
    const choice = chooseCharts(['by-field', 'online-share', 'by-unit'], grid, recognised, 2026);
    expect(choice.specs.map((s) => s.kind)).toEqual(['by-field', 'online-share']);
    expect(choice.skipped).toEqual(['Biểu đồ hồ sơ theo đơn vị: sổ chưa có biểu KSTT-PL hoặc II.06b.']);

    const result = await fake.Excel.run((ctx) =>
      addReportCharts(ctx as unknown as Excel.RequestContext, choice.specs, supports),
    );
    const charts = sheetNamed(fake.workbook, result.sheetName).charts;
    const ii06aId = sheetNamed(fake.workbook, 'II.06a').id;
    const layout = ii06a().layout;
    expect(charts[0].series[0].values).toEqual({
      sheetId: ii06aId,
      box: { row: layout.dataRows.first, col: layout.columns.early, rowCount: 3, colCount: 1 },
    });
    expect(charts[1].series[0].values?.sheetId).toBe(sheetNamed(fake.workbook, 'Chỉ tiêu').id);
  });

  it('prefers the add-in\'s II.06a over a table typed by hand (the preview\'s sample sheet)', async () => {
    const fake = createFakeExcel({ workbook: buildSampleWorkbook(), apiVersion: API });
    await insertForms(excelOf(fake), [ii06a()], supports);
    const grid = await readWorkbook(excelOf(fake));
    const recognised = recogniseWorkbook(grid);
    expect(recognised.filter((f) => f.code === 'II.06a').map((f) => [f.sheet, f.madeByAddin])).toEqual([
      [SAMPLE_SHEET_NAME, false],
      ['II.06a', true],
    ]);
    const [spec] = chooseCharts(['by-field'], grid, recognised, 2026).specs;
    expect(spec.series[0].values.sheetName).toBe('II.06a');
  });

  it('an empty workbook: nothing to draw, every chart skipped', async () => {
    const { grid, recognised } = await workbookWith([]);
    const choice = chooseCharts(['by-field', 'online-share'], grid, recognised, 2026);
    expect(choice.specs).toEqual([]);
    expect(choice.skipped).toHaveLength(2);
    expect(choice.skipped[1]).toContain('chưa có trang «Chỉ tiêu»');
  });

  it('an indicator sheet whose marker no longer spans the plan (rows inserted) is refused', () => {
    const plan = proposedIndicator();
    const marker = plan.names.find((n) => n.name.startsWith('KSTT__'))!;
    const workbook = (rowCount: number) => ({
      sheets: [],
      definedNames: [{ name: marker.name, sheet: 'Chỉ tiêu', box: { ...marker.box, rowCount } }],
    });
    expect(typeof indicatorSheetSource(workbook(plan.rowCount), 2026)).toBe('object');
    expect(indicatorSheetSource(workbook(plan.rowCount + 1), 2026)).toMatch(/thêm hoặc xóa dòng/);
  });
});

describe('ChartsSection', () => {
  beforeAll(installResizeObserver);
  const outcome: ChartsOutcome = {
    sheetName: 'Biểu đồ',
    charts: [{ kind: 'by-field', title: 'Hồ sơ đã giải quyết theo lĩnh vực' }],
    skipped: ['Biểu đồ hồ sơ theo đơn vị: sổ chưa có biểu KSTT-PL hoặc II.06b.'],
  };

  function renderSection(insertCharts: InsertCharts) {
    renderInPane(<ChartsSection insertCharts={insertCharts} year={2026} disabled={false} />);
  }

  it('inserts the ticked charts and lists what was drawn and what was skipped', async () => {
    const insertCharts = jest.fn<ReturnType<InsertCharts>, Parameters<InsertCharts>>(async () => outcome);
    renderSection(insertCharts);
    fireEvent.click(screen.getByTestId('insert-chart-by-unit'));
    fireEvent.click(screen.getByTestId('insert-charts-submit'));
    await waitFor(() => screen.getByTestId('insert-charts-result'));
    expect(insertCharts).toHaveBeenCalledWith(['by-field', 'online-share', 'by-unit'], 2026);
    expect(screen.getByTestId('insert-charts-result').textContent).toContain('Đã vẽ 1 biểu đồ trên trang «Biểu đồ»');
    expect(screen.getByTestId('insert-charts-skipped').textContent).toContain('sổ chưa có biểu KSTT-PL');
  });

  it('with nothing ticked it says so and calls nothing', async () => {
    const insertCharts = jest.fn<ReturnType<InsertCharts>, Parameters<InsertCharts>>(async () => outcome);
    renderSection(insertCharts);
    fireEvent.click(screen.getByTestId('insert-chart-by-field'));
    fireEvent.click(screen.getByTestId('insert-chart-online-share'));
    fireEvent.click(screen.getByTestId('insert-charts-submit'));
    await waitFor(() => screen.getByTestId('insert-charts-result'));
    expect(screen.getByTestId('insert-charts-result').textContent).toContain('Chưa chọn biểu đồ nào');
    expect(insertCharts).not.toHaveBeenCalled();
  });

  it('an Excel error is shown, not thrown', async () => {
    renderSection(async () => {
      throw new Error('InvalidArgument');
    });
    fireEvent.click(screen.getByTestId('insert-charts-submit'));
    await waitFor(() => screen.getByTestId('insert-charts-result'));
    expect(screen.getByTestId('insert-charts-result').textContent).toContain('Không vẽ được biểu đồ.');
  });
});
