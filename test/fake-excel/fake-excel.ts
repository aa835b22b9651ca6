/**
 * createFakeExcel(): an `Excel`-shaped namespace over an in-memory workbook, strict like the real host.
 * Browser-safe (no Node imports): the preview bundles it.
 */
import { compareVersions, MERGE_UNDO_GROUP_VERSION } from './api-versions';
import { createProxy, FakeRequestContext, type FakeHost, type FakeStats } from './client-object';
import { ExcelEnums } from './enums';
import { FakeOfficeError } from './errors';
import type { FaultRule } from './faults';
import { addSheetState, createWorkbookState, type FakeWorkbook } from './model';
import './object-model';

export interface FakeExcelOptions {
  /** The host's ExcelApi requirement set, e.g. '1.8' for Office 2019. Default '1.18'. */
  apiVersion?: string;
  /** Start from this workbook state (e.g. from fakeFromGrid or importXlsxToFake). Default: one empty «Sheet1». */
  workbook?: FakeWorkbook;
  /** Compute formulas after each sync (the preview wants totals). Default false: cached values stay as they are. */
  evaluateFormulas?: boolean;
  /** 'task': each sync round trip spans event-loop tasks, like Excel's (see FakeHost.roundTrip). */
  roundTrip?: 'microtask' | 'task';
  /** Injected failures (see faults.ts). Tests may also push to `host.faults` later. */
  faults?: FaultRule[];
  /** Enforce a payload cap per request and per response, e.g. WEB_PAYLOAD_LIMIT_BYTES for Excel on the web. */
  payloadLimitBytes?: number | null;
}

export interface RunOptions {
  mergeUndoGroup?: boolean;
  delayForCellEdit?: boolean;
}

type Batch<T> = (context: FakeRequestContext) => Promise<T>;

/** The subset of the `Excel` namespace the add-in uses; cast it to `typeof Excel` to hand it to adapter code. */
export interface FakeExcelNamespace {
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(options: RunOptions, batch: Batch<T>): Promise<T>;
  RequestContext: new () => FakeRequestContext;
  [enumName: string]: unknown;
}

export interface FakeExcel {
  Excel: FakeExcelNamespace;
  workbook: FakeWorkbook;
  stats: FakeStats;
  /** Host settings that tests may change between runs (apiVersion, evaluateFormulas). */
  host: FakeHost;
}

function createStats(): FakeStats {
  const stats: FakeStats = {
    syncCount: 0,
    syncsPerRun: [],
    commandCount: 0,
    reset() {
      stats.syncCount = 0;
      stats.syncsPerRun = [];
      stats.commandCount = 0;
    },
  };
  return stats;
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const workbook = options.workbook ?? createWorkbookState();
  // Excel never has a workbook without a sheet.
  if (!options.workbook) addSheetState(workbook, 'Sheet1');
  const host: FakeHost = {
    workbook,
    apiVersion: options.apiVersion ?? '1.18',
    evaluateFormulas: options.evaluateFormulas ?? false,
    stats: createStats(),
    calculationSuspended: false,
    roundTrip: options.roundTrip ?? 'microtask',
    faults: options.faults ?? [],
    payloadLimitBytes: options.payloadLimitBytes ?? null,
  };
  const makeWorkbook = (context: FakeRequestContext) => createProxy('Workbook', { context, resolve: () => host.workbook });

  class RequestContext extends FakeRequestContext {
    constructor() {
      super(host, makeWorkbook);
    }
  }

  async function run<T>(first: Batch<T> | RunOptions, second?: Batch<T>): Promise<T> {
    const batch = typeof first === 'function' ? first : second;
    const runOptions = typeof first === 'function' ? undefined : first;
    if (typeof batch !== 'function') throw new FakeOfficeError('InvalidArgument', 'Excel.run needs a batch function');
    if (runOptions?.mergeUndoGroup !== undefined && compareVersions(host.apiVersion, MERGE_UNDO_GROUP_VERSION) < 0) {
      throw new FakeOfficeError(
        'ApiNotFound',
        `Excel.run({ mergeUndoGroup }) requires ExcelApi ${MERGE_UNDO_GROUP_VERSION}; this host supports ExcelApi ${host.apiVersion}`,
      );
    }
    const context = new RequestContext();
    context._runIndex = host.stats.syncsPerRun.push(0) - 1;
    try {
      const pending = batch(context) as unknown;
      if (!pending || typeof (pending as Promise<T>).then !== 'function') {
        throw new FakeOfficeError('RunMustReturnPromise', 'The batch function passed to the ".run" method didn\'t return a promise.');
      }
      const value = await (pending as Promise<T>);
      // Excel.run sends whatever is still queued when the batch finishes.
      if (context._queue.length > 0) await context.sync();
      return value;
    } finally {
      context._closed = true;
    }
  }

  const Excel: FakeExcelNamespace = { ...ExcelEnums, run: run as FakeExcelNamespace['run'], RequestContext };
  return { Excel, workbook, stats: host.stats, host };
}
