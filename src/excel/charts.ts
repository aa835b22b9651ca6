/**
 * Native Excel charts for the report, on a new worksheet «Biểu đồ» (forms stay printable as the official layout:
 * a chart beside a form would shrink its fit-to-width print). Every series reads the form's own cells, so the
 * charts follow the numbers when the official edits them.
 *
 * Round trips: two `context.sync()` whatever the number of charts and rows — one to learn the sheet names (the
 * chart sheet gets a unique name, nothing is overwritten), one to create everything.
 *
 * Requirement sets: charts, titles, legends, axes and series names are ExcelApi 1.1. Series are set cell by cell
 * with `series.add` / `setValues` / `setXAxisValues` (1.7) so their ranges never depend on Excel's guess about
 * headers; below 1.7 (not reachable with the manifest's 1.8 floor, kept for hosts that misreport) the chart is
 * made from the contiguous value block and the categories are left to Excel — reported in `skipped`. The axis
 * number format is 1.8 and is checked too.
 *
 * .xlsx files: exceljs 4 cannot write charts, so files made outside Excel have none (see XLSX_CHARTS_NOTE).
 */
import {
  ChartSpecError,
  ON_CHART_SHEET,
  type ChartSpec,
  type SheetBox,
} from '../domain/indicators/chart-specs';
import { uniqueSheetName } from '../domain/layout/names';
import { boxAddress, cellAddress } from './a1';
import type { InputWorkbook } from '../domain/read/types';
import { API_FEATURES } from './api-features';
import { deleteCreated, withRollback } from './host-errors';
import { readWorkbookIn } from './read-grid';
import type { ApiSupport } from './render-plan';

export const DEFAULT_CHART_SHEET = 'Biểu đồ';
/** Series editing (ChartSeriesCollection.add, ChartSeries.setValues / setXAxisValues). */
export const SERIES_EDIT_API = API_FEATURES.seriesEdit.set;
/** ChartAxis.numberFormat. */
export const AXIS_NUMBER_FORMAT_API = API_FEATURES.axisNumberFormat.set;
export const SKIPPED_CATEGORIES = `tên nhóm trên trục biểu đồ (ExcelApi ${SERIES_EDIT_API})`;
export const SKIPPED_AXIS_FORMAT = `định dạng số trên trục biểu đồ (ExcelApi ${AXIS_NUMBER_FORMAT_API})`;

/** Rows of the chart sheet each chart occupies (about 12 cm at the default row height). */
const CHART_ROWS = 20;
const CHART_GAP_ROWS = 2;
const CHART_COLUMNS = 10;

export interface ChartsResult {
  /** The worksheet the charts were put on. */
  sheetName: string;
  charts: { kind: ChartSpec['kind']; title: string }[];
  skipped: string[];
}

/** Resolves a spec's cells: a named sheet, or the chart's helper block on the chart sheet. */
type RangeResolver = (where: SheetBox) => Excel.Range;

function resolver(
  context: Excel.RequestContext,
  chartSheet: Excel.Worksheet,
  helperAt: { row: number; col: number },
): RangeResolver {
  return (where) => {
    if (where.sheetName !== ON_CHART_SHEET) {
      return context.workbook.worksheets.getItem(where.sheetName).getRange(boxAddress(where.box));
    }
    const box = { ...where.box, row: where.box.row + helperAt.row, col: where.box.col + helperAt.col };
    return chartSheet.getRange(boxAddress(box));
  };
}

/** The contiguous block covering all series' values (used only below ExcelApi 1.7). */
function valueBlock(spec: ChartSpec): SheetBox {
  const boxes = spec.series.map((s) => s.values.box);
  const row = Math.min(...boxes.map((b) => b.row));
  const col = Math.min(...boxes.map((b) => b.col));
  const lastRow = Math.max(...boxes.map((b) => b.row + b.rowCount - 1));
  const lastCol = Math.max(...boxes.map((b) => b.col + b.colCount - 1));
  if ((lastRow - row + 1) * (lastCol - col + 1) !== boxes.reduce((a, b) => a + b.rowCount * b.colCount, 0)) {
    throw new ChartSpecError(
      `«${spec.title}»: các cột số liệu không liền nhau, cần Excel mới hơn (ExcelApi 1.7).`,
    );
  }
  return {
    sheetName: spec.series[0].values.sheetName,
    box: { row, col, rowCount: lastRow - row + 1, colCount: lastCol - col + 1 },
  };
}

/** Queues one chart (no sync): its helper block if any, the chart, its series, title, legend, axis, position. */
function queueChart(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  spec: ChartSpec,
  slot: number,
  supports: ApiSupport,
  skipped: Set<string>,
): Excel.Chart {
  const editSeries = supports(SERIES_EDIT_API);
  const top = slot * (CHART_ROWS + CHART_GAP_ROWS);
  // Helper blocks sit to the right of their chart, one column apart.
  const helperAt = { row: top, col: CHART_COLUMNS + 1 };
  const rangeOf = resolver(context, sheet, helperAt);
  if (spec.helper) {
    const box = { ...helperAt, rowCount: spec.helper.length, colCount: spec.helper[0].length };
    sheet.getRange(boxAddress(box)).formulas = spec.helper;
    sheet.getRange(boxAddress({ ...box, rowCount: 1 })).format.font.bold = true;
  }
  let chart: Excel.Chart;
  if (editSeries) {
    // Start from the first series' own values, then state every series explicitly.
    const [first, ...rest] = spec.series;
    chart = sheet.charts.add(
      spec.type as Excel.ChartType,
      rangeOf(first.values),
      'Columns' as Excel.ChartSeriesBy,
    );
    const firstSeries = chart.series.getItemAt(0);
    firstSeries.name = first.name;
    firstSeries.setValues(rangeOf(first.values));
    firstSeries.setXAxisValues(rangeOf(first.categories));
    for (const s of rest) {
      const series = chart.series.add(s.name);
      series.setValues(rangeOf(s.values));
      series.setXAxisValues(rangeOf(s.categories));
    }
  } else {
    const block = valueBlock(spec);
    const byColumns = spec.series.every((s) => s.values.box.colCount === 1);
    chart = sheet.charts.add(
      spec.type as Excel.ChartType,
      rangeOf(block),
      (byColumns ? 'Columns' : 'Rows') as Excel.ChartSeriesBy,
    );
    spec.series.forEach((s, i) => (chart.series.getItemAt(i).name = s.name));
    skipped.add(SKIPPED_CATEGORIES);
  }
  chart.title.text = spec.title;
  chart.legend.visible = true;
  chart.legend.position = 'Bottom' as Excel.ChartLegendPosition;
  const axis = chart.axes.valueAxis;
  axis.title.text = spec.valueAxis.title;
  if (spec.valueAxis.minimum !== undefined) axis.minimum = spec.valueAxis.minimum;
  if (spec.valueAxis.maximum !== undefined) axis.maximum = spec.valueAxis.maximum;
  if (spec.valueAxis.numberFormat) {
    if (supports(AXIS_NUMBER_FORMAT_API)) axis.numberFormat = spec.valueAxis.numberFormat;
    else skipped.add(SKIPPED_AXIS_FORMAT);
  }
  chart.setPosition(cellAddress(top, 0), cellAddress(top + CHART_ROWS - 1, CHART_COLUMNS - 1));
  return chart;
}

/**
 * Creates the charts on a new worksheet (unique name from `chartSheetName`) in one Excel.run context: exactly two
 * syncs. Specs come from `dossierChartSpec` / `onlineShareChartSpec` (src/domain/indicators/chart-specs.ts).
 */
export async function addReportCharts(
  context: Excel.RequestContext,
  specs: readonly ChartSpec[],
  supports: ApiSupport,
  chartSheetName = DEFAULT_CHART_SHEET,
  onCreated?: (sheetName: string) => void,
): Promise<ChartsResult> {
  if (specs.length === 0) throw new ChartSpecError('Chưa có số liệu nào để vẽ biểu đồ.');
  if (!supports(SERIES_EDIT_API)) specs.forEach(valueBlock); // refuse before anything is written
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();

  const sheetName = uniqueSheetName(
    chartSheetName,
    sheets.items.map((s) => s.name),
  );
  onCreated?.(sheetName);
  const sheet = sheets.add(sheetName);
  const skipped = new Set<string>();
  specs.forEach((spec, slot) => queueChart(context, sheet, spec, slot, supports, skipped));
  sheet.activate();
  await context.sync();
  return { sheetName, charts: specs.map((s) => ({ kind: s.kind, title: s.title })), skipped: [...skipped] };
}

/** Which charts to draw, decided from the workbook as read (pure: the task pane's chart choice). */
export type ChooseCharts = (
  workbook: InputWorkbook,
) => Promise<{ specs: readonly ChartSpec[]; skipped: readonly string[] }>;

/**
 * Reads the workbook, lets `choose` pick the charts its forms allow, and draws them — all in one Excel.run:
 * the read (two syncs for a usual workbook, see read-grid.ts) plus the two of addReportCharts.
 */
export async function readAndAddCharts(
  excel: typeof Excel,
  choose: ChooseCharts,
  supports: ApiSupport,
): Promise<{ sheetName: string | null; charts: ChartsResult['charts']; skipped: string[] }> {
  // The chart sheet is new and holds nothing else: if Excel refuses a chart half-way, the sheet goes again.
  const created = { sheets: [] as string[], names: [] as string[] };
  return withRollback(
    () =>
      excel.run(async (context) => {
        const choice = await choose(await readWorkbookIn(context));
        if (choice.specs.length === 0) return { sheetName: null, charts: [], skipped: [...choice.skipped] };
        const result = await addReportCharts(context, choice.specs, supports, DEFAULT_CHART_SHEET, (name) =>
          created.sheets.push(name),
        );
        return { sheetName: result.sheetName, charts: result.charts, skipped: [...choice.skipped, ...result.skipped] };
      }),
    () => deleteCreated(excel, created),
  );
}
