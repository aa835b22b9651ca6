/**
 * Which native charts the report gets, as plain data: type, title, and for every series the exact cells of its
 * values and categories. The Office.js adapter (src/excel/charts.ts) only queues what this says, so the choice of
 * cells is tested here without a host. Charts read the cells, never copies of the numbers: when a figure changes,
 * the chart changes with it.
 */
import { ref } from '../layout/a1';
import type { CellBox, PlanLayoutMap } from '../layout/sheet-plan';
import { INDICATOR_LAYOUT_KEYS } from './build-indicator-plan';

/** A sheet with a form on it, as the layout engine (or the reader) describes it. */
export interface ChartSource {
  sheetName: string;
  layout: PlanLayoutMap;
}

/** `SheetBox.sheetName` for cells of the chart's own helper block on the chart sheet (see `ChartSpec.helper`). */
export const ON_CHART_SHEET = '';

export interface SheetBox {
  /** A worksheet name, or ON_CHART_SHEET: then `box` is relative to the chart's helper block. */
  sheetName: string;
  box: CellBox;
}

export interface ChartSeriesSpec {
  name: string;
  values: SheetBox;
  categories: SheetBox;
}

export type ChartKind = 'by-field' | 'by-unit' | 'online-share';

export interface ChartSpec {
  kind: ChartKind;
  /** Excel.ChartType value. */
  type: 'ColumnStacked' | 'ColumnClustered';
  title: string;
  series: ChartSeriesSpec[];
  valueAxis: { title: string; minimum?: number; maximum?: number; numberFormat?: string };
  /**
   * A block the adapter writes on the chart sheet, next to the chart: formulas (en-US, leading «=») or literal
   * header text, row by row. Used when the source rows are not contiguous (subtotal rows between them): each
   * helper cell is a reference to one source cell, so the chart still follows the form's numbers.
   */
  helper?: (string | number)[][];
}

/** The three resolved-dossier columns the stacked chart shows, in stacking order. */
export const RESOLVED_PARTS: readonly { id: string; name: string }[] = [
  { id: 'early', name: 'Trước hạn' },
  { id: 'onTime', name: 'Đúng hạn' },
  { id: 'late', name: 'Quá hạn' },
];

/** Label columns a dossier sheet may use for its rows (lĩnh vực in II.06a, đơn vị in a per-unit appendix). */
const LABEL_COLUMN_IDS = ['field', 'unit', 'item', 'label'];

export class ChartSpecError extends Error {}

const column = (sheetName: string, first: number, last: number, col: number): SheetBox => ({
  sheetName,
  box: { row: first, col, rowCount: last - first + 1, colCount: 1 },
});

/** «'Sheet'!B12», quotes doubled. */
function sheetCell(sheetName: string, row: number, col: number): string {
  return `'${sheetName.replace(/'/g, "''")}'!${ref(row, col)}`;
}

/**
 * Resolved dossiers per row, stacked early / on time / late: by lĩnh vực from an II.06a, or by unit from a
 * consolidated report's per-unit appendix (KSTT-PL). Only item rows: never TỔNG CỘNG (it would dwarf them) nor
 * group subtotal rows (they would be stacked next to their own parts). When subtotal rows sit between the items
 * (grouped forms), the series read a helper block of cell references on the chart sheet, since one series takes
 * one contiguous range.
 */
export function dossierChartSpec(source: ChartSource, by: 'field' | 'unit'): ChartSpec {
  const { layout, sheetName } = source;
  const labelId = LABEL_COLUMN_IDS.find((id) => id in layout.columns);
  const missing = RESOLVED_PARTS.filter((p) => !(p.id in layout.columns)).map((p) => p.name);
  if (labelId === undefined || missing.length > 0) {
    throw new ChartSpecError(`Trang «${sheetName}» không có cột ${missing.join(', ') || 'tên dòng'}.`);
  }
  const { first, last } = layout.dataRows;
  const groupRows = new Set(layout.groupRows.map((g) => g.row));
  const itemRows: number[] = [];
  for (let r = first; r <= last; r++) if (!groupRows.has(r)) itemRows.push(r);
  if (itemRows.length === 0) throw new ChartSpecError(`Trang «${sheetName}» chưa có dòng số liệu.`);
  const base = {
    kind: by === 'field' ? ('by-field' as const) : ('by-unit' as const),
    type: 'ColumnStacked' as const,
    title: by === 'field' ? 'Hồ sơ đã giải quyết theo lĩnh vực' : 'Hồ sơ đã giải quyết theo đơn vị',
    valueAxis: { title: 'Số hồ sơ' },
  };
  const contiguous = itemRows[itemRows.length - 1] - itemRows[0] + 1 === itemRows.length;
  if (contiguous) {
    const [top, bottom] = [itemRows[0], itemRows[itemRows.length - 1]];
    const categories = column(sheetName, top, bottom, layout.columns[labelId]);
    return {
      ...base,
      series: RESOLVED_PARTS.map((p) => ({
        name: p.name,
        values: column(sheetName, top, bottom, layout.columns[p.id]),
        categories,
      })),
    };
  }
  const sourceCols = [labelId, ...RESOLVED_PARTS.map((p) => p.id)].map((id) => layout.columns[id]);
  const helper: (string | number)[][] = [
    [by === 'field' ? 'Lĩnh vực' : 'Đơn vị', ...RESOLVED_PARTS.map((p) => p.name)],
    ...itemRows.map((r) => sourceCols.map((c) => `=${sheetCell(sheetName, r, c)}`)),
  ];
  const n = itemRows.length;
  return {
    ...base,
    helper,
    series: RESOLVED_PARTS.map((p, i) => ({
      name: p.name,
      values: column(ON_CHART_SHEET, 1, n, i + 1),
      categories: column(ON_CHART_SHEET, 1, n, 0),
    })),
  };
}

/** Online share against its target, from the indicator sheet's chart-data block (both as fractions on a % axis). */
export function onlineShareChartSpec(indicatorSheet: ChartSource, indicatorId = 'onlineDossiers'): ChartSpec {
  const { layout, sheetName } = indicatorSheet;
  const row = layout.rows?.[INDICATOR_LAYOUT_KEYS.chartRow(indicatorId)];
  const label = layout.columns[INDICATOR_LAYOUT_KEYS.chartLabel];
  const result = layout.columns[INDICATOR_LAYOUT_KEYS.chartResult];
  const target = layout.columns[INDICATOR_LAYOUT_KEYS.chartTarget];
  if (row === undefined || label === undefined || result === undefined || target === undefined) {
    throw new ChartSpecError(
      `Trang «${sheetName}» không phải bảng chỉ tiêu do add-in tạo (thiếu số liệu biểu đồ).`,
    );
  }
  const categories = column(sheetName, row, row, label);
  return {
    kind: 'online-share',
    type: 'ColumnClustered',
    title: 'Tỷ lệ hồ sơ trực tuyến so với mục tiêu',
    series: [
      { name: 'Kết quả', values: column(sheetName, row, row, result), categories },
      { name: 'Mục tiêu', values: column(sheetName, row, row, target), categories },
    ],
    valueAxis: { title: 'Tỷ lệ', minimum: 0, maximum: 1, numberFormat: '0%' },
  };
}
