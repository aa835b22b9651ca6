/**
 * The MergeEngine the pane uses where Web Workers exist: reading files (guard, parsers, recogniser, checker) is
 * posted to merge.worker.ts; only adding the numbers and building the plans stay on the pane's thread, and they
 * are light. Webpack bundles the worker from the `new URL(…, import.meta.url)` below as its own chunk.
 */
import { buildConsolidatedPlans, createConsolidation, DEFAULT_FILE_LIMITS, type UnitFileResult } from '../../domain/consolidate';
import type { ReadReply, ReadRequest } from './merge.worker';
import type { MergeEngine } from './run-merge';

export function createWorkerEngine(): MergeEngine {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve(result: UnitFileResult): void; name: string }>();

  const failAll = (reason: string) => {
    for (const [id, p] of pending) {
      p.resolve({ kind: 'unreadable', fileName: p.name, reason });
      pending.delete(id);
    }
  };
  const ensure = (): Worker => {
    if (worker) return worker;
    worker = new Worker(new URL('./merge.worker.ts', import.meta.url), { name: 'kstt-merge' });
    worker.onmessage = (event: MessageEvent<ReadReply>) => {
      const p = pending.get(event.data.id);
      pending.delete(event.data.id);
      p?.resolve(event.data.result);
    };
    worker.onerror = () => {
      failAll('Không đọc được tệp: bộ phân tích tệp gặp lỗi, hãy thử lại.');
      worker?.terminate();
      worker = null;
    };
    return worker;
  };

  return {
    maxFileBytes: DEFAULT_FILE_LIMITS.maxFileBytes,
    createConsolidation,
    buildPlans: buildConsolidatedPlans,
    readUnit(bytes, fileName) {
      return new Promise<UnitFileResult>((resolve) => {
        const id = nextId++;
        pending.set(id, { resolve, name: fileName });
        // The bytes move to the worker (transferred, not copied).
        const buffer = bytes.buffer.byteLength === bytes.byteLength ? bytes.buffer : bytes.slice().buffer;
        const request: ReadRequest = { id, name: fileName, bytes: buffer as ArrayBuffer };
        ensure().postMessage(request, [request.bytes]);
      });
    },
    cancel() {
      // Stops a file being read now: its result is «cancelled», the next file would start a new worker.
      failAll('Đã hủy trước khi đọc xong tệp này.');
      worker?.terminate();
      worker = null;
    },
  };
}
