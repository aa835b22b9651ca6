/**
 * «Chèn biểu mẫu»: inserts one or more forms as new worksheets in one `Excel.run` with exactly two syncs in total
 * (one load, one write), whatever the number of forms and rows.
 *
 * Undo: where ExcelApi 1.20 exists the run is one undo group, so Ctrl+Z removes the whole insertion in one
 * step; on older hosts each API change is its own (Office.js changes there cannot be undone at all). Nothing
 * here clears the undo history: ownership is recorded as defined names (see ownership.ts), not as custom XML
 * parts or document settings.
 */
import type { SheetPlan } from '../domain/layout/sheet-plan';
import { API_FEATURES } from './api-features';
import { deleteCreated, withRollback } from './host-errors';
import type { Placement } from './placement';
import { renderSheetPlans, type ApiSupport, type RelinkPlans, type RenderResult } from './render-plan';

export interface InsertedForm extends RenderResult {
  formCode: string;
  legalBasis: string;
}

export interface InsertResult {
  forms: InsertedForm[];
  /** Everything skipped for lack of API support, once each (e.g. «pageLayout (ExcelApi 1.9)»). */
  skipped: string[];
  /** Whether the insertion is a single undo step (ExcelApi 1.20). */
  undoGrouped: boolean;
}

/** The requirement set of `Excel.run({ mergeUndoGroup })`. */
export const MERGE_UNDO_GROUP_API = API_FEATURES.undoGroup.set;

export async function insertForms(
  excel: typeof Excel,
  plans: readonly SheetPlan[],
  supports: ApiSupport,
  relink?: RelinkPlans,
): Promise<InsertResult> {
  const undoGrouped = supports(MERGE_UNDO_GROUP_API);
  const created = { sheets: [] as string[], names: [] as string[] };
  const placed = (placements: readonly Placement[]) => {
    created.sheets = placements.map((p) => p.sheetName);
    created.names = placements.flatMap((p) => Object.values(p.names));
  };
  const batch = (context: Excel.RequestContext) => renderSheetPlans(context, plans, supports, relink, placed);
  // An option the host does not know makes Excel.run fail, so the plain form is used below 1.20. A write Excel
  // refuses half-way is removed again: the sheets and names were new (host-errors.ts, withRollback).
  const rendered = await withRollback(
    () => (undoGrouped ? excel.run({ mergeUndoGroup: true }, batch) : excel.run(batch)),
    () => deleteCreated(excel, created),
  );
  const forms = rendered.map((r, i) => ({ ...r, formCode: plans[i].formCode, legalBasis: plans[i].legalBasis }));
  return { forms, skipped: [...new Set(forms.flatMap((f) => f.skipped))], undoGrouped };
}

export { listOwnForms, readOwnForms, type OwnForm } from './own-forms';
export type { ApiSupport, RelinkPlans } from './render-plan';
