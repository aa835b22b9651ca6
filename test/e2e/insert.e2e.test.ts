/**
 * «Chèn biểu mẫu» in the preview: the real task pane against the strict fake Excel. Inserting II.06a creates a
 * sheet the preview grid draws (with TỔNG CỘNG) in at most 3 syncs; a second insertion gets «II.06a (2)» and
 * leaves the first alone; an impossible period is refused in Vietnamese and creates nothing; the .xlsx button
 * downloads a real workbook.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { screenshot } from './browser';
import { probe, readCell, resetSyncCount, typeCells } from './fake-workbook';
import {
  clickAndWait,
  fillFields,
  gridCell,
  gridCellsWithText,
  previewSessions,
  setChecked,
  showSheet,
  waitForView,
} from './pane';

/** Cell text of the sheet the preview grid shows, by A1 address. */
async function cellText(page: Page, address: string): Promise<string> {
  return gridCell(page, address).innerText();
}

/** Only II.06a ticked (the default), and the unit typed. */
async function chooseII06a(page: Page, unit: string): Promise<void> {
  await setChecked(page, 'insert-form-II.06a', true);
  for (const code of ['II.05a', 'II.06b', 'II.07b']) await setChecked(page, `insert-form-${code}`, false);
  await fillFields(page, { 'insert-reporting-unit': unit });
}

describe('«Chèn biểu mẫu» in the preview', () => {
  const sessions = previewSessions();

  test('inserts II.06a in ≤ 3 syncs; a second insertion is «II.06a (2)» and leaves the first untouched', async () => {
    const session = await sessions.view('insert', { clearStorage: true });
    const { page } = session;
    await screenshot(page, 'insert-pane-initial');
    const before = await probe(page);
    expect(before.sheets).not.toContain('II.06a');

    await chooseII06a(page, 'UBND phường Tam Thanh');
    await fillFields(page, { 'insert-report-place': 'Tam Thanh' });
    await resetSyncCount(page);
    const success = await clickAndWait(page, 'insert-submit', 'insert-success');
    expect(await success.innerText()).toContain('Đã chèn 1 trang tính');
    expect(await page.getByTestId('insert-created-sheet').allInnerTexts()).toEqual(['«II.06a»']);

    const afterFirst = await probe(page);
    expect(afterFirst.sheets).toEqual([...before.sheets, 'II.06a']);
    expect(afterFirst.syncCount).toBeGreaterThan(0);
    expect(afterFirst.syncCount).toBeLessThanOrEqual(3);

    // The preview grid shows the new sheet once its tab is picked.
    await showSheet(page, 'II.06a');
    const total = gridCellsWithText(page, 'TỔNG CỘNG');
    await total.first().waitFor({ timeout: 10000 });
    expect(await total.count()).toBe(1);
    expect(await gridCellsWithText(page, 'UBND phường Tam Thanh').count()).toBeGreaterThan(0);
    await screenshot(page, 'insert-after-first');

    // Mark the first sheet by hand, as an official typing a figure, to prove the second insertion leaves it alone.
    const firstSheetA1Before = await cellText(page, 'A1');
    await typeCells(page, 'II.06a', [{ address: 'Z1', value: 'đã nhập tay' }]);

    await resetSyncCount(page);
    await clickAndWait(page, 'insert-submit', page.getByTestId('insert-created-sheet').filter({ hasText: 'II.06a (2)' }));
    const afterSecond = await probe(page);
    expect(afterSecond.sheets).toEqual([...before.sheets, 'II.06a', 'II.06a (2)']);
    expect(afterSecond.syncCount).toBeLessThanOrEqual(3);

    const firstUntouched = await readCell(page, 'II.06a', 'Z1');
    expect(firstUntouched).toBe('đã nhập tay');
    await showSheet(page, 'II.06a');
    expect(await cellText(page, 'A1')).toBe(firstSheetA1Before);
    await screenshot(page, 'insert-after-second');

    // The unit is remembered for next time.
    await page.reload();
    await waitForView(page, 'insert');
    expect(await page.getByTestId('insert-reporting-unit').inputValue()).toBe('UBND phường Tam Thanh');
    expect(session.consoleErrors).toEqual([]);
    expect(session.blockedRequests).toEqual([]);
  });

  test('a period whose start is after its end is refused in Vietnamese and creates no sheet', async () => {
    const session = await sessions.view('insert', { clearStorage: true });
    const { page } = session;
    await chooseII06a(page, 'UBND phường Tam Thanh');
    await fillFields(page, { 'insert-from': '20/06/2026', 'insert-to': '14/03/2026' });
    // Shown as the user types…
    const live = page.getByTestId('insert-period-errors');
    await live.waitFor();
    expect(await live.innerText()).toContain('Ngày bắt đầu (20/06/2026) sau ngày kết thúc (14/03/2026)');

    const before = await probe(page);
    await resetSyncCount(page);
    await page.getByTestId('insert-submit').click();
    // …and listed on the attempt, with nothing written.
    const errors = page.getByTestId('insert-errors');
    await errors.waitFor();
    expect(await errors.innerText()).toContain('Chưa chèn gì — cần sửa');
    expect(await errors.innerText()).toContain('sau ngày kết thúc');
    const after = await probe(page);
    expect(after.sheets).toEqual(before.sheets);
    expect(after.syncCount).toBe(0);
    await screenshot(page, 'insert-invalid-period');
    expect(session.consoleErrors).toEqual([]);
  });

  test('«Tải biểu mẫu (.xlsx)» downloads a workbook exceljs can open, with the form in it', async () => {
    const session = await sessions.view('insert', { clearStorage: true });
    const { page } = session;
    await chooseII06a(page, 'UBND phường Tam Thanh');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30000 }),
      page.getByTestId('insert-download').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^bieu-mau-kstt-[a-z0-9-]+\.xlsx$/);
    const file = await download.path();
    const bytes = readFileSync(file);
    // A zip container (PK\x03\x04), then a workbook with the sheet and its TỔNG CỘNG row.
    expect(bytes.subarray(0, 4).toString('hex')).toBe('504b0304');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('II.06a');
    expect(sheet).toBeDefined();
    const texts: string[] = [];
    sheet!.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain('TỔNG CỘNG');
    expect(texts.some((text) => text.includes('UBND phường Tam Thanh'))).toBe(true);
    await page.getByTestId('insert-downloaded').waitFor();
    // Downloading writes nothing into the open workbook.
    expect((await probe(page)).sheets).not.toContain('II.06a');
    await screenshot(page, 'insert-downloaded');
    expect(session.consoleErrors).toEqual([]);
  });

  test('II.06b shows its groups and the inferred badge; the pane reads in English after the switch', async () => {
    const session = await sessions.view('insert', { clearStorage: true });
    const { page } = session;
    const row = page.getByTestId('insert-form-II.06b');
    await row.getByRole('checkbox').check();
    expect(await row.getByTestId('insert-form-status').innerText()).toBe('Suy luận — chưa đối chiếu văn bản');
    const groups = page.getByTestId('insert-rows-grouped:II.06b');
    expect(await groups.inputValue()).toContain('# Cấp xã (xã, phường, thị trấn)');
    await groups.scrollIntoViewIfNeeded();
    await screenshot(page, 'insert-ii06b-groups');

    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { name: 'Insert report forms' }).waitFor();
    expect(await page.getByTestId('insert-submit').innerText()).toContain('Insert into workbook');
    await screenshot(page, 'insert-en');
    expect(session.consoleErrors).toEqual([]);
  });
});
