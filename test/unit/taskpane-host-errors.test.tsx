/** @jest-environment jsdom */
/**
 * Each view, rendered with its default Excel actions over the strict fake (installed as the pane's globals), meets
 * an Excel refusal: it shows the Vietnamese sentence with the code, the workbook is as before, and the view keeps
 * working — the next click succeeds. (Every code × every call path: test/adapter/host-errors.test.ts.)
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { CheckView } from '../../src/taskpane/views/CheckView';
import { InsertView } from '../../src/taskpane/views/InsertView';
import { NarrateView } from '../../src/taskpane/views/NarrateView';
import { createFakeExcel, createFakeOffice, snapshotWorkbook, type FakeExcel, type FaultRule } from '../fake-excel';
import { buildSampleWorkbook } from '../preview/sample-workbook';
import { clickAndSettle, installResizeObserver, renderInPane } from '../helpers/pane';

const scope = globalThis as Record<string, unknown>;
beforeAll(installResizeObserver);
afterEach(() => {
  delete scope.Excel;
  delete scope.Office;
  localStorage.clear();
});

function install(faults: FaultRule[] = []): FakeExcel {
  const fake = createFakeExcel({ workbook: buildSampleWorkbook(), apiVersion: '1.18', evaluateFormulas: true, faults });
  scope.Excel = fake.Excel;
  scope.Office = createFakeOffice(fake);
  return fake;
}

const show = (view: ReactElement) => renderInPane(view);
const click = clickAndSettle;

/** Shows the view, clicks `button` and waits for `result`: the successful step before a refusal is planted. */
async function showAndRun(view: ReactElement, button: string, result: string) {
  show(view);
  await click(button);
  await screen.findByTestId(result, {}, { timeout: 10000 });
}

test('«Chèn biểu mẫu»: an AccessDenied half-way is explained, rolled back, and the retry inserts', async () => {
  const fake = install([{ member: 'Range.merge', skip: 2, code: 'AccessDenied' }]);
  const before = snapshotWorkbook(fake.workbook);
  show(<InsertView today="2026-03-20" />);
  fireEvent.change(screen.getByTestId('insert-reporting-unit'), { target: { value: 'UBND phường Tam Thanh' } });
  await click('insert-submit');
  const error = await screen.findByTestId('insert-excel-error', {}, { timeout: 10000 });
  expect(error.textContent).toContain('Excel không cho phép sửa sổ tính này');
  expect(error.textContent).toContain('Phần đã ghi dở đã được xóa: sổ tính như trước khi bấm.');
  expect(error.textContent).toContain('Mã lỗi: AccessDenied · Range.merge');
  expect(snapshotWorkbook(fake.workbook)).toBe(before);

  await click('insert-submit');
  await screen.findByTestId('insert-success', {}, { timeout: 10000 });
  expect(fake.workbook.sheets.length).toBeGreaterThan(1);
});

test('«Kiểm tra số liệu»: a payload too large for Excel on the web is explained; the next check works', async () => {
  const fake = install();
  fake.host.payloadLimitBytes = 2000;
  show(<CheckView />);
  await click('check-workbook');
  const error = await screen.findByTestId('check-error', {}, { timeout: 10000 });
  expect(error.textContent).toContain('Lượng dữ liệu vượt giới hạn Excel cho phép');
  expect(error.textContent).toContain('Mã lỗi: ResponsePayloadSizeLimitExceeded');

  fake.host.payloadLimitBytes = null;
  await click('check-workbook');
  await screen.findByTestId('check-summary', {}, { timeout: 10000 });
});

test('«Kiểm tra số liệu»: highlighting on a protected sheet is refused, the record removed, nothing coloured', async () => {
  const fake = install();
  await showAndRun(<CheckView />, 'check-workbook', 'check-summary');
  const before = snapshotWorkbook(fake.workbook);
  fake.workbook.sheets.forEach((sheet) => (sheet.protected = true));
  await click('check-highlight');
  const error = await screen.findByTestId('check-error', {}, { timeout: 10000 });
  expect(error.textContent).toContain('Trang tính đang được khóa');
  expect(error.textContent).toContain('Mã lỗi: AccessDenied');
  expect(snapshotWorkbook(fake.workbook)).toBe(before);

  fake.workbook.sheets.forEach((sheet) => (sheet.protected = false));
  await click('check-highlight');
  await waitFor(() => expect(screen.getByTestId('check-action-result').getAttribute('data-kind')).toBe('highlighted'));
});

test('«Soạn thuyết minh»: a cell in edit mode is explained; after Enter the sheet is written', async () => {
  const fake = install();
  await showAndRun(<NarrateView />, 'narrate-draft', 'narrate-draft-result');
  const before = snapshotWorkbook(fake.workbook);
  fake.host.faults.push({ member: '*', code: 'InvalidOperationInCellEditMode', times: Infinity });
  await click('narrate-write-sheet');
  await waitFor(() => expect(screen.getByTestId('narrate-outcome').getAttribute('data-kind')).toBe('error'), {
    timeout: 10000,
  });
  const text = screen.getByTestId('narrate-outcome').textContent ?? '';
  expect(text).toContain('Excel đang ở chế độ sửa ô');
  expect(text).toContain('Mã lỗi: InvalidOperationInCellEditMode');
  expect(snapshotWorkbook(fake.workbook)).toBe(before);

  fake.host.faults.length = 0;
  await click('narrate-write-sheet');
  await waitFor(() => expect(screen.getByTestId('narrate-outcome').getAttribute('data-kind')).toBe('sheet'), {
    timeout: 10000,
  });
});
