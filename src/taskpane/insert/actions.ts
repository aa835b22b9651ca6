/**
 * The two ways out of the «Chèn biểu mẫu» view: into the open workbook (Office.js) and as an .xlsx download.
 * The view receives them as props so unit tests can pass their own and count the calls.
 */
import type { ChartKind } from '../../domain/indicators/chart-specs';
import type { SheetPlan } from '../../domain/layout/sheet-plan';
import { NoExcelError, requireExcel, saveFile } from '../host-access';
import type { IndicatorRecipe } from './indicators';
import { asciiFileName } from './text';

export interface InsertOutcome {
  /** The worksheets created, in order, with the name Excel gave them («II.06a (2)» when taken). */
  sheets: { sheetName: string; formCode: string }[];
  /** What this Excel could not do for lack of an API (e.g. page layout below ExcelApi 1.9). */
  skipped: string[];
}

/** `indicator`: present when the plans hold KSTT-CT, whose links are rebuilt with the sheet names Excel gives. */
export type InsertPlans = (plans: SheetPlan[], indicator?: IndicatorRecipe | null) => Promise<InsertOutcome>;
export type DownloadPlans = (plans: SheetPlan[], fileName: string) => Promise<void>;

// Where the views have always found it.
export { NoExcelError };

/**
 * The Office.js side (renderer, workbook reader, charts) is its own chunk: the view paints without it, the page
 * prefetches it once the view is shown (PREFETCHED_AFTER_FIRST_VIEW in webpack.config.js), and the first click waits
 * for it at most.
 */
function workbookActions() {
  return import(/* webpackChunkName: "insert-workbook" */ './workbook-actions');
}

export const insertIntoWorkbook: InsertPlans = async (plans, indicator) => {
  const excel = requireExcel();
  return (await workbookActions()).insertPlansIntoExcel(excel, plans, indicator);
};

export interface ChartsOutcome {
  /** The chart sheet, or null when no chart could be drawn. */
  sheetName: string | null;
  charts: { kind: ChartKind; title: string }[];
  /** Vietnamese: the charts not drawn and why, and what this Excel could not do. */
  skipped: string[];
}

export type InsertCharts = (kinds: ChartKind[], year: number) => Promise<ChartsOutcome>;

/** Reads the workbook, picks the charts its forms allow and draws them on a new sheet (src/excel/charts.ts). */
export const insertChartsIntoWorkbook: InsertCharts = async (kinds, year) => {
  const excel = requireExcel();
  return (await workbookActions()).insertChartsIntoExcel(excel, kinds, year);
};

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Renders the plans with exceljs and hands the file to the browser. exceljs (~250 KB gzip) is loaded only now,
 * in its own chunk, so it never weighs on the pane's first load.
 */
export const downloadAsXlsx: DownloadPlans = async (plans, fileName) => {
  const { renderPlansToXlsx } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx/render-plan');
  const bytes = await renderPlansToXlsx(plans);
  saveFile(new Blob([bytes as BlobPart], { type: XLSX_MIME }), fileName);
};

/** «bieu-mau-kstt-quy-i-nam-2026.xlsx»: ASCII, so the name survives e-mail and old Windows file shares. */
export function downloadFileName(periodLabel: string): string {
  return asciiFileName('bieu-mau-kstt', periodLabel, 'xlsx');
}
