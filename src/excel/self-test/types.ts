/** The result of a «Tự kiểm tra» run: plain data the task pane formats (src/taskpane/self-test). */
import type { ApiFeatureId } from '../api-features';
import type { HostErrorKind } from '../host-errors';

export type SelfTestStatus = 'pass' | 'fail' | 'unsupported' | 'skipped';

export const SELF_TEST_STEPS = [
  'scratch',
  'insert',
  'pageLayout',
  'undoGroup',
  'write',
  'read',
  'merges',
  'totals',
  'highlight',
  'comments',
  'notes',
  'narrative',
  'chart',
  'cleanup',
  'unchanged',
] as const;
export type SelfTestStepId = (typeof SELF_TEST_STEPS)[number];

export interface SelfTestRow {
  id: SelfTestStepId;
  status: SelfTestStatus;
  /** Milliseconds, rounded. */
  ms: number;
  /** `context.sync()` calls the step made. */
  syncs: number;
  /** The feature (and its ExcelApi set) the step needs beyond the floor, if any. */
  requires: ApiFeatureId | null;
  /** Why it failed: a cell and two values, or Excel's error code. Technical, no personal data. */
  detail: string | null;
  /** When Excel refused the step: what kind of refusal (the pane explains it in Vietnamese). */
  hostError: HostErrorKind | null;
}

export interface HostFacts {
  /** Office.context.platform: 'PC', 'Mac', 'OfficeOnline', … */
  platform: string | null;
  /** Office.context.diagnostics.version, e.g. '16.0.17928.20114'. */
  officeVersion: string | null;
  /** The highest ExcelApi set isSetSupported accepts, e.g. '1.18'. */
  highestExcelApi: string | null;
  /** Office.context.displayLanguage, e.g. 'vi-VN'. */
  displayLanguage: string | null;
  /** From Office.context.officeTheme: 'light' or 'dark', null where the host does not expose it. */
  theme: 'light' | 'dark' | null;
}

export interface SelfTestReport {
  rows: SelfTestRow[];
  facts: HostFacts;
  totalMs: number;
  /** Sheets or names the run made that it could not delete (empty when the workbook is as before). */
  leftovers: string[];
}
