/**
 * How the «Soạn thuyết minh» view drafts: in the core worker when it can, else in the pane (the pipeline then loads
 * as its own chunk, so the view's first load does not carry recognition, checks and drafting).
 */
import type { InputWorkbook } from '../../domain/read/types';
import { inCoreWorker } from '../core-worker/run';
import type { DraftExtras, Drafted } from './model';

/**
 * runDraft as the view runs it: in the core worker, off the UI thread; without one, recognition and the rest each in
 * a task of their own. Other periods' workbooks arrive recognised (not plain data a worker can receive): with them
 * the draft runs in the pane.
 */
export async function runDraftInSteps(grid: InputWorkbook, extras: DraftExtras = {}): Promise<Drafted> {
  if (!extras.previous?.length && !extras.lastYear?.length) {
    const offThread = await inCoreWorker('draft', grid, { carry: extras.carry, choices: extras.choices });
    if (offThread) return offThread;
  }
  const { runDraftInPaneSteps } = await import(/* webpackChunkName: "narrate-core" */ './run-draft');
  return runDraftInPaneSteps(grid, extras);
}
