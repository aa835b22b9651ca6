/**
 * The pane's way into the core worker: null where there is no `Worker` (jsdom tests, a webview without one) or the
 * worker failed, and the caller then computes in the pane. The client that spawns the worker is its own chunk.
 */
import type { InputWorkbook } from '../../domain/read/types';
import type { CoreJobKind, CoreJobs, CoreRequest } from './protocol';

export async function inCoreWorker<K extends CoreJobKind>(
  kind: K,
  grid: InputWorkbook,
  draft?: CoreRequest['draft'],
): Promise<CoreJobs[K] | null> {
  if (typeof Worker === 'undefined') return null;
  try {
    const { runInCoreWorker } = await import(/* webpackChunkName: "core-worker-client" */ './client');
    return await runInCoreWorker(kind, grid, draft);
  } catch {
    return null;
  }
}
