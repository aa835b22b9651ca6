/**
 * The «Tổng hợp» run loop with the real parser chunk (exceljs, recogniser, checker, consolidation) over generated
 * unit workbooks: a bad file becomes «không đọc được» and the rest are still merged; «Hủy» stops after the file
 * being read; the aggregate's plans carry the period the official chose.
 */
import type { UnitFileResult } from '../../src/domain/consolidate';
import { mergeEngine } from '../../src/taskpane/consolidate/engine';
import {
  aggregatePlans,
  initialAggregateFields,
  validateAggregate,
} from '../../src/taskpane/consolidate/model';
import {
  readMergeFile,
  runMerge,
  type MergeEngine,
  type MergeFile,
  type MergeProgress,
} from '../../src/taskpane/consolidate/run-merge';
import { notAWorkbook } from '../fixtures/merge/bad-files';
import { Q2_2026, randomCommune, sumFigures, unitWorkbook, type UnitFixture } from '../fixtures/merge/units';

function fileOf(name: string, bytes: Uint8Array): MergeFile {
  return {
    name,
    size: bytes.length,
    arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer,
  };
}

const units: UnitFixture[] = [
  randomCommune(2, 'UBND xã An Phú'),
  randomCommune(3, 'UBND phường Ba Đình'),
  randomCommune(4, 'UBND xã Bình Minh'),
];
let good: MergeFile[];

beforeAll(async () => {
  good = await Promise.all(units.map(async (u, i) => fileOf(`don-vi-${i + 1}.xlsx`, await unitWorkbook(u))));
});

/** Counts readUnit calls; `onRead(i)` runs when the i-th file (0-based) starts being read. */
function countingEngine(onRead: (index: number) => void = () => {}): MergeEngine & { reads: string[] } {
  const reads: string[] = [];
  return {
    ...mergeEngine,
    reads,
    readUnit: async (bytes, name) => {
      onRead(reads.length);
      reads.push(name);
      return mergeEngine.readUnit(bytes, name);
    },
  };
}

describe('runMerge', () => {
  test('merges every good file and sums their figures', async () => {
    const progress: MergeProgress[] = [];
    const run = await runMerge(good, mergeEngine, { onProgress: (p) => progress.push(p) });
    expect(run.cancelled).toBe(false);
    expect(run.processed).toBe(3);
    expect(run.result.counts.merged).toBe(3);
    const sum = sumFigures(units);
    expect(run.result.totals.received).toBe(sum.online + sum.direct + sum.carried);
    // One report per file as it starts, then the final one with no current file.
    expect(progress.map((p) => p.current)).toEqual(['don-vi-1.xlsx', 'don-vi-2.xlsx', 'don-vi-3.xlsx', null]);
    expect(progress.map((p) => p.done)).toEqual([0, 1, 2, 3]);
  });

  test('a text file renamed .xlsx is «không đọc được» and does not stop the files after it', async () => {
    const files = [good[0], fileOf('bao-cao-loi.xlsx', notAWorkbook()), good[1], good[2]];
    const run = await runMerge(files, mergeEngine);
    const statuses = run.result.statuses;
    expect(statuses.map((s) => s.status)).toEqual(['ok', 'unreadable', 'ok', 'ok']);
    expect(statuses[1].fileName).toBe('bao-cao-loi.xlsx');
    expect(statuses[1].reasons.join(' ')).toMatch(/không|hỏng/i);
    expect(run.result.counts.merged).toBe(3);
  });

  test('a file whose bytes cannot be read, or whose reader throws, is listed and the rest continue', async () => {
    const vanished: MergeFile = {
      name: 'da-xoa.xlsx',
      size: 10,
      arrayBuffer: () => Promise.reject(new Error('gone')),
    };
    const throwing: MergeEngine = {
      ...mergeEngine,
      readUnit: async (bytes, name) => {
        if (name === good[1].name) throw new Error('bộ đọc hỏng');
        return mergeEngine.readUnit(bytes, name);
      },
    };
    const run = await runMerge([vanished, good[0], good[1], good[2]], throwing);
    expect(run.result.statuses.map((s) => s.status)).toEqual(['unreadable', 'ok', 'unreadable', 'ok']);
    expect(run.result.statuses[0].reasons.join(' ')).toContain('Không đọc được tệp từ máy');
    expect(run.result.statuses[2].reasons.join(' ')).toContain('bộ đọc hỏng');
  });

  test('a file over the size limit is refused before its bytes are loaded', async () => {
    let loaded = false;
    const huge: MergeFile = {
      name: 'qua-lon.xlsx',
      size: 500 * 1024 * 1024,
      arrayBuffer: async () => {
        loaded = true;
        return new ArrayBuffer(0);
      },
    };
    const result: UnitFileResult = await readMergeFile(huge, mergeEngine);
    expect(result.kind).toBe('unreadable');
    expect(loaded).toBe(false);
  });

  test('«Hủy» during the second file: that file is finished, the third is never read', async () => {
    let stop = false;
    const engine = countingEngine((index) => {
      if (index === 1) stop = true; // the click lands while file 2 is being read
    });
    const run = await runMerge(good, engine, { shouldStop: () => stop });
    expect(run.cancelled).toBe(true);
    expect(engine.reads).toEqual(['don-vi-1.xlsx', 'don-vi-2.xlsx']);
    expect(run.processed).toBe(2);
    expect(run.result.statuses.map((s) => s.fileName)).toEqual(['don-vi-1.xlsx', 'don-vi-2.xlsx']);
    expect(run.result.counts.merged).toBe(2);
  });

  test('without a cancel, the same engine reads all three (the cancel test can fail)', async () => {
    const engine = countingEngine();
    const run = await runMerge(good, engine, { shouldStop: () => false });
    expect(engine.reads).toHaveLength(3);
    expect(run.cancelled).toBe(false);
  });
});

describe('the aggregate fields', () => {
  test('the period defaults to the majority; an outlier is «khác kỳ» and not counted', async () => {
    const outlier = fileOf('khac-ky.xlsx', await unitWorkbook(randomCommune(6, 'UBND xã Đông Hòa', Q2_2026)));
    const run = await runMerge([...good, outlier], mergeEngine);
    expect(run.result.statuses.map((s) => s.status)).toEqual(['ok', 'ok', 'ok', 'other-period']);
    const fields = initialAggregateFields(run.result, '2026-04-01', { reportingUnit: 'UBND huyện Mẫu Sơn' });
    expect(fields.periodLabel).toBe('Quý I năm 2026');
    expect(fields.periodFrom).toBe('15/12/2025');
    expect(fields.periodTo).toBe('14/03/2026');
    expect(fields.reportingUnit).toBe('UBND huyện Mẫu Sơn');
    expect(validateAggregate(fields, run.result)).toEqual([]);

    const plans = aggregatePlans(
      run.result,
      { ...fields, periodLabel: 'Quý I năm 2026 (bổ sung)' },
      mergeEngine,
    );
    expect(plans.map((p) => p.sheetName)).toEqual(expect.arrayContaining(['II.06b', 'Tình trạng đơn vị']));
    const text = JSON.stringify(plans[0]);
    expect(text).toContain('Quý I năm 2026 (bổ sung)');
    expect(text).toContain('UBND huyện Mẫu Sơn');
  });

  test('missing unit, bad dates, reversed dates and nothing merged are refused', async () => {
    const run = await runMerge([fileOf('loi.xlsx', notAWorkbook())], mergeEngine);
    const fields = initialAggregateFields(run.result, '2026-04-01');
    expect(fields.periodLabel).toMatch(/^Quý/); // no unit stated a period: the current quarter
    expect(validateAggregate(fields, run.result)).toEqual([
      'consolidate.invalid.nothing',
      'consolidate.invalid.unit',
    ]);
    const ok = (await runMerge([good[0]], mergeEngine)).result;
    const base = { ...initialAggregateFields(ok, '2026-04-01'), reportingUnit: 'UBND huyện X' };
    expect(validateAggregate(base, ok)).toEqual([]);
    expect(validateAggregate({ ...base, periodFrom: '31/02/2026' }, ok)).toEqual([
      'consolidate.invalid.dates',
    ]);
    expect(validateAggregate({ ...base, periodFrom: '15/04/2026' }, ok)).toEqual([
      'consolidate.invalid.order',
    ]);
    expect(validateAggregate({ ...base, periodLabel: '  ' }, ok)).toEqual(['consolidate.invalid.period']);
  });
});
