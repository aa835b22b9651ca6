/** @jest-environment jsdom */
/**
 * The «Tổng hợp» view in jsdom with the real consolidation core. Unit files are parsed once up front (exceljs in
 * jsdom), and the engine's `readUnit` hands each result back when the test says so, so the test controls exactly
 * where a «Hủy» click lands. The write action is a recording fake.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { TextEncoder } from 'node:util';
import type { UnitFileResult } from '../../src/domain/consolidate';
import type { SheetPlan } from '../../src/domain/layout/sheet-plan';
import type { MergeEngine, MergeFile } from '../../src/taskpane/consolidate/run-merge';
import type { InsertPlans } from '../../src/taskpane/insert/actions';
import { installResizeObserver, installTextCodecs, renderInPane } from '../helpers/pane';

installTextCodecs();

// Loaded after the codecs: the file guard, exceljs and the fixtures need TextDecoder at import time (imports would
// be hoisted above the call).
const { ConsolidateView } =
  require('../../src/taskpane/views/ConsolidateView') as typeof import('../../src/taskpane/views/ConsolidateView');
const { mergeEngine } =
  require('../../src/taskpane/consolidate/engine') as typeof import('../../src/taskpane/consolidate/engine');
const units = require('../fixtures/merge/units') as typeof import('../fixtures/merge/units');

const FIXTURES = [
  units.randomCommune(2, 'UBND xã An Phú'),
  units.randomCommune(3, 'UBND phường Ba Đình'),
  units.randomCommune(4, 'UBND xã Bình Minh'),
];
const parsed = new Map<string, UnitFileResult>();

beforeAll(async () => {
  installResizeObserver();
  for (const [i, fixture] of FIXTURES.entries()) {
    const name = `don-vi-${i + 1}.xlsx`;
    parsed.set(name, await mergeEngine.readUnit(await units.unitWorkbook(fixture), name));
  }
  parsed.set(
    'hong.xlsx',
    await mergeEngine.readUnit(new TextEncoder().encode('không phải xlsx'), 'hong.xlsx'),
  );
  expect(parsed.get('don-vi-1.xlsx')?.kind).toBe('read');
});
beforeEach(() => localStorage.clear());

function pick(name: string): MergeFile {
  return { name, size: 100, arrayBuffer: async () => new ArrayBuffer(8) };
}

/** An engine whose readUnit waits until `release(name)`; `started` lists files whose read began. */
function gatedEngine() {
  const gates = new Map<string, () => void>();
  const started: string[] = [];
  const engine: MergeEngine = {
    ...mergeEngine,
    readUnit: (_bytes, name) => {
      started.push(name);
      return new Promise((resolve) => gates.set(name, () => resolve(parsed.get(name)!)));
    },
  };
  const release = async (name: string) => {
    await waitFor(() => expect(gates.has(name)).toBe(true));
    await act(async () => gates.get(name)!());
  };
  return { engine, started, release };
}

function renderView(engine: MergeEngine, insert: InsertPlans = jest.fn()) {
  return renderInPane(<ConsolidateView loadEngine={async () => engine} insert={insert} today="2026-04-01" />);
}

function choose(files: MergeFile[]) {
  fireEvent.change(screen.getByTestId('consolidate-file-input'), { target: { files } });
}

const rowStatuses = () =>
  screen.queryAllByTestId('consolidate-status-row').map((r) => r.getAttribute('data-status'));

test('shows progress with the current file, then one status row per file; a bad file does not stop the rest', async () => {
  const { engine, release } = gatedEngine();
  renderView(engine);
  choose(['don-vi-1.xlsx', 'hong.xlsx', 'don-vi-2.xlsx', 'don-vi-3.xlsx'].map(pick));
  await waitFor(() =>
    expect(screen.getByTestId('consolidate-progress-text').textContent).toBe(
      'Đang đọc tệp 1/4: don-vi-1.xlsx',
    ),
  );
  await release('don-vi-1.xlsx');
  await waitFor(() =>
    expect(screen.getByTestId('consolidate-progress-text').textContent).toBe('Đang đọc tệp 2/4: hong.xlsx'),
  );
  await release('hong.xlsx');
  await release('don-vi-2.xlsx');
  await release('don-vi-3.xlsx');
  await screen.findByTestId('consolidate-summary');
  expect(screen.queryByTestId('consolidate-progress')).toBeNull();
  expect(rowStatuses()).toEqual(['ok', 'unreadable', 'ok', 'ok']);
  const bad = screen.getAllByTestId('consolidate-status-row')[1];
  expect(within(bad).getByTestId('consolidate-status-word').textContent).toBe('không đọc được');
  expect(within(bad).getByTestId('consolidate-status-reason').textContent).toBe(
    'Không phải tệp Excel hay bảng tính (.xlsx, .xlsm, .xls, .ods, .xlsb, .csv): nội dung không đúng định dạng.',
  );
  expect(screen.getByTestId('consolidate-summary').textContent).toBe(
    'Đã tổng hợp 3/4 tệp (0 có cảnh báo, 1 không tổng hợp). Kỳ báo cáo của đa số đơn vị: Quý I năm 2026.',
  );
  // The period fields default to the majority period.
  expect((screen.getByTestId('consolidate-period-label') as HTMLInputElement).value).toBe('Quý I năm 2026');
  expect((screen.getByTestId('consolidate-period-from') as HTMLInputElement).value).toBe('15/12/2025');
});

test('«Hủy» while the second file is read: it is finished and listed, the third is never read', async () => {
  const { engine, started, release } = gatedEngine();
  renderView(engine);
  choose(['don-vi-1.xlsx', 'don-vi-2.xlsx', 'don-vi-3.xlsx'].map(pick));
  await release('don-vi-1.xlsx');
  await waitFor(() => expect(started).toEqual(['don-vi-1.xlsx', 'don-vi-2.xlsx']));
  fireEvent.click(screen.getByTestId('consolidate-cancel'));
  expect(screen.getByTestId('consolidate-progress-text').textContent).toBe('Đang dừng sau tệp hiện tại…');
  await release('don-vi-2.xlsx');
  const cancelled = await screen.findByTestId('consolidate-cancelled');
  expect(cancelled.textContent).toContain('đọc 2/3 tệp');
  expect(started).toEqual(['don-vi-1.xlsx', 'don-vi-2.xlsx']);
  expect(rowStatuses()).toEqual(['ok', 'ok']);
});

test('writes the plans through the insert action once, with the typed unit and period; refuses a missing unit', async () => {
  const insert = jest.fn(async (plans: SheetPlan[]) => ({
    sheets: plans.map((p) => ({ sheetName: p.sheetName, formCode: p.formCode })),
    skipped: [],
  }));
  const { engine, release } = gatedEngine();
  renderView(engine, insert);
  choose(['don-vi-1.xlsx', 'don-vi-2.xlsx'].map(pick));
  await release('don-vi-1.xlsx');
  await release('don-vi-2.xlsx');
  await screen.findByTestId('consolidate-write');

  fireEvent.click(screen.getByTestId('consolidate-write'));
  expect((await screen.findByTestId('insert-errors')).textContent).toContain('Chưa nhập đơn vị tổng hợp.');
  expect(insert).not.toHaveBeenCalled();

  fireEvent.change(screen.getByTestId('consolidate-reporting-unit'), {
    target: { value: 'UBND huyện Mẫu Sơn' },
  });
  fireEvent.change(screen.getByTestId('consolidate-period-label'), {
    target: { value: 'Quý I năm 2026 (đã sửa)' },
  });
  fireEvent.click(screen.getByTestId('consolidate-write'));
  await screen.findByTestId('insert-success');
  expect(insert).toHaveBeenCalledTimes(1);
  const plans = insert.mock.calls[0][0];
  expect(plans.map((p) => p.sheetName)).toEqual(expect.arrayContaining(['II.06b', 'Tình trạng đơn vị']));
  const header = JSON.stringify(plans[0]);
  expect(header).toContain('UBND huyện Mẫu Sơn');
  expect(header).toContain('Quý I năm 2026 (đã sửa)');
  expect(screen.getAllByTestId('insert-created-sheet').map((n) => n.textContent)).toContain('«II.06b»');
});

test('an engine that fails to load is reported and nothing is read', async () => {
  renderInPane(<ConsolidateView loadEngine={() => Promise.reject(new Error('chunk'))} insert={jest.fn()} />);
  choose([pick('don-vi-1.xlsx')]);
  expect((await screen.findByTestId('consolidate-engine-error')).textContent).toContain(
    'Không tải được bộ đọc tệp',
  );
  expect(screen.queryAllByTestId('consolidate-status-row')).toHaveLength(0);
});
