/**
 * Runs a consolidation over the files the official picked, one file at a time, yielding to the browser between
 * files so the progress bar repaints and a «Hủy» click lands. «Hủy» stops at once with a Worker engine (the file
 * being read is dropped, `engine.cancel`); an engine on this thread finishes and counts the current file. The
 * rest are not touched. A file that cannot be read becomes an
 * «không đọc được» status and never stops the others.
 *
 * The parser (exceljs, recogniser, checker) is not imported here: it arrives as a MergeEngine, loaded on demand
 * by `loadMergeEngine`, so this module stays in the small first-load bundle and unit tests can pass their own.
 */
import type {
  Consolidation,
  ConsolidatedMeta,
  ConsolidationOptions,
  ConsolidationResult,
  UnitFileResult,
  UnitStatus,
} from '../../domain/consolidate';
import type { SheetPlan } from '../../domain/layout/sheet-plan';

/** A picked file: its name, size and a way to get its bytes (a browser `File` fits). */
export interface MergeFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface MergeEngine {
  /** Files larger than this are refused before their bytes are loaded. */
  maxFileBytes: number;
  createConsolidation(options?: ConsolidationOptions): Consolidation;
  readUnit(bytes: Uint8Array, fileName: string): Promise<UnitFileResult>;
  buildPlans(result: ConsolidationResult, meta: ConsolidatedMeta): SheetPlan[];
  /** Stops the file being read now (a Worker is terminated); the run then ends as cancelled. */
  cancel?(): void;
}

export interface MergeProgress {
  /** Files finished so far. */
  done: number;
  total: number;
  /** The file being read now, null between files and at the end. */
  current: string | null;
  /** One status per finished file, in order (the period verdict is final only in the result). */
  statuses: UnitStatus[];
}

export interface MergeRun {
  result: ConsolidationResult;
  /** True when «Hủy» stopped the run before the last file. */
  cancelled: boolean;
  /** Files read (the rest were skipped by the cancellation). */
  processed: number;
  total: number;
}

export interface MergeHooks {
  onProgress?(progress: MergeProgress): void;
  /** Asked before each file; true stops the run there. */
  shouldStop?(): boolean;
}

/**
 * The engine, loaded the first time it is needed: where Web Workers exist, files are read in a Worker (parsers
 * and all live in the worker's chunk); elsewhere (tests, old hosts) the same engine runs on this thread.
 */
export async function loadMergeEngine(): Promise<MergeEngine> {
  if (typeof Worker !== 'undefined') {
    const { createWorkerEngine } = await import(/* webpackChunkName: "consolidate" */ './worker-engine');
    return createWorkerEngine();
  }
  const { mergeEngine } = await import(/* webpackChunkName: "consolidate-inline" */ './engine');
  return mergeEngine;
}

/** Lets the browser paint and handle clicks before the next file. */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace('.', ',');
}

/** One file to a UnitFileResult; every failure becomes an «unreadable» result with a Vietnamese reason. */
export async function readMergeFile(file: MergeFile, engine: MergeEngine): Promise<UnitFileResult> {
  // Refused before its bytes are loaded: a huge file would otherwise sit whole in the pane's memory.
  if (file.size > engine.maxFileBytes) {
    return {
      kind: 'unreadable',
      fileName: file.name,
      reason: `Tệp quá lớn (${megabytes(file.size)} MB), không mở.`,
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return {
      kind: 'unreadable',
      fileName: file.name,
      reason: 'Không đọc được tệp từ máy (tệp đã bị xóa hoặc di chuyển?).',
    };
  }
  try {
    return await engine.readUnit(bytes, file.name);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      kind: 'unreadable',
      fileName: file.name,
      reason: `Không đọc được tệp (chi tiết kỹ thuật: ${detail.slice(0, 120)}).`,
    };
  }
}

export async function runMerge(
  files: readonly MergeFile[],
  engine: MergeEngine,
  hooks: MergeHooks = {},
): Promise<MergeRun> {
  const consolidation = engine.createConsolidation({ defaultLevel: 'xa' });
  const statuses: UnitStatus[] = [];
  const report = (current: string | null) =>
    hooks.onProgress?.({ done: statuses.length, total: files.length, current, statuses: [...statuses] });
  let cancelled = false;
  for (const file of files) {
    if (hooks.shouldStop?.()) {
      cancelled = true;
      break;
    }
    report(file.name);
    await yieldToBrowser();
    const read = await readMergeFile(file, engine);
    // «Hủy» during this file with an engine that stops reading (a Worker): the file is not counted. An engine on
    // this thread cannot be interrupted, so its file is finished and counted.
    if (engine.cancel && hooks.shouldStop?.()) {
      cancelled = true;
      break;
    }
    statuses.push(consolidation.add(read));
  }
  const result = consolidation.result();
  hooks.onProgress?.({
    done: statuses.length,
    total: files.length,
    current: null,
    statuses: result.statuses,
  });
  return { result, cancelled, processed: statuses.length, total: files.length };
}
