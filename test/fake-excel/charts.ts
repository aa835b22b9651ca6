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
  defineProps,
  FakeClientResult,
  type ProxyInit,
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
  type FakeRangeRef,
  type FakeSheet,
  type FakeWorkbook,
} from './model';
import { RangeProxy } from './range';
import { invalid, requireBoolean, requireEnum, requireNumber, requireString } from './validate';

interface SheetScope {
  workbook: FakeWorkbook;
  sheet: FakeSheet;
}

export interface ChartTarget extends SheetScope {
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
  if (!(range instanceof RangeProxy)) throw invalid(`${what}: expected a Range object`);
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
  return { title: '', titleVisible: false, minimum: null, maximum: null, numberFormat: 'General' };
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

export class ChartCollectionProxy extends CollectionBase<SheetScope, ChartTarget, ChartProxy> {
  readonly _typeName = 'ChartCollection';
  declare count: number;

  _itemsOf(t: SheetScope): ChartTarget[] {
    return t.sheet.charts.map((chart) => ({ ...t, chart }));
  }

  _itemProxy(item: ChartTarget): ChartProxy {
    return new ChartProxy({ context: this.context, resolve: () => item });
  }

  add(type: string, sourceData: RangeProxy, seriesBy: string = 'Auto'): ChartProxy {
    let created: ChartTarget | null = null;
    this._queue('add', (t) => {
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
      created = { ...t, chart };
    });
    return new ChartProxy({
      context: this.context,
      requires: [...this._requires, 'ChartCollection.add'],
      resolve: () => created,
    });
  }

  getItem(name: string): ChartProxy {
    return new ChartProxy({
      context: this.context,
      requires: [...this._requires, 'ChartCollection.getItem'],
      resolve: this._derive((t) => {
        const chart = t.sheet.charts.find((c) => c.name.toLowerCase() === String(name).toLowerCase());
        if (!chart) throw new FakeOfficeError('ItemNotFound', `no chart named «${name}»`);
        return { ...t, chart };
      }),
    });
  }

  getItemAt(index: number): ChartProxy {
    return new ChartProxy({
      context: this.context,
      requires: [...this._requires, 'ChartCollection.getItemAt'],
      resolve: this._derive((t) => {
        const chart = t.sheet.charts[index];
        if (!chart) throw new FakeOfficeError('ItemNotFound', `no chart at index ${index}`);
        return { ...t, chart };
      }),
    });
  }

  getCount(): FakeClientResult<number> {
    return this._count('getCount');
  }
}

defineProps<SheetScope>(ChartCollectionProxy, { count: { read: (t) => t.sheet.charts.length } });

export class ChartProxy extends ClientObjectBase<ChartTarget> {
  readonly _typeName = 'Chart';
  declare name: string;
  declare chartType: string;
  declare id: string;

  private _part<C>(key: string, member: string, make: (init: ProxyInit<ChartTarget>) => C): C {
    return this._child(key, () =>
      make({ context: this.context, requires: [...this._requires, member], resolve: this._derive((t) => t) }),
    );
  }

  get title(): ChartTitleProxy {
    return this._part('title', 'Chart.title', (init) => new ChartTitleProxy(init));
  }

  get legend(): ChartLegendProxy {
    return this._part('legend', 'Chart.legend', (init) => new ChartLegendProxy(init));
  }

  get axes(): ChartAxesProxy {
    return this._part('axes', 'Chart.axes', (init) => new ChartAxesProxy(init));
  }

  get series(): ChartSeriesCollectionProxy {
    return this._part('series', 'Chart.series', (init) => new ChartSeriesCollectionProxy(init));
  }

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

defineProps<ChartTarget>(ChartProxy, {
  name: {
    read: (t) => liveChart(t).name,
    write: (t, v) => {
      const name = requireString(v, 'Chart.name');
      if (name === '') throw invalid('Chart.name cannot be empty');
      liveChart(t).name = name;
    },
  },
  chartType: {
    read: (t) => liveChart(t).chartType,
    write: (t, v) => {
      liveChart(t).chartType = requireEnum('ChartType', v, 'Chart.chartType');
    },
  },
  id: { read: (t) => liveChart(t).id },
});

export class ChartTitleProxy extends ClientObjectBase<ChartTarget> {
  readonly _typeName = 'ChartTitle';
  declare text: string;
  declare visible: boolean;
}

defineProps<ChartTarget>(ChartTitleProxy, {
  text: {
    read: (t) => liveChart(t).title.text,
    write: (t, v) => {
      const chart = liveChart(t);
      chart.title.text = requireString(v, 'ChartTitle.text');
      // Excel shows a title as soon as it has text.
      chart.title.visible = chart.title.text !== '';
    },
  },
  visible: {
    read: (t) => liveChart(t).title.visible,
    write: (t, v) => {
      liveChart(t).title.visible = requireBoolean(v, 'ChartTitle.visible');
    },
  },
});

export class ChartLegendProxy extends ClientObjectBase<ChartTarget> {
  readonly _typeName = 'ChartLegend';
  declare visible: boolean;
  declare position: string;
}

defineProps<ChartTarget>(ChartLegendProxy, {
  visible: {
    read: (t) => liveChart(t).legend.visible,
    write: (t, v) => {
      liveChart(t).legend.visible = requireBoolean(v, 'ChartLegend.visible');
    },
  },
  position: {
    read: (t) => liveChart(t).legend.position,
    write: (t, v) => {
      liveChart(t).legend.position = requireEnum('ChartLegendPosition', v, 'ChartLegend.position');
    },
  },
});

export class ChartAxesProxy extends ClientObjectBase<ChartTarget> {
  readonly _typeName = 'ChartAxes';

  private _axis(key: 'category' | 'value', member: string): ChartAxisProxy {
    return this._child(
      key,
      () =>
        new ChartAxisProxy({
          context: this.context,
          requires: [...this._requires, member],
          resolve: this._derive((t) => ({ ...t, axis: t.chart.axes[key] })),
        }),
    );
  }

  get categoryAxis(): ChartAxisProxy {
    return this._axis('category', 'ChartAxes.categoryAxis');
  }

  get valueAxis(): ChartAxisProxy {
    return this._axis('value', 'ChartAxes.valueAxis');
  }
}

export class ChartAxisProxy extends ClientObjectBase<AxisTarget> {
  readonly _typeName = 'ChartAxis';
  declare minimum: number;
  declare maximum: number;
  declare numberFormat: string;

  get title(): ChartAxisTitleProxy {
    return this._child(
      'title',
      () =>
        new ChartAxisTitleProxy({
          context: this.context,
          requires: [...this._requires, 'ChartAxis.title'],
          resolve: this._derive((t) => t),
        }),
    );
  }
}

const axisNumber = (key: 'minimum' | 'maximum') => (t: AxisTarget, v: unknown) => {
  liveChart(t);
  t.axis[key] = requireNumber(v, `ChartAxis.${key}`, -Number.MAX_VALUE, Number.MAX_VALUE);
};

defineProps<AxisTarget>(ChartAxisProxy, {
  minimum: { read: (t) => (liveChart(t), t.axis.minimum), write: axisNumber('minimum') },
  maximum: { read: (t) => (liveChart(t), t.axis.maximum), write: axisNumber('maximum') },
  numberFormat: {
    read: (t) => (liveChart(t), t.axis.numberFormat),
    write: (t, v) => {
      liveChart(t);
      t.axis.numberFormat = requireString(v, 'ChartAxis.numberFormat');
    },
  },
});

export class ChartAxisTitleProxy extends ClientObjectBase<AxisTarget> {
  readonly _typeName = 'ChartAxisTitle';
  declare text: string;
  declare visible: boolean;
}

defineProps<AxisTarget>(ChartAxisTitleProxy, {
  text: {
    read: (t) => (liveChart(t), t.axis.title),
    write: (t, v) => {
      liveChart(t);
      t.axis.title = requireString(v, 'ChartAxisTitle.text');
      t.axis.titleVisible = t.axis.title !== '';
    },
  },
  visible: {
    read: (t) => (liveChart(t), t.axis.titleVisible),
    write: (t, v) => {
      liveChart(t);
      t.axis.titleVisible = requireBoolean(v, 'ChartAxisTitle.visible');
    },
  },
});

export class ChartSeriesCollectionProxy extends CollectionBase<ChartTarget, SeriesTarget, ChartSeriesProxy> {
  readonly _typeName = 'ChartSeriesCollection';
  declare count: number;

  _itemsOf(t: ChartTarget): SeriesTarget[] {
    return liveChart(t).series.map((series) => ({ ...t, series }));
  }

  _itemProxy(item: SeriesTarget): ChartSeriesProxy {
    return new ChartSeriesProxy({ context: this.context, resolve: () => item });
  }

  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy({
      context: this.context,
      requires: [...this._requires, 'ChartSeriesCollection.getItemAt'],
      resolve: this._derive((t) => {
        const series = liveChart(t).series[index];
        if (!series) throw new FakeOfficeError('ItemNotFound', `no series at index ${index}`);
        return { ...t, series };
      }),
    });
  }

  /** A new, empty series (values come from setValues), appended or inserted at `index`. */
  add(name?: string, index?: number): ChartSeriesProxy {
    let created: SeriesTarget | null = null;
    this._queue('add', (t) => {
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
      created = { ...t, series };
    });
    return new ChartSeriesProxy({
      context: this.context,
      requires: [...this._requires, 'ChartSeriesCollection.add'],
      resolve: () => created,
    });
  }

  getCount(): FakeClientResult<number> {
    return this._count('getCount');
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
  name: {
    read: (t) => liveSeries(t).name,
    write: (t, v) => {
      liveSeries(t).name = requireString(v, 'ChartSeries.name');
    },
  },
});
