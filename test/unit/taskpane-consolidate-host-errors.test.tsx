/** @jest-environment jsdom */
/**
 * «Tổng hợp» meets an Excel refusal while writing II.06b + appendix + status (the default write action over the
 * strict fake): the Vietnamese sentence with the code, the half-written sheets removed, the retry writes them.
 */
import { act, fireEvent, screen } from '@testing-library/react';
import type { UnitFileResult } from '../../src/domain/consolidate';
import type { MergeEngine, MergeFile } from '../../src/taskpane/consolidate/run-merge';
import { installResizeObserver, installTextCodecs, renderInPane } from '../helpers/pane';

const scope = globalThis as unknown as Record<string, unknown>;
installTextCodecs();

// After the codecs: exceljs and the fixtures need TextDecoder at import time.
const { ConsolidateView } =
  require('../../src/taskpane/views/ConsolidateView') as typeof import('../../src/taskpane/views/ConsolidateView');
const { mergeEngine } =
  require('../../src/taskpane/consolidate/engine') as typeof import('../../src/taskpane/consolidate/engine');
const units = require('../fixtures/merge/units') as typeof import('../fixtures/merge/units');
const fakeExcel = require('../fake-excel') as typeof import('../fake-excel');
const { buildSampleWorkbook } = require('../preview/sample-workbook') as typeof import('../preview/sample-workbook');

const parsed = new Map<string, UnitFileResult>();
beforeAll(async () => {
  installResizeObserver();
  for (const [i, fixture] of [units.randomCommune(5, 'UBND xã An Phú'), units.randomCommune(6, 'UBND xã Bình Minh')].entries()) {
    const name = `don-vi-${i + 1}.xlsx`;
    parsed.set(name, await mergeEngine.readUnit(await units.unitWorkbook(fixture), name));
  }
});
afterEach(() => {
  delete scope.Excel;
  delete scope.Office;
});

test('a refusal half-way is explained and rolled back; the retry writes the consolidation', async () => {
  const fake = fakeExcel.createFakeExcel({ workbook: buildSampleWorkbook(), apiVersion: '1.18' });
  scope.Excel = fake.Excel;
  scope.Office = fakeExcel.createFakeOffice(fake);
  const before = fakeExcel.snapshotWorkbook(fake.workbook);
  fake.host.faults.push({ member: 'NamedItemCollection.add', skip: 1, code: 'GeneralException' });

  const engine: MergeEngine = { ...mergeEngine, readUnit: async (_bytes, name) => parsed.get(name)! };
  renderInPane(<ConsolidateView loadEngine={async () => engine} today="2026-04-01" />);
  const pick = (name: string): MergeFile => ({ name, size: 100, arrayBuffer: async () => new ArrayBuffer(8) });
  await act(async () => {
    fireEvent.change(screen.getByTestId('consolidate-file-input'), { target: { files: [pick('don-vi-1.xlsx'), pick('don-vi-2.xlsx')] } });
  });
  await screen.findByTestId('consolidate-write', {}, { timeout: 10000 });
  fireEvent.change(screen.getByTestId('consolidate-reporting-unit'), { target: { value: 'UBND huyện Mẫu Sơn' } });

  await act(async () => fireEvent.click(screen.getByTestId('consolidate-write')));
  const error = await screen.findByTestId('insert-excel-error', {}, { timeout: 10000 });
  expect(error.textContent).toContain('Excel gặp lỗi nội bộ khi thực hiện thao tác.');
  expect(error.textContent).toContain('Phần đã ghi dở đã được xóa: sổ tính như trước khi bấm.');
  expect(error.textContent).toContain('Mã lỗi: GeneralException · NamedItemCollection.add');
  expect(fakeExcel.snapshotWorkbook(fake.workbook)).toBe(before);

  await act(async () => fireEvent.click(screen.getByTestId('consolidate-write')));
  await screen.findByTestId('insert-success', {}, { timeout: 10000 });
  expect(fake.workbook.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['II.06b', 'Tình trạng đơn vị']));
});
