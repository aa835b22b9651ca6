/** Messages between the task pane and the core worker (./core.worker.ts): plain, structured-clone-safe data. */
import type { InputWorkbook } from '../../domain/read/types';
import type { CheckReport } from '../check/model';
import type { DraftExtras, Drafted } from '../narrate/model';

export interface CoreJobs {
  /** Recognise + check: the «Kiểm tra số liệu» view. */
  check: CheckReport;
  /** Recognise + check + draft: the «Soạn thuyết minh» view. */
  draft: Drafted;
}

export type CoreJobKind = keyof CoreJobs;

export interface CoreRequest {
  id: number;
  kind: CoreJobKind;
  grid: InputWorkbook;
  /** Draft jobs: the user's choices and last period's report (plain data; other periods' workbooks stay in the pane). */
  draft?: Pick<DraftExtras, 'carry' | 'choices'>;
}

export type CoreResponse =
  { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };
