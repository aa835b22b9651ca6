/** @jest-environment jsdom */
/**
 * The «Tự kiểm tra» view in jsdom over the real self-test engine and the strict fake Excel (installed as the
 * globals the pane reads): the table, the facts, the copied text without personal data, and a host error.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Language } from '../../src/taskpane/i18n';
import type { SelfTestActions } from '../../src/taskpane/self-test/actions';
import { excelSelfTestActions } from '../../src/taskpane/self-test/actions';
import { SelfTestView } from '../../src/taskpane/views/SelfTestView';
import { createFakeExcel, createFakeOffice, snapshotWorkbook, type FakeExcel } from '../fake-excel';
import { buildSampleWorkbook, SAMPLE_SHEET_NAME } from '../preview/sample-workbook';
import { renderInPane } from '../helpers/pane';

const scope = globalThis as Record<string, unknown>;

function install(apiVersion: string): FakeExcel {
  const fake = createFakeExcel({ workbook: buildSampleWorkbook(), apiVersion, evaluateFormulas: true });
  scope.Excel = fake.Excel;
  scope.Office = createFakeOffice(fake);
  return fake;
}
afterEach(() => {
  delete scope.Excel;
  delete scope.Office;
});

function renderView(copied: string[], language: Language = 'vi') {
  const actions: SelfTestActions = {
    run: excelSelfTestActions.run,
    copy: async (text) => {
      copied.push(text);
    },
  };
  return renderInPane(<SelfTestView actions={actions} />, language);
}

test('runs at ExcelApi 1.10: Đạt / Không hỗ trợ rows, facts, copy without personal data, workbook unchanged', async () => {
  const fake = install('1.10');
  const before = snapshotWorkbook(fake.workbook);
  const copied: string[] = [];
  renderView(copied);
  await act(async () => fireEvent.click(screen.getByTestId('selftest-run')));
  await waitFor(() => expect(screen.getAllByTestId('selftest-row')).toHaveLength(15), { timeout: 10000 });

  const rows = screen.getAllByTestId('selftest-row');
  const status = Object.fromEntries(rows.map((r) => [r.getAttribute('data-step'), r.getAttribute('data-status')]));
  expect(status).toMatchObject({ insert: 'pass', merges: 'unsupported', notes: 'unsupported', comments: 'pass', unchanged: 'pass' });
  const notes = rows.find((r) => r.getAttribute('data-step') === 'notes')!;
  expect(within(notes).getByText('Không hỗ trợ (cần ExcelApi 1.18)')).toBeTruthy();
  expect(screen.getByTestId('selftest-summary').textContent).toContain('Excel này chạy được mọi chức năng');
  expect(screen.getByTestId('selftest-facts').textContent).toContain('ExcelApi 1.10');
  expect(snapshotWorkbook(fake.workbook)).toBe(before);

  await act(async () => fireEvent.click(screen.getByTestId('selftest-copy')));
  expect(copied).toHaveLength(1);
  const text = copied[0];
  expect(text).toMatch(/^BÁO CÁO TỰ KIỂM TRA ADD-IN BÁO CÁO KSTT\n/);
  expect(text).toContain('Bộ API Excel cao nhất: ExcelApi 1.10');
  expect(text).toContain('Đọc lại vùng gộp ô | Không hỗ trợ (cần ExcelApi 1.13) | — | 0');
  expect(text).toMatch(/Chèn biểu II\.06a và II\.06b \(có tùy chọn\) \| Đạt \| [\d.]+ ms \| 2/);
  // Nothing of the official's workbook: not its sheet names, not its figures or units.
  expect(text).not.toContain(SAMPLE_SHEET_NAME);
  expect(text).not.toMatch(/UBND|phường|1\.568/);
  expect(screen.getByTestId('selftest-notice').textContent).toContain('Đã sao chép báo cáo');
});

test('English labels', async () => {
  install('1.18');
  renderView([], 'en');
  await act(async () => fireEvent.click(screen.getByTestId('selftest-run')));
  await waitFor(() => expect(screen.getAllByTestId('selftest-row')).toHaveLength(15), { timeout: 10000 });
  expect(screen.getByText('Insert forms II.06a and II.06b (with options)')).toBeTruthy();
  expect(screen.getAllByText('Pass').length).toBeGreaterThan(10);
});

test('Excel in cell edit mode: the Vietnamese sentence with the code, and nothing changed', async () => {
  const fake = install('1.18');
  const before = snapshotWorkbook(fake.workbook);
  fake.host.faults.push({ member: '*', code: 'InvalidOperationInCellEditMode', times: Infinity });
  renderView([]);
  await act(async () => fireEvent.click(screen.getByTestId('selftest-run')));
  await waitFor(() => expect(screen.getAllByTestId('selftest-row').length).toBeGreaterThan(0), { timeout: 10000 });
  const failed = screen.getAllByTestId('selftest-row').filter((r) => r.getAttribute('data-status') === 'fail');
  expect(failed.length).toBeGreaterThan(0);
  expect(failed[0].textContent).toContain('InvalidOperationInCellEditMode');
  expect(screen.getByTestId('selftest-summary').textContent).toMatch(/thao tác không đạt/);
  expect(screen.getByTestId('selftest-summary').textContent).toContain('Excel đang ở chế độ sửa ô');
  expect(snapshotWorkbook(fake.workbook)).toBe(before);
});
