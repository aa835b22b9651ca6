/**
 * Runs a core job in the worker (./core.worker.ts, its own chunk). Loaded only where `Worker` exists (never in
 * jsdom tests: `import.meta` is webpack's way to find the worker file). Resolves null when the worker cannot start
 * or fails, so the caller runs the job in the pane instead: slower, never lost.
 */
import type { InputWorkbook } from '../../domain/read/types';
import { packWorkbook, type CoreJobKind, type CoreJobs, type CoreRequest, type CoreResponse } from './protocol';

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, (response: CoreResponse | null) => void>();

function coreWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(/* webpackChunkName: "core-worker" */ new URL('./core.worker.ts', import.meta.url));
    worker.onmessage = (event: MessageEvent<CoreResponse>) => {
      pending.get(event.data.id)?.(event.data);
      pending.delete(event.data.id);
    };
    worker.onerror = () => {
      // A worker that failed to load or crashed is not used again; waiting jobs fall back to the pane.
      for (const settle of pending.values()) settle(null);
      pending.clear();
      worker?.terminate();
      worker = null;
    };
  } catch {
    worker = null;
  }
  return worker;
}

export function runInCoreWorker<K extends CoreJobKind>(
  kind: K,
  grid: InputWorkbook,
  draft?: CoreRequest['draft'],
): Promise<CoreJobs[K] | null> {
  const target = coreWorker();
  if (!target) return Promise.resolve(null);
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, (response) => resolve(response?.ok ? (response.result as CoreJobs[K]) : null));
    const { packed, transfer } = packWorkbook(grid);
    const request: CoreRequest = { id, kind, grid: packed, draft };
    target.postMessage(request, transfer);
  });
}
