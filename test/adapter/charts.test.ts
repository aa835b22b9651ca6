/**
 * Native charts against the strict fake host: series point at the form's own cells (data rows only, never
 * TỔNG CỘNG), the dossier charts are stacked, the online-share chart reads the indicator sheet's chart block,
 * two syncs whatever the number of rows and charts, and nothing above the host's requirement set is called.
 */
import { getForm } from '../../src/domain/forms';
import { FORM_PHU_LUC_DON_VI } from '../../src/domain/forms/phu-luc-don-vi';
import {
  ChartSpecError,
  dossierChartSpec,
  onlineShareChartSpec,
  RESOLVED_PARTS,
  type ChartSource,
} from '../../src/domain/indicators/chart-specs';
import { buildIndicatorPlan, INDICATOR_LAYOUT_KEYS } from '../../src/domain/indicators';
import { buildSheetPlan } from '../../src/domain/layout/build-plan';
import type { FormOptions } from '../../src/domain/layout/options';
import type { SheetPlan } from '../../src/domain/layout/sheet-plan';
import { addReportCharts, SKIPPED_AXIS_FORMAT, SKIPPED_CATEGORIES } from '../../src/excel/charts';
import { insertForms } from '../../src/excel/insert-form';
import {
  compareVersions,
  createFakeExcel,
  FakeOfficeError,
  sheetNamed,
  writeGrid,
  type FakeExcel,
  type FakeRangeRef,
} from '../fake-excel';
import { tamThanhOptions } from '../fixtures/form-options';

const OPTIONS: FormOptions = tamThanhOptions();

const supportsUpTo = (hostVersion: string) => (version: string) => compareVersions(version, hostVersion) <= 0;
const excelOf = (fake: FakeExcel) => fake.Excel as unknown as typeof Excel;

interface Workbook {
  fake: FakeExcel;
  fields: ChartSource;
  units: ChartSource;
  indicators: ChartSource;
  ii06a: SheetPlan;
}

/** II.06a by lĩnh vực, a per-unit sheet with the same columns, and the indicator sheet linked to the II.06a. */
async function makeWorkbook(rowCount: number): Promise<Workbook> {
  const apiVersion = '1.18';
  const fake = createFakeExcel({ apiVersion });
  const supports = supportsUpTo(apiVersion);
  const spec = getForm('II.06a')!;
  const ii06a = buildSheetPlan(spec, {
    ...OPTIONS,
    rowLabels: Array.from({ length: rowCount }, (_, i) => `Lĩnh vực ${i + 1}`),
  });
  // The consolidated report's per-unit appendix: units grouped by level, a subtotal row above each group.
  const perUnit = buildSheetPlan(FORM_PHU_LUC_DON_VI, {
    ...OPTIONS,
    groups: [
      { label: 'Cấp tỉnh (sở, ban, ngành)', rows: ['Sở Tư pháp'] },
      { label: 'Cấp xã (xã, phường, thị trấn)', rows: ['Phường A', 'Phường B'] },
    ],
  });
  const first = await insertForms(excelOf(fake), [ii06a, perUnit], supports);
  const [fieldsSheet, unitsSheet] = first.forms.map((f) => f.sheetName);
  const indicatorPlan = buildIndicatorPlan(
    [{ formCode: 'II.06a', sheetName: fieldsSheet, layout: ii06a.layout }],
    2026,
    OPTIONS,
  );
  const second = await insertForms(excelOf(fake), [indicatorPlan], supports);
  // Resolved dossiers typed into the data rows: early = 10·(i+1), on time = i, late = 1.
  const sheet = sheetNamed(fake.workbook, fieldsSheet);
  const cols = ii06a.layout.columns;
  for (let i = 0; i < rowCount; i++)
    writeGrid(sheet, ii06a.layout.dataRows.first + i, cols.early, [[10 * (i + 1), i, 1]]);
  return {
    fake,
    ii06a,
    fields: { sheetName: fieldsSheet, layout: ii06a.layout },
    units: { sheetName: unitsSheet, layout: perUnit.layout },
    indicators: { sheetName: second.forms[0].sheetName, layout: indicatorPlan.layout },
  };
}

function specsOf(w: Workbook) {
  return [
    dossierChartSpec(w.fields, 'field'),
    dossierChartSpec(w.units, 'unit'),
    onlineShareChartSpec(w.indicators),
  ];
}

function sheetIdOf(w: Workbook, name: string): string {
  return sheetNamed(w.fake.workbook, name).id;
}

describe('report charts on the strict fake', () => {
  it('creates stacked dossier charts whose series are the data rows of early / on time / late', async () => {
    const w = await makeWorkbook(3);
    w.fake.stats.reset();
    const result = await w.fake.Excel.run((ctx) =>
      addReportCharts(ctx as unknown as Excel.RequestContext, specsOf(w), supportsUpTo('1.18')),
    );
    expect(w.fake.stats.syncsPerRun).toEqual([2]);
    expect(result.sheetName).toBe('Biểu đồ');
    expect(result.skipped).toEqual([]);
    const charts = sheetNamed(w.fake.workbook, 'Biểu đồ').charts;
    expect(charts.map((c) => c.chartType)).toEqual(['ColumnStacked', 'ColumnStacked', 'ColumnClustered']);
    expect(charts[0].title.text).toBe('Hồ sơ đã giải quyết theo lĩnh vực');
    expect(charts[1].title.text).toBe('Hồ sơ đã giải quyết theo đơn vị');

    const { dataRows, totalRow, columns } = w.ii06a.layout;
    const at = (col: number): FakeRangeRef => ({
      sheetId: sheetIdOf(w, w.fields.sheetName),
      box: { row: dataRows.first, col, rowCount: 3, colCount: 1 },
    });
    expect(charts[0].series.map((s) => s.name)).toEqual(['Trước hạn', 'Đúng hạn', 'Quá hạn']);
    expect(charts[0].series.map((s) => s.values)).toEqual(RESOLVED_PARTS.map((p) => at(columns[p.id])));
    for (const s of charts[0].series) expect(s.categories).toEqual(at(columns.field));
    // TỔNG CỘNG is not a category: it would dwarf the lĩnh vực.
    for (const s of charts[0].series)
      expect(s.values!.box.row + s.values!.box.rowCount - 1).toBeLessThan(totalRow!);
    // Every chart has its own place on the chart sheet.
    expect(new Set(charts.map((c) => c.position!.start)).size).toBe(3);
  });

  it('by unit from the grouped per-unit appendix: a helper block of references skips the subtotal rows', async () => {
    const w = await makeWorkbook(2);
    const units = sheetNamed(w.fake.workbook, w.units.sheetName);
    const { columns, groupRows, dataRows } = w.units.layout;
    const itemRows = [];
    for (let r = dataRows.first; r <= dataRows.last; r++)
      if (!groupRows.some((g) => g.row === r)) itemRows.push(r);
    expect(itemRows).toHaveLength(3);
    itemRows.forEach((r, i) => writeGrid(units, r, columns.early, [[100 + i, 10 + i, i]]));
    w.fake.host.evaluateFormulas = true;
    await w.fake.Excel.run((ctx) =>
      addReportCharts(
        ctx as unknown as Excel.RequestContext,
        [dossierChartSpec(w.units, 'unit')],
        supportsUpTo('1.18'),
      ),
    );
    const chartSheet = sheetNamed(w.fake.workbook, 'Biểu đồ');
    const [chart] = chartSheet.charts;
    expect(chart.title.text).toBe('Hồ sơ đã giải quyết theo đơn vị');
    // Series on the chart sheet's helper block (3 unit rows under a header), one column per part.
    for (const s of chart.series) {
      expect(s.values!.sheetId).toBe(chartSheet.id);
      expect(s.values!.box.rowCount).toBe(3);
      expect(s.categories!.box.col).toBe(chart.series[0].values!.box.col - 1);
    }
    // Each helper cell is a formula pointing at one unit-row cell, never a subtotal row.
    const helper = chart.series[0].values!.box;
    const quoted = `'${w.units.sheetName}'`;
    itemRows.forEach((r, i) => {
      const cell = chartSheet.cells.get(`${helper.row + i},${helper.col}`)!;
      expect(cell.formula).toBe(`=${quoted}!${String.fromCharCode(65 + columns.early)}${r + 1}`);
      expect(cell.value).toBe(100 + i);
      expect(chartSheet.cells.get(`${helper.row + i},${helper.col - 1}`)!.value).toBe(
        ['Sở Tư pháp', 'Phường A', 'Phường B'][i],
      );
    });
  });

  it('the online-share chart reads the indicator sheet: rate and target as fractions on a 0–100 % axis', async () => {
    const w = await makeWorkbook(2);
    await w.fake.Excel.run((ctx) =>
      addReportCharts(
        ctx as unknown as Excel.RequestContext,
        [onlineShareChartSpec(w.indicators)],
        supportsUpTo('1.18'),
      ),
    );
    const [chart] = sheetNamed(w.fake.workbook, 'Biểu đồ').charts;
    const { rows, columns } = w.indicators.layout;
    const row = rows![INDICATOR_LAYOUT_KEYS.chartRow('onlineDossiers')];
    const sheetId = sheetIdOf(w, w.indicators.sheetName);
    expect(chart.series.map((s) => [s.name, s.values])).toEqual([
      [
        'Kết quả',
        { sheetId, box: { row, col: columns[INDICATOR_LAYOUT_KEYS.chartResult], rowCount: 1, colCount: 1 } },
      ],
      [
        'Mục tiêu',
        { sheetId, box: { row, col: columns[INDICATOR_LAYOUT_KEYS.chartTarget], rowCount: 1, colCount: 1 } },
      ],
    ]);
    expect(chart.axes.value).toMatchObject({ minimum: 0, maximum: 1, numberFormat: '0%' });
    // The cells behind the series are formulas over the indicator table, which links into II.06a.
    const cells = sheetNamed(w.fake.workbook, w.indicators.sheetName).cells;
    expect(cells.get(`${row},${columns[INDICATOR_LAYOUT_KEYS.chartResult]}`)?.formula).toMatch(
      /^=IF\(F\d+="",NA\(\),F\d+\)$/,
    );
    const indicatorRow = rows!['target:onlineDossiers'];
    expect(cells.get(`${indicatorRow},${columns.numerator}`)?.formula).toBe(
      `='${w.fields.sheetName}'!D${w.ii06a.layout.totalRow! + 1}`,
    );
  });

  it('series follow the cells: getDimensionValues shows a changed figure (ExcelApi 1.12)', async () => {
    const w = await makeWorkbook(3);
    const excel = w.fake.Excel;
    await excel.run((ctx) =>
      addReportCharts(
        ctx as unknown as Excel.RequestContext,
        [dossierChartSpec(w.fields, 'field')],
        supportsUpTo('1.18'),
      ),
    );
    const read = () =>
      excel.run(async (ctx) => {
        const series = (ctx as unknown as Excel.RequestContext).workbook.worksheets
          .getItem('Biểu đồ')
          .charts.getItemAt(0)
          .series.getItemAt(0);
        const values = series.getDimensionValues('Values' as Excel.ChartSeriesDimension);
        const categories = series.getDimensionValues('Categories' as Excel.ChartSeriesDimension);
        const source = series.getDimensionDataSourceString('Values' as Excel.ChartSeriesDimension);
        await ctx.sync();
        return { values: values.value, categories: categories.value, source: source.value };
      });
    const before = await read();
    expect(before.values).toEqual(['10', '20', '30']);
    expect(before.categories).toEqual(['Lĩnh vực 1', 'Lĩnh vực 2', 'Lĩnh vực 3']);
    const first = w.ii06a.layout.dataRows.first + 1;
    expect(before.source).toBe(`${w.fields.sheetName}!H${first}:H${first + 2}`); // the fake quotes only names that need it
    writeGrid(
      sheetNamed(w.fake.workbook, w.fields.sheetName),
      w.ii06a.layout.dataRows.first + 1,
      w.ii06a.layout.columns.early,
      [[99]],
    );
    expect((await read()).values).toEqual(['10', '99', '30']);
  });

  it('costs two syncs whatever the number of rows', async () => {
    for (const rows of [1, 40]) {
      const w = await makeWorkbook(rows);
      w.fake.stats.reset();
      await w.fake.Excel.run((ctx) =>
        addReportCharts(ctx as unknown as Excel.RequestContext, specsOf(w), supportsUpTo('1.18')),
      );
      expect(w.fake.stats.syncsPerRun).toEqual([2]);
      expect(sheetNamed(w.fake.workbook, 'Biểu đồ').charts[0].series[0].values!.box.rowCount).toBe(rows);
    }
  });

  it('never overwrites: a second run makes «Biểu đồ (2)»', async () => {
    const w = await makeWorkbook(2);
    const run = () =>
      w.fake.Excel.run((ctx) =>
        addReportCharts(ctx as unknown as Excel.RequestContext, specsOf(w), supportsUpTo('1.18')),
      );
    expect((await run()).sheetName).toBe('Biểu đồ');
    expect((await run()).sheetName).toBe('Biểu đồ (2)');
    expect(sheetNamed(w.fake.workbook, 'Biểu đồ').charts).toHaveLength(3);
  });

  it('on a 1.6 host (below series editing) builds from the value block and reports what it skipped', async () => {
    const w = await makeWorkbook(3);
    w.fake.host.apiVersion = '1.6'; // the forms were inserted by a newer host; the charts are added on an old one
    const result = await w.fake.Excel.run((ctx) =>
      addReportCharts(ctx as unknown as Excel.RequestContext, specsOf(w), supportsUpTo('1.6')),
    );
    expect(result.skipped.sort()).toEqual([SKIPPED_AXIS_FORMAT, SKIPPED_CATEGORIES].sort());
    const [fields] = sheetNamed(w.fake.workbook, 'Biểu đồ').charts;
    expect(fields.series.map((s) => s.name)).toEqual(['Trước hạn', 'Đúng hạn', 'Quá hạn']);
    expect(fields.series.map((s) => s.values!.box.col)).toEqual(
      RESOLVED_PARTS.map((p) => w.ii06a.layout.columns[p.id]),
    );
    expect(fields.series[0].categories).toBeNull();
  });

  it('the fake is strict: calling series editing on a 1.6 host fails the sync', async () => {
    const w = await makeWorkbook(2);
    w.fake.host.apiVersion = '1.6';
    // The adapter told it supports 1.18 while the host has 1.6: the host refuses, as Excel would.
    await expect(
      w.fake.Excel.run((ctx) =>
        addReportCharts(ctx as unknown as Excel.RequestContext, specsOf(w), supportsUpTo('1.18')),
      ),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('the fake is strict: chart properties are unreadable before load + sync', async () => {
    const w = await makeWorkbook(2);
    await w.fake.Excel.run((ctx) =>
      addReportCharts(ctx as unknown as Excel.RequestContext, specsOf(w), supportsUpTo('1.18')),
    );
    await w.fake.Excel.run(async (ctx) => {
      const chart = (ctx as unknown as Excel.RequestContext).workbook.worksheets
        .getItem('Biểu đồ')
        .charts.getItemAt(0);
      expect(() => chart.title.text).toThrow(FakeOfficeError);
      chart.title.load('text');
      await ctx.sync();
      expect(chart.title.text).toBe('Hồ sơ đã giải quyết theo lĩnh vực');
    });
  });

  it('II.06b (grouped by level) charts its lĩnh vực rows through a helper block, never its subtotal rows', () => {
    const ii06b = buildSheetPlan(getForm('II.06b')!, OPTIONS);
    const spec = dossierChartSpec({ sheetName: 'II.06b', layout: ii06b.layout }, 'field');
    const { groupRows, dataRows, columns } = ii06b.layout;
    const itemCount = dataRows.last - dataRows.first + 1 - groupRows.length;
    expect(spec.helper).toHaveLength(itemCount + 1);
    const referenced = spec.helper!.slice(1).map((row) => Number(/(\d+)$/.exec(String(row[1]))![1]) - 1);
    for (const g of groupRows) expect(referenced).not.toContain(g.row);
    expect(referenced).not.toContain(ii06b.layout.totalRow);
    expect(String(spec.helper![1][1])).toMatch(
      new RegExp(`^='II\\.06b'!${String.fromCharCode(65 + columns.early)}\\d+$`),
    );
  });

  it("refuses a sheet without the resolved columns and a sheet that is not the add-in's indicator sheet", () => {
    const plainChiTieu = buildSheetPlan(getForm('KSTT-CT')!, OPTIONS);
    expect(() => onlineShareChartSpec({ sheetName: 'Chỉ tiêu', layout: plainChiTieu.layout })).toThrow(
      ChartSpecError,
    );
    const ii05a = buildSheetPlan(getForm('II.05a')!, OPTIONS);
    expect(() => dossierChartSpec({ sheetName: 'II.05a', layout: ii05a.layout }, 'unit')).toThrow(
      /Trước hạn/,
    );
  });
});
