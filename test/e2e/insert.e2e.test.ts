/**
 * «Chèn biểu mẫu» in the preview: the real task pane against the strict fake Excel. Inserting II.06a creates a
 * sheet the preview grid draws (with TỔNG CỘNG) in at most 3 syncs; a second insertion gets «II.06a (2)» and
 * leaves the first alone; an impossible period is refused in Vietnamese and creates nothing; the .xlsx button
 * downloads a real workbook.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openPreview, screenshot, type PreviewSession } from './browser';

interface FakeProbe {
  sheets: string[];
  syncCount: number;
}

/** Sheet names and the sync count, read from the fake host the preview installs as `window.__ksttFake`. */
async function probe(page: Page): Promise<FakeProbe> {
  return page.evaluate(() => {
    const fake = (
      window as unknown as {
        __ksttFake: { workbook: { sheets: { name: string }[] }; stats: { syncCount: number } };
      }
    ).__ksttFake;
    return { sheets: fake.workbook.sheets.map((s) => s.name), syncCount: fake.stats.syncCount };
  });
}

async function resetSyncCount(page: Page): Promise<void> {
  await page.evaluate(() =>
    (window as unknown as { __ksttFake: { stats: { reset(): void } } }).__ksttFake.stats.reset(),
  );
}

/** Cell text of the sheet the preview grid shows, by A1 address. */
async function cellText(page: Page, address: string): Promise<string> {
  return page.locator(`[data-cell="${address}"]`).innerText();
}

async function openPane(path = 'preview.html?view=insert'): Promise<PreviewSession> {
  // About the width of the Excel task pane next to the preview grid.
  const session = await openPreview({ path, viewport: { width: 1100, height: 900 } });
  await session.page.getByTestId('view-insert').waitFor({ timeout: 15000 });
  // A clean slate: nothing remembered from a previous test in this profile.
  await session.page.evaluate(() => localStorage.clear());
  return session;
}

/** Only II.06a ticked (the default), and the unit typed. */
async function chooseII06a(page: Page, unit: string): Promise<void> {
  const checkbox = page.getByTestId('insert-form-II.06a').getByRole('checkbox');
  if (!(await checkbox.isChecked())) await checkbox.check();
  for (const code of ['II.05a', 'II.06b', 'II.07b']) {
    const other = page.getByTestId(`insert-form-${code}`).getByRole('checkbox');
    if (await other.isChecked()) await other.uncheck();
  }
  await page.getByTestId('insert-reporting-unit').fill(unit);
}

describe('«Chèn biểu mẫu» in the preview', () => {
  let session: PreviewSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  test('inserts II.06a in ≤ 3 syncs; a second insertion is «II.06a (2)» and leaves the first untouched', async () => {
    session = await openPane();
    const { page } = session;
    await screenshot(page, 'insert-pane-initial');
    const before = await probe(page);
    expect(before.sheets).not.toContain('II.06a');

    await chooseII06a(page, 'UBND phường Tam Thanh');
    await page.getByTestId('insert-report-place').fill('Tam Thanh');
    await resetSyncCount(page);
    await page.getByTestId('insert-submit').click();
    const success = page.getByTestId('insert-success');
    await success.waitFor({ timeout: 15000 });
    expect(await success.innerText()).toContain('Đã chèn 1 trang tính');
    expect(await page.getByTestId('insert-created-sheet').allInnerTexts()).toEqual(['«II.06a»']);

    const afterFirst = await probe(page);
    expect(afterFirst.sheets).toEqual([...before.sheets, 'II.06a']);
    expect(afterFirst.syncCount).toBeGreaterThan(0);
    expect(afterFirst.syncCount).toBeLessThanOrEqual(3);

    // The preview grid shows the new sheet once its tab is picked.
    await page.getByRole('tab', { name: 'II.06a', exact: true }).click();
    const total = page.locator('[data-cell]', { hasText: 'TỔNG CỘNG' });
    await total.first().waitFor({ timeout: 10000 });
    expect(await total.count()).toBe(1);
    expect(await page.locator('[data-cell]', { hasText: 'UBND phường Tam Thanh' }).count()).toBeGreaterThan(0);
    await screenshot(page, 'insert-after-first');

    // Mark the first sheet by hand, as an official typing a figure, to prove the second insertion leaves it alone.
    const firstSheetA1Before = await cellText(page, 'A1');
    await page.evaluate(async () => {
      const excel = (window as unknown as { Excel: typeof Excel }).Excel;
      await excel.run(async (context) => {
        context.workbook.worksheets.getItem('II.06a').getRange('Z1').values = [['đã nhập tay']];
        await context.sync();
      });
    });

    await resetSyncCount(page);
    await page.getByTestId('insert-submit').click();
    await page.getByTestId('insert-created-sheet').filter({ hasText: 'II.06a (2)' }).waitFor({ timeout: 15000 });
    const afterSecond = await probe(page);
    expect(afterSecond.sheets).toEqual([...before.sheets, 'II.06a', 'II.06a (2)']);
    expect(afterSecond.syncCount).toBeLessThanOrEqual(3);

    const firstUntouched = await page.evaluate(async () => {
      const excel = (window as unknown as { Excel: typeof Excel }).Excel;
      return excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('II.06a').getRange('Z1');
        range.load('values');
        await context.sync();
        return range.values[0][0] as string;
      });
    });
    expect(firstUntouched).toBe('đã nhập tay');
    await page.getByRole('tab', { name: 'II.06a', exact: true }).click();
    expect(await cellText(page, 'A1')).toBe(firstSheetA1Before);
    await screenshot(page, 'insert-after-second');

    // The unit is remembered for next time.
    await page.reload();
    await page.getByTestId('view-insert').waitFor({ timeout: 15000 });
    expect(await page.getByTestId('insert-reporting-unit').inputValue()).toBe('UBND phường Tam Thanh');
    expect(session.consoleErrors).toEqual([]);
    expect(session.blockedRequests).toEqual([]);
  });

  test('a period whose start is after its end is refused in Vietnamese and creates no sheet', async () => {
    session = await openPane();
    const { page } = session;
    await chooseII06a(page, 'UBND phường Tam Thanh');
    await page.getByTestId('insert-from').fill('20/06/2026');
    await page.getByTestId('insert-to').fill('14/03/2026');
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
    session = await openPane();
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
    session = await openPane();
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
