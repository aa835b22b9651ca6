/**
 * What «Chèn vào sổ tính» and «Chèn biểu đồ» do in Excel, loaded on demand by ./actions.ts (its own chunk, so the
 * Office.js renderer, the workbook reader and the chart code stay out of the pane's first load).
 */
import type { ChartKind } from '../../domain/indicators/chart-specs';
import type { IndicatorSource } from '../../domain/indicators';
import type { SheetPlan } from '../../domain/layout/sheet-plan';
import type { InputWorkbook, RecognisedForm } from '../../domain/read/types';
import { readAndAddCharts } from '../../excel/charts';
import { isExcelApiSupported } from '../../excel/host';
import { insertForms, type RelinkPlans } from '../../excel/insert-form';
import { readWorkbook } from '../../excel/read-grid';
import { nextTask } from '../next-task';
import type { ChartsOutcome, InsertOutcome } from './actions';
import { chooseCharts } from './chart-choice';
import { linkIndicatorPlans, ownFormSources, type IndicatorRecipe } from './indicators';

export async function insertPlansIntoExcel(
  excel: typeof Excel,
  plans: SheetPlan[],
  indicator?: IndicatorRecipe | null,
): Promise<InsertOutcome> {
  let relink: RelinkPlans | undefined;
  if (indicator) {
    // The add-in's forms already in the workbook are linked too, after the batch's own (read before inserting).
    const existing = await readOwnFormSources(excel);
    relink = (proposed, sheetNames) => linkIndicatorPlans(proposed, sheetNames, indicator, existing);
  }
  const result = await insertForms(excel, plans, isExcelApiSupported, relink);
  return {
    sheets: result.forms.map((form) => ({ sheetName: form.sheetName, formCode: form.formCode })),
    skipped: result.skipped,
  };
}

/** Recognition (the header matcher and every form's model) is loaded on demand, like the checker's. */
async function recognise(workbook: InputWorkbook): Promise<RecognisedForm[]> {
  const { recogniseWorkbook } = await import(/* webpackChunkName: "recognise" */ '../../domain/read');
  // A task of its own: not on top of the chunk's evaluation or the read.
  await nextTask();
  return recogniseWorkbook(workbook);
}

/** The add-in's forms in the open workbook, laid out as they are now (see layoutFromRecognised). */
async function readOwnFormSources(excel: typeof Excel): Promise<IndicatorSource[]> {
  return ownFormSources(await recognise(await readWorkbook(excel)));
}

/** Reads the workbook, picks the charts its forms allow and draws them on a new sheet (src/excel/charts.ts). */
export async function insertChartsIntoExcel(excel: typeof Excel, kinds: ChartKind[], year: number): Promise<ChartsOutcome> {
  return readAndAddCharts(
    excel,
    async (workbook) => chooseCharts(kinds, workbook, await recognise(workbook), year),
    isExcelApiSupported,
  );
}
