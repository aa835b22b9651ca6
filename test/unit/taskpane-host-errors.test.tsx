/** @jest-environment jsdom */
/**
 * Each view, rendered with its default Excel actions over the strict fake (installed as the pane's globals), meets
 * an Excel refusal: it shows the Vietnamese sentence with the code, the workbook is as before, and the view keeps
 * working — the next click succeeds. (Every code × every call path: test/adapter/host-errors.test.ts.)
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nProvider } from '../../src/taskpane/i18n';
import { CheckView } from '../../src/taskpane/views/CheckView';
import { InsertView } from '../../src/taskpane/views/InsertView';
import { NarrateView } from '../../src/taskpane/views/NarrateView';
import { createFakeExcel, createFakeOffice, snapshotWorkbook, type FakeExcel, type FaultRule } from '../fake-excel';
import { buildSampleWorkbook } from '../preview/sample-workbook';

class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
const scope = globalThis as Record<string, unknown>;
beforeAll(() => {
  scope.ResizeObserver ??= NoopResizeObserver;
});
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

function show(view: ReactElement) {
  return render(<I18nProvider initialLanguage="vi">{view}</I18nProvider>);
}

async function click(testId: string) {
  await act(async () => fireEvent.click(screen.getByTestId(testId)));
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
  show(<CheckView />);
  await click('check-workbook');
  await screen.findByTestId('check-summary', {}, { timeout: 10000 });
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
  show(<NarrateView />);
  await click('narrate-draft');
  await screen.findByTestId('narrate-draft-result', {}, { timeout: 10000 });
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
