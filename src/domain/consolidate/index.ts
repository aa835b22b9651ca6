/**
 * Consolidation of the units' workbooks into the aggregate forms (pure core, usable from a Web Worker):
 *
 *   const c = createConsolidation({ defaultLevel: 'xa' });
 *   for (const file of files) c.add(await readUnitFile(bytes, name, readers));   // one at a time
 *   const plans = buildConsolidatedPlans(c.result(), meta);                       // II.06b, appendix, …
 */
export { createConsolidation, LEVEL_NAMES, LEVEL_ORDER, type Consolidation } from './consolidation';
export { buildConsolidatedPlans, type ConsolidatedMeta } from './plans';
export { buildStatusPlan, STATUS_DETAIL, STATUS_SHEET_NAME, statusWord } from './status-plan';
export { readUnitFile, type ReadUnitOptions, type UnitReaders } from './read-unit';
export {
  DEFAULT_FILE_LIMITS,
  ENCRYPTED_REASON,
  gridLimitProblem,
  inspectWorkbookBytes,
  type FileLimits,
  type FileVerdict,
  type WorkbookFormat,
} from './file-guard';
export { openWorkbookFile, loadFailure, type GridLoader, type OpenedFile } from './open-file';
export { findReportingUnit, levelFromUnitName } from './unit-meta';
export { FieldMatcher } from './fields';
export { fieldKey, fieldFoldedKey, unitKey } from './text';
export { DOSSIER_INPUTS } from './extract';
export * from './types';
