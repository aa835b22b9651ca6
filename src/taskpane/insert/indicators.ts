/**
 * The «Chỉ tiêu» sheet (KSTT-CT) inserted together with other forms: its numerator/denominator cells are formulas
 * into those forms' sheets, so they must name the sheets *actually created*. Those names are known only once the
 * workbook's existing sheets are (Excel renames a second II.06a to «II.06a (2)»), so the indicator plan is built
 * twice: once for an empty workbook (the .xlsx download, the validation) and again by `linkIndicatorPlans` with
 * the final names, between the two syncs of the insertion (see src/excel/insert-form.ts).
 *
 * Pure: no Office.js, no DOM.
 */
import {
  buildIndicatorPlan,
  INDICATOR_FORM_CODE,
  type IndicatorPlanOptions,
  type IndicatorSource,
} from '../../domain/indicators';
import type { RecognisedForm } from '../../domain/read/types';
import { uniqueSheetName } from '../../domain/layout/names';
import type { PlanLayoutMap, SheetPlan } from '../../domain/layout/sheet-plan';

/** What is needed to rebuild the indicator plan once the sheet names are final. */
export interface IndicatorRecipe {
  year: number;
  options: IndicatorPlanOptions;
}

export function isIndicatorPlan(plan: SheetPlan): boolean {
  return plan.formCode.toUpperCase() === INDICATOR_FORM_CODE;
}

/** The names the plans get in a workbook that already has `taken` sheets, in order (as both renderers do). */
export function sheetNamesInOrder(plans: readonly SheetPlan[], taken: readonly string[] = []): string[] {
  const names = [...taken];
  return plans.map((plan) => {
    const name = uniqueSheetName(plan.sheetName, names);
    names.push(name);
    return name;
  });
}

/**
 * Rebuilds every KSTT-CT plan so it links to the batch's other forms under `sheetNames` (same order as `plans`)
 * first, then to `existing` forms already in the workbook. Other plans are returned unchanged.
 */
export function linkIndicatorPlans(
  plans: readonly SheetPlan[],
  sheetNames: readonly string[],
  recipe: IndicatorRecipe,
  existing: readonly IndicatorSource[] = [],
): SheetPlan[] {
  if (sheetNames.length !== plans.length) throw new Error('linkIndicatorPlans: one sheet name per plan');
  const batch: IndicatorSource[] = plans
    .map((plan, i) => ({ formCode: plan.formCode, sheetName: sheetNames[i], layout: plan.layout }))
    .filter((_source, i) => !isIndicatorPlan(plans[i]));
  const sources = [...batch, ...existing];
  return plans.map((plan) => (isIndicatorPlan(plan) ? buildIndicatorPlan(sources, recipe.year, recipe.options) : plan));
}

/**
 * A form already in the workbook as the layout map the indicator links need, from *recognising* its sheet
 * (headers, TỔNG CỘNG, fixed rows) rather than from offsets of the plan it was once built from: the official may
 * have inserted lĩnh vực rows since, and a link computed from the old plan would then point at the wrong row.
 */
export function layoutFromRecognised(form: RecognisedForm): PlanLayoutMap {
  // Group (subtotal) rows sit among the item rows: the data block spans both.
  const dataRowNumbers = [...form.dataRows, ...form.groupRows].map((r) => r.row);
  const first = dataRowNumbers.length > 0 ? Math.min(...dataRowNumbers) : form.headerRows.last + 1;
  const last = dataRowNumbers.length > 0 ? Math.max(...dataRowNumbers) : first - 1;
  const rows: Record<string, number> = {};
  for (const [id, index] of Object.entries(form.fixedRows)) {
    const row = form.dataRows[index]?.row;
    if (row !== undefined) rows[id] = row;
  }
  return {
    headerRows: form.headerRows,
    columnNumberRow: form.columnNumberRow,
    columns: { ...form.columns },
    dataRows: { first, last },
    groupRows: form.groupRows.map((g) => ({ row: g.row, label: g.label, subtotal: g.hasSubtotal })),
    totalRow: form.totalRow?.row ?? null,
    rows,
  };
}

/** The add-in's own forms among the recognised ones, as indicator sources (the indicator sheets themselves left out). */
export function ownFormSources(recognised: readonly RecognisedForm[]): IndicatorSource[] {
  return recognised
    .filter((form) => form.madeByAddin && form.code.toUpperCase() !== INDICATOR_FORM_CODE)
    .map((form) => ({ formCode: form.code, sheetName: form.sheet, layout: layoutFromRecognised(form) }));
}
