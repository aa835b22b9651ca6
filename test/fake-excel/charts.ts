/**
 * Charts (Worksheet.charts, ExcelApi 1.1; series editing 1.7; getDimensionValues 1.12; data-source strings 1.15),
 * modelled like the rest of the fake: commands queue and run at sync, scalar reads need load + sync, members
 * above the host's version fail the sync with ApiNotFound.
 *
 * What a chart holds here is what the add-in must get right and a test can inspect: the type, each series' value
 * and category ranges (by sheet id and box, so they are checked as cells, not as strings), title, legend, axis
 * settings and position. Drawing is not modelled. `add` derives series from the source data as Excel does for a
 * plain block: one series per column (seriesBy Columns, or Auto when the block is at least as tall as wide) or
 * per row; a first row of text only gives the series names and a first column of text only the categories.
 * Ranges are not shifted when rows are inserted later (no test needs it yet).
 */
import {
  ClientObjectBase,
  CollectionBase,
  defineParts,
  defineProps,
  FakeClientResult,
  field,
  isProxy,
  part,
  registerProxies,
  type InstancesOf,
  type PropSpecs,
  type ProxyKinds,
} from './client-object';
import { FakeOfficeError } from './errors';
import { formatAddress, tryParseAddress } from './address';
import {
  findSheetById,
  getCell,
  newId,
  type FakeChart,
  type FakeChartAxis,
  type FakeChartSeries,
  type FakeChartTitle,
  type FakeRangeRef,
  type FakeWorkbook,
} from './model';
import type { SheetTarget } from './targets';
import { invalid, requireBoolean, requireEnum, requireNumber, requireString } from './validate';

type RangeProxy = ProxyKinds['Range'];

export interface ChartTarget extends SheetTarget {
  chart: FakeChart;
}

interface SeriesTarget extends ChartTarget {
  series: FakeChartSeries;
}

interface AxisTarget extends ChartTarget {
  axis: FakeChartAxis;
}

function liveChart(t: ChartTarget): FakeChart {
  if (!t.workbook.sheets.includes(t.sheet) || !t.sheet.charts.includes(t.chart)) {
    throw new FakeOfficeError('ItemNotFound', `the chart «${t.chart.name}» was deleted`);
  }
  return t.chart;
}

function liveSeries(t: SeriesTarget): FakeChartSeries {
  if (!liveChart(t).series.includes(t.series))
    throw new FakeOfficeError('ItemNotFound', 'the chart series was deleted');
  return t.series;
}

/** A Range argument: must be a Range proxy of this workbook; resolved inside the sync. */
function rangeRef(range: unknown, workbook: FakeWorkbook, what: string): FakeRangeRef {
  if (!isProxy('Range', range)) throw invalid(`${what}: expected a Range object`);
  const target = range._existingTarget();
  if (target.workbook !== workbook || !workbook.sheets.includes(target.sheet))
    throw invalid(`${what}: the range is not in this workbook`);
  return { sheetId: target.sheet.id, box: { ...target.box } };
}

function cellsOf(workbook: FakeWorkbook, ref: FakeRangeRef): (string | number | boolean | null)[] {
  const sheet = findSheetById(workbook, ref.sheetId);
  if (!sheet) throw new FakeOfficeError('InvalidReference', 'the series refers to a deleted sheet');
  const out: (string | number | boolean | null)[] = [];
  for (let r = ref.box.row; r < ref.box.row + ref.box.rowCount; r++) {
    for (let c = ref.box.col; c < ref.box.col + ref.box.colCount; c++)
      out.push(getCell(sheet, r, c)?.value ?? null);
  }
  return out;
}

function isTextOnly(values: (string | number | boolean | null)[]): boolean {
  return values.length > 0 && values.every((v) => typeof v === 'string' && v !== '');
}

function newAxis(): FakeChartAxis {
  return { title: { text: '', visible: false }, minimum: null, maximum: null, numberFormat: 'General' };
}

/** Series from a source block, as Excel's ChartCollection.add / Chart.setData do for a plain block. */
function seriesFromSource(workbook: FakeWorkbook, source: FakeRangeRef, seriesBy: string): FakeChartSeries[] {
  const { box } = source;
  const byColumns = seriesBy === 'Columns' || (seriesBy === 'Auto' && box.rowCount >= box.colCount);
  const line = (i: number, alongRows: boolean): FakeRangeRef =>
    alongRows
      ? {
          sheetId: source.sheetId,
          box: { row: box.row + i, col: box.col, rowCount: 1, colCount: box.colCount },
        }
      : {
          sheetId: source.sheetId,
          box: { row: box.row, col: box.col + i, rowCount: box.rowCount, colCount: 1 },
        };
  const firstRow = line(0, true);
  const firstCol = line(0, false);
  const headerRow =
    box.rowCount > 1 &&
    isTextOnly(
      cellsOf(workbook, {
        ...firstRow,
        box: {
          ...firstRow.box,
          col: box.col + (box.colCount > 1 ? 1 : 0),
          colCount: Math.max(1, box.colCount - 1),
        },
      }),
    );
  const headerCol =
    box.colCount > 1 &&
    isTextOnly(
      cellsOf(workbook, {
        ...firstCol,
        box: {
          ...firstCol.box,
          row: box.row + (headerRow ? 1 : 0),
          rowCount: box.rowCount - (headerRow ? 1 : 0),
        },
      }),
    );
  const dataBox = {
    row: box.row + (headerRow ? 1 : 0),
    col: box.col + (headerCol ? 1 : 0),
    rowCount: box.rowCount - (headerRow ? 1 : 0),
    colCount: box.colCount - (headerCol ? 1 : 0),
  };
  const count = byColumns ? dataBox.colCount : dataBox.rowCount;
  const series: FakeChartSeries[] = [];
  for (let i = 0; i < count; i++) {
    const values: FakeRangeRef = byColumns
      ? {
          sheetId: source.sheetId,
          box: { row: dataBox.row, col: dataBox.col + i, rowCount: dataBox.rowCount, colCount: 1 },
        }
      : {
          sheetId: source.sheetId,
          box: { row: dataBox.row + i, col: dataBox.col, rowCount: 1, colCount: dataBox.colCount },
        };
    const nameCell = byColumns
      ? headerRow
        ? [box.row, dataBox.col + i]
        : null
      : headerCol
        ? [dataBox.row + i, box.col]
        : null;
    const categories: FakeRangeRef | null = byColumns
      ? headerCol
        ? {
            sheetId: source.sheetId,
            box: { row: dataBox.row, col: box.col, rowCount: dataBox.rowCount, colCount: 1 },
          }
        : null
      : headerRow
        ? {
            sheetId: source.sheetId,
            box: { row: box.row, col: dataBox.col, rowCount: 1, colCount: dataBox.colCount },
          }
        : null;
    const sheet = findSheetById(workbook, source.sheetId)!;
    const name = nameCell ? String(getCell(sheet, nameCell[0], nameCell[1])?.value ?? '') : `Series${i + 1}`;
    series.push({ name, values, categories });
  }
  return series;
}

export class ChartCollectionProxy extends CollectionBase<SheetTarget, 'Chart'> {
  readonly _typeName = 'ChartCollection';
  readonly _itemKind = 'Chart';
  declare count: number;

  _itemsOf(t: SheetTarget): ChartTarget[] {
    return t.sheet.charts.map((chart) => ({ ...t, chart }));
  }

  add(type: string, sourceData: RangeProxy, seriesBy: string = 'Auto'): ChartProxy {
    return this._add('Chart', 'add', (t) => {
      const chartType = requireEnum('ChartType', type, 'charts.add(type)');
      if (chartType === 'Invalid') throw invalid('charts.add(type): Invalid is not a chart type');
      const by = requireEnum('ChartSeriesBy', seriesBy, 'charts.add(seriesBy)');
      const source = rangeRef(sourceData, t.workbook, 'charts.add(sourceData)');
      const chart: FakeChart = {
        id: newId(t.workbook, 'CHART'),
        name: `Chart ${t.sheet.charts.length + 1}`,
        chartType,
        series: seriesFromSource(t.workbook, source, by),
        title: { text: '', visible: false },
        legend: { visible: true, position: 'Right' },
        position: null,
        axes: { category: newAxis(), value: newAxis() },
      };
      t.sheet.charts.push(chart);
      return { ...t, chart };
    });
  }

  getItem(name: string): ChartProxy {
    return this._related('Chart', 'getItem', (t) => {
      const chart = t.sheet.charts.find((c) => c.name.toLowerCase() === String(name).toLowerCase());
      if (!chart) throw new FakeOfficeError('ItemNotFound', `no chart named «${name}»`);
      return { ...t, chart };
    });
  }

  getItemAt(index: number): ChartProxy {
    return this._related('Chart', 'getItemAt', (t) => {
      const chart = t.sheet.charts[index];
      if (!chart) throw new FakeOfficeError('ItemNotFound', `no chart at index ${index}`);
      return { ...t, chart };
    });
  }
}

defineProps<SheetTarget>(ChartCollectionProxy, { count: { read: (t) => t.sheet.charts.length } });

export class ChartProxy extends ClientObjectBase<ChartTarget> {
  readonly _typeName = 'Chart';
  declare name: string;
  declare chartType: string;
  declare id: string;

  declare readonly title: ChartTitleProxy;
  declare readonly legend: ChartLegendProxy;
  declare readonly axes: ChartAxesProxy;
  declare readonly series: ChartSeriesCollectionProxy;

  /** Cells on the chart's own sheet, as a Range of that sheet or an address without another sheet's name. */
  setPosition(startCell: RangeProxy | string, endCell?: RangeProxy | string): void {
    this._queue('setPosition', (t) => {
      liveChart(t);
      const address = (cell: RangeProxy | string, what: string): string => {
        if (typeof cell === 'string') {
          const parsed = tryParseAddress(cell);
          if (!parsed) throw invalid(`${what}: «${cell}» is not a valid address`);
          if (parsed.sheetName !== null && parsed.sheetName.toLowerCase() !== t.sheet.name.toLowerCase()) {
            throw invalid(`${what}: «${cell}» is on another sheet`);
          }
          return formatAddress(t.sheet.name, parsed.box);
        }
        const ref = rangeRef(cell, t.workbook, what);
        if (ref.sheetId !== t.sheet.id) throw invalid(`${what}: the range is on another sheet`);
        return formatAddress(t.sheet.name, ref.box);
      };
      t.chart.position = {
        start: address(startCell, 'setPosition(startCell)'),
        end: endCell === undefined ? null : address(endCell, 'setPosition(endCell)'),
      };
    });
  }

  delete(): void {
    this._queue('delete', (t) => {
      liveChart(t);
      t.sheet.charts = t.sheet.charts.filter((c) => c !== t.chart);
    });
  }
}

defineParts<ChartTarget>(ChartProxy, { title: 'ChartTitle', legend: 'ChartLegend', axes: 'ChartAxes', series: 'ChartSeriesCollection' });

defineProps<ChartTarget>(ChartProxy, {
  name: {
    read: (t) => liveChart(t).name,
    write: (t, v) => {
      const name = requireString(v, 'Chart.name');
      if (name === '') throw invalid('Chart.name cannot be empty');
      liveChart(t).name = name;
    },
  },
  chartType: field(liveChart, 'chartType', (v) => requireEnum('ChartType', v, 'Chart.chartType')),
  id: field(liveChart, 'id'),
});

/** A chart's or an axis's title: the same two properties; Excel shows a title as soon as it has text. */
abstract class TitleProxy<T> extends ClientObjectBase<T> {
  declare text: string;
  declare visible: boolean;
}

function titleProps<T>(titleOf: (t: T) => FakeChartTitle, typeName: string): PropSpecs<T> {
  return {
    text: {
      read: (t) => titleOf(t).text,
      write: (t, v) => {
        const title = titleOf(t);
        title.text = requireString(v, `${typeName}.text`);
        title.visible = title.text !== '';
      },
    },
    visible: field(titleOf, 'visible', (v) => requireBoolean(v, `${typeName}.visible`)),
  };
}

export class ChartTitleProxy extends TitleProxy<ChartTarget> {
  readonly _typeName = 'ChartTitle';
}

defineProps<ChartTarget>(ChartTitleProxy, titleProps((t) => liveChart(t).title, 'ChartTitle'));

export class ChartLegendProxy extends ClientObjectBase<ChartTarget> {
  readonly _typeName = 'ChartLegend';
  declare visible: boolean;
  declare position: string;
}

const legendOf = (t: ChartTarget) => liveChart(t).legend;

defineProps<ChartTarget>(ChartLegendProxy, {
  visible: field(legendOf, 'visible', (v) => requireBoolean(v, 'ChartLegend.visible')),
  position: field(legendOf, 'position', (v) => requireEnum('ChartLegendPosition', v, 'ChartLegend.position')),
});

export class ChartAxesProxy extends ClientObjectBase<ChartTarget> {
  readonly _typeName = 'ChartAxes';
  declare readonly categoryAxis: ChartAxisProxy;
  declare readonly valueAxis: ChartAxisProxy;
}

defineParts<ChartTarget>(ChartAxesProxy, {
  categoryAxis: part('ChartAxis', (t: ChartTarget) => ({ ...t, axis: t.chart.axes.category })),
  valueAxis: part('ChartAxis', (t: ChartTarget) => ({ ...t, axis: t.chart.axes.value })),
});

export class ChartAxisProxy extends ClientObjectBase<AxisTarget> {
  readonly _typeName = 'ChartAxis';
  declare minimum: number;
  declare maximum: number;
  declare numberFormat: string;
  declare readonly title: ChartAxisTitleProxy;
}

defineParts<AxisTarget>(ChartAxisProxy, { title: 'ChartAxisTitle' });

/** The axis, once its chart is known to be still there. */
const axisOf = (t: AxisTarget) => (liveChart(t), t.axis);

defineProps<AxisTarget>(ChartAxisProxy, {
  minimum: field(axisOf, 'minimum', (v) => requireNumber(v, 'ChartAxis.minimum', -Number.MAX_VALUE, Number.MAX_VALUE)),
  maximum: field(axisOf, 'maximum', (v) => requireNumber(v, 'ChartAxis.maximum', -Number.MAX_VALUE, Number.MAX_VALUE)),
  numberFormat: field(axisOf, 'numberFormat', (v) => requireString(v, 'ChartAxis.numberFormat')),
});

export class ChartAxisTitleProxy extends TitleProxy<AxisTarget> {
  readonly _typeName = 'ChartAxisTitle';
}

defineProps<AxisTarget>(ChartAxisTitleProxy, titleProps((t) => axisOf(t).title, 'ChartAxisTitle'));

export class ChartSeriesCollectionProxy extends CollectionBase<ChartTarget, 'ChartSeries'> {
  readonly _typeName = 'ChartSeriesCollection';
  readonly _itemKind = 'ChartSeries';
  declare count: number;

  _itemsOf(t: ChartTarget): SeriesTarget[] {
    return liveChart(t).series.map((series) => ({ ...t, series }));
  }

  getItemAt(index: number): ChartSeriesProxy {
    return this._related('ChartSeries', 'getItemAt', (t) => {
      const series = liveChart(t).series[index];
      if (!series) throw new FakeOfficeError('ItemNotFound', `no series at index ${index}`);
      return { ...t, series };
    });
  }

  /** A new, empty series (values come from setValues), appended or inserted at `index`. */
  add(name?: string, index?: number): ChartSeriesProxy {
    return this._add('ChartSeries', 'add', (t) => {
      const chart = liveChart(t);
      const series: FakeChartSeries = {
        name:
          name === undefined ? `Series${chart.series.length + 1}` : requireString(name, 'series.add(name)'),
        values: null,
        categories: null,
      };
      const at =
        index === undefined
          ? chart.series.length
          : requireNumber(index, 'series.add(index)', 0, chart.series.length);
      chart.series.splice(at, 0, series);
      return { ...t, series };
    });
  }
}

defineProps<ChartTarget>(ChartSeriesCollectionProxy, { count: { read: (t) => liveChart(t).series.length } });

export class ChartSeriesProxy extends ClientObjectBase<SeriesTarget> {
  readonly _typeName = 'ChartSeries';
  declare name: string;

  setValues(sourceData: RangeProxy): void {
    this._queue('setValues', (t) => {
      liveSeries(t).values = oneLine(rangeRef(sourceData, t.workbook, 'setValues(sourceData)'), 'setValues');
    });
  }

  setXAxisValues(sourceData: RangeProxy): void {
    this._queue('setXAxisValues', (t) => {
      liveSeries(t).categories = oneLine(
        rangeRef(sourceData, t.workbook, 'setXAxisValues(sourceData)'),
        'setXAxisValues',
      );
    });
  }

  delete(): void {
    this._queue('delete', (t) => {
      const chart = liveChart(t);
      liveSeries(t);
      chart.series = chart.series.filter((s) => s !== t.series);
    });
  }

  /** The values of one dimension as text, computed at sync from the cells the series refers to. */
  getDimensionValues(dimension: string): FakeClientResult<string[]> {
    const result = new FakeClientResult<string[]>(this._member('getDimensionValues'));
    this._queue(
      'getDimensionValues',
      (t) => {
        const ref = dimensionRef(liveSeries(t), dimension);
        result._set(ref ? cellsOf(t.workbook, ref).map((v) => (v === null ? '' : String(v))) : []);
      },
      false,
    );
    return result;
  }

  /** «'Sheet'!$B$2:$B$5»-style source of one dimension (the fake writes no $ signs). */
  getDimensionDataSourceString(dimension: string): FakeClientResult<string> {
    const result = new FakeClientResult<string>(this._member('getDimensionDataSourceString'));
    this._queue(
      'getDimensionDataSourceString',
      (t) => {
        const ref = dimensionRef(liveSeries(t), dimension);
        const sheet = ref ? findSheetById(t.workbook, ref.sheetId) : undefined;
        result._set(ref && sheet ? formatAddress(sheet.name, ref.box) : '');
      },
      false,
    );
    return result;
  }
}

function dimensionRef(series: FakeChartSeries, dimension: string): FakeRangeRef | null {
  const d = requireEnum('ChartSeriesDimension', dimension, 'ChartSeries dimension');
  if (d === 'Values' || d === 'YValues') return series.values;
  if (d === 'Categories' || d === 'XValues') return series.categories;
  throw invalid(`dimension ${d} is only for bubble charts`);
}

/** Series data is one row or one column (Excel refuses a 2D block for a single series). */
function oneLine(ref: FakeRangeRef, what: string): FakeRangeRef {
  if (ref.box.rowCount !== 1 && ref.box.colCount !== 1)
    throw invalid(`${what}: a series takes one row or one column`);
  return ref;
}

defineProps<SeriesTarget>(ChartSeriesProxy, {
  name: field(liveSeries, 'name', (v) => requireString(v, 'ChartSeries.name')),
});

const CHART_CLASSES = {
  ChartCollection: ChartCollectionProxy,
  Chart: ChartProxy,
  ChartTitle: ChartTitleProxy,
  ChartLegend: ChartLegendProxy,
  ChartAxes: ChartAxesProxy,
  ChartAxis: ChartAxisProxy,
  ChartAxisTitle: ChartAxisTitleProxy,
  ChartSeriesCollection: ChartSeriesCollectionProxy,
  ChartSeries: ChartSeriesProxy,
};
registerProxies(CHART_CLASSES);

declare module './client-object' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the registry's types: one list, above
  interface ProxyKinds extends InstancesOf<typeof CHART_CLASSES> {}
}
