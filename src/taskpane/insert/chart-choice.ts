/**
 * «Chèn biểu đồ»: which of the three report charts can be drawn from the forms in the workbook, as plain data.
 * Every chart the official asked for is either a ChartSpec or a Vietnamese reason it was skipped — never dropped
 * silently. Pure (no Office.js): the adapter call is in actions.ts.
 */
import {
  ChartSpecError,
  dossierChartSpec,
  onlineShareChartSpec,
  type ChartKind,
  type ChartSource,
  type ChartSpec,
} from '../../domain/indicators/chart-specs';
import { buildIndicatorPlan, INDICATOR_FORM_CODE } from '../../domain/indicators';
import { markerIsFor, parseFormMarkerName } from '../../domain/layout/form-marker';
import type { PlanLayoutMap } from '../../domain/layout/sheet-plan';
import type { InputWorkbook, RecognisedForm } from '../../domain/read/types';
import { layoutFromRecognised } from './indicators';

/** In the order the charts are placed on the chart sheet. */
export const CHART_KINDS: readonly ChartKind[] = ['by-field', 'online-share', 'by-unit'];

/** Forms a by-unit chart reads: the consolidated per-unit appendix first, then the unit-level form. */
const BY_UNIT_CODES = ['KSTT-PL', 'II.06b'];
const BY_FIELD_CODES = ['II.06a'];

export interface ChartChoice {
  specs: ChartSpec[];
  /** Vietnamese, one per chart not drawn. */
  skipped: string[];
}

const CHART_NAMES: Record<ChartKind, string> = {
  'by-field': 'hồ sơ theo lĩnh vực',
  'online-share': 'tỷ lệ trực tuyến so với chỉ tiêu',
  'by-unit': 'hồ sơ theo đơn vị',
};

export function chartName(kind: ChartKind): string {
  return CHART_NAMES[kind];
}

/**
 * The form a chart reads: the first code in `codes` present, preferring the add-in's own sheet of that form over a
 * table pasted or typed by hand (the official's report sheet, not a scratch copy of the one-stop software's export).
 */
function firstOf(recognised: readonly RecognisedForm[], codes: readonly string[]): RecognisedForm | undefined {
  for (const code of codes) {
    const matching = recognised.filter((f) => f.code.toUpperCase() === code.toUpperCase());
    const form = matching.find((f) => f.madeByAddin) ?? matching[0];
    if (form) return form;
  }
  return undefined;
}

/**
 * The indicator sheet's layout, including the chart-data block that recognition does not read: the add-in's
 * layout of KSTT-CT has a fixed number of rows (its rows do not depend on the year or the links), so the layout of
 * a fresh plan, shifted to where the sheet's form marker starts, is exact — provided the marker still spans
 * exactly that many rows and columns. If the official inserted or deleted rows the marker grew or shrank, and the
 * sheet is refused rather than charted from the wrong cells.
 */
export function indicatorSheetSource(workbook: InputWorkbook, year: number): ChartSource | string {
  const marker = (workbook.definedNames ?? []).find((n) => {
    const parsed = parseFormMarkerName(n.name);
    return parsed !== null && markerIsFor(parsed, INDICATOR_FORM_CODE);
  });
  if (!marker) return 'sổ chưa có trang «Chỉ tiêu» do add-in tạo';
  // The rows do not depend on the year (only the targets do): any year gives the same layout.
  const plan = buildIndicatorPlan([], Number.isFinite(year) ? year : 2026, {
    reportingUnit: '-',
    receivingUnit: '',
    level: 'xa',
    period: { label: 'Quý I', from: '01/01/2026', to: '31/03/2026' },
    reportPlace: '',
    reportDate: '',
  });
  if (marker.box.rowCount !== plan.rowCount || marker.box.colCount !== plan.colCount) {
    return `trang «${marker.sheet}» đã bị thêm hoặc xóa dòng, cột nên không xác định được ô số liệu biểu đồ`;
  }
  return { sheetName: marker.sheet, layout: shiftLayout(plan.layout, marker.box.row, marker.box.col) };
}

function shiftLayout(layout: PlanLayoutMap, dRow: number, dCol: number): PlanLayoutMap {
  const shiftValues = (record: Record<string, number>, d: number) =>
    Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v + d]));
  return {
    headerRows: { first: layout.headerRows.first + dRow, last: layout.headerRows.last + dRow },
    columnNumberRow: layout.columnNumberRow === null ? null : layout.columnNumberRow + dRow,
    columns: shiftValues(layout.columns, dCol),
    dataRows: { first: layout.dataRows.first + dRow, last: layout.dataRows.last + dRow },
    groupRows: layout.groupRows.map((g) => ({ ...g, row: g.row + dRow })),
    totalRow: layout.totalRow === null ? null : layout.totalRow + dRow,
    rows: layout.rows ? shiftValues(layout.rows, dRow) : undefined,
  };
}

/** The specs for the wanted charts from the recognised forms (and the indicator sheet's marker) of `workbook`. */
export function chooseCharts(
  wanted: readonly ChartKind[],
  workbook: InputWorkbook,
  recognised: readonly RecognisedForm[],
  year: number,
): ChartChoice {
  const specs: ChartSpec[] = [];
  const skipped: string[] = [];
  const skip = (kind: ChartKind, why: string) => skipped.push(`Biểu đồ ${CHART_NAMES[kind]}: ${why}.`);
  for (const kind of CHART_KINDS.filter((k) => wanted.includes(k))) {
    try {
      if (kind === 'online-share') {
        const source = indicatorSheetSource(workbook, year);
        if (typeof source === 'string') skip(kind, source);
        else specs.push(onlineShareChartSpec(source));
        continue;
      }
      const codes = kind === 'by-field' ? BY_FIELD_CODES : BY_UNIT_CODES;
      const form = firstOf(recognised, codes);
      if (!form) {
        skip(kind, `sổ chưa có biểu ${codes.join(' hoặc ')}`);
        continue;
      }
      const source = { sheetName: form.sheet, layout: layoutFromRecognised(form) };
      specs.push(dossierChartSpec(source, kind === 'by-field' ? 'field' : 'unit'));
    } catch (thrown) {
      if (!(thrown instanceof ChartSpecError)) throw thrown;
      skip(kind, thrown.message.replace(/\.$/, ''));
    }
  }
  return { specs, skipped };
}
