/**
 * The heavy half of «Tổng hợp», loaded on demand in its own chunk: exceljs (via read-grid), the form recogniser,
 * the checker and the consolidation core. Nothing here is in the pane's first load; `loadMergeEngine` in
 * ./run-merge.ts imports this file with `import()` the first time the official picks files.
 */
import { checkWorkbook } from '../../domain/checks';
import {
  buildConsolidatedPlans,
  createConsolidation,
  DEFAULT_FILE_LIMITS,
  readUnitFile,
  type UnitReaders,
} from '../../domain/consolidate';
import { recogniseWorkbook } from '../../domain/read';
import { loadGrid } from '../../xlsx/load-grid';
import type { MergeEngine } from './run-merge';

const BROWSER_UNIT_READERS: UnitReaders = {
  loadGrid,
  recognise: (workbook) => recogniseWorkbook(workbook),
  check: (forms) => checkWorkbook(forms),
};

export const mergeEngine: MergeEngine = {
  maxFileBytes: DEFAULT_FILE_LIMITS.maxFileBytes,
  createConsolidation,
  readUnit: (bytes, fileName) => readUnitFile(bytes, fileName, BROWSER_UNIT_READERS),
  buildPlans: buildConsolidatedPlans,
};
