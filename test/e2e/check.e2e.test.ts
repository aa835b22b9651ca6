/**
 * «Kiểm tra số liệu» in the preview: the real task pane against the strict fake Excel and its sample workbook,
 * which carries two deliberate demo contradictions (C9: (3) = 422 but (4)+(5)+(6) = 440; D12: TỔNG CỘNG states
 * 1.568 but its column adds up to 1.586). Checking the workbook lists them in Vietnamese; a click selects the cell
 * in the preview grid; «Đánh dấu trên bảng» colours the cells and «Bỏ đánh dấu» restores the previous fills
 * exactly. Screenshots: test-output/e2e/check-*.png.
 */
import type { Page } from 'playwright-core';
import { openPreview, screenshot, type PreviewSession } from './browser';

/** The sample's demo cells (test/preview/sample-workbook.ts): kept literal so a change there is noticed here. */
const ROW_TOTAL = 'C9';
const COLUMN_TOTAL = 'D12';
/** HIGHLIGHT_FILLS.error (#F8CBAD) as the browser reports it. */
const ERROR_FILL = 'rgb(248, 203, 173)';

async function background(page: Page, address: string): Promise<string> {
  return page
    .locator(`[data-testid="sheet-grid"] [data-cell="${address}"]`)
    .evaluate((el) => getComputedStyle(el).backgroundColor);
}

async function openPane(): Promise<PreviewSession> {
  // About Excel's task pane (the preview gives the pane ~340 px) next to the grid.
  const session = await openPreview({
    path: 'preview.html?view=check',
    viewport: { width: 1100, height: 900 },
  });
  await session.page.getByTestId('view-check').waitFor({ timeout: 15000 });
  return session;
}

describe('«Kiểm tra số liệu» in the preview', () => {
  let session: PreviewSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  test('finds the demo contradictions, goes to a cell, highlights and restores', async () => {
    session = await openPane();
    const { page } = session;
    await screenshot(page, 'check-initial');
    const before = {
      row: await background(page, ROW_TOTAL),
      column: await background(page, COLUMN_TOTAL),
    };

    await page.getByTestId('check-workbook').click();
    await page.getByTestId('check-summary').waitFor({ timeout: 15000 });
    const rowFinding = page.locator(`[data-testid="check-finding"][data-cell="${ROW_TOTAL}"]`);
    const columnFinding = page.locator(`[data-testid="check-finding"][data-cell="${COLUMN_TOTAL}"]`);
    expect(await rowFinding.innerText()).toContain(
      'Ô C9 (dòng «Hộ tịch»): Tổng số hồ sơ nhận giải quyết là 422 nhưng (4)+(5)+(6) = 440',
    );
    expect(await columnFinding.innerText()).toContain(
      'Ô D12 (dòng TỔNG CỘNG): cột (4) ghi 1.568 nhưng tổng các dòng bên trên là 1.586',
    );
    expect(await columnFinding.innerText()).toContain('Hiện có: 1.568 · Đúng ra: 1.586');
    expect(await page.getByTestId('check-count-error').innerText()).toBe('Lỗi: 2');
    await screenshot(page, 'check-findings');

    // Go to cell: the preview grid frames D12.
    expect(await page.locator(`[data-cell="${COLUMN_TOTAL}"][data-selected="true"]`).count()).toBe(0);
    await columnFinding.click();
    await page.locator(`[data-cell="${COLUMN_TOTAL}"][data-selected="true"]`).waitFor({ timeout: 5000 });
    expect(await page.locator('[data-selected="true"]').count()).toBe(1);

    // Highlight: the contradicting cells turn red-ish; the record sheet stays invisible.
    await page.getByTestId('check-highlight').click();
    await page
      .locator('[data-testid="check-action-result"][data-kind="highlighted"]')
      .waitFor({ timeout: 5000 });
    expect(await page.getByTestId('check-action-result').innerText()).toMatch(
      /Đã tô màu \d ô\. Mỗi ô có ghi chú giải thích\./,
    );
    expect(await background(page, ROW_TOTAL)).toBe(ERROR_FILL);
    expect(await background(page, COLUMN_TOTAL)).toBe(ERROR_FILL);
    expect(await page.getByRole('tab', { name: 'KSTT_DanhDau' }).count()).toBe(0);
    await screenshot(page, 'check-highlighted');

    // Un-highlight: exactly the fills from before (white, and TỔNG CỘNG's grey).
    await page.getByTestId('check-unhighlight').click();
    await page
      .locator('[data-testid="check-action-result"][data-kind="unhighlighted"]')
      .waitFor({ timeout: 5000 });
    expect(await background(page, ROW_TOTAL)).toBe(before.row);
    expect(await background(page, COLUMN_TOTAL)).toBe(before.column);
    expect(before.column).toBe('rgb(242, 242, 242)');
    await screenshot(page, 'check-unhighlighted');

    expect(session.consoleErrors).toEqual([]);
  });

  test('at ExcelApi 1.8 it colours without notes and says so; English uses the English sentences', async () => {
    session = await openPreview({
      path: 'preview.html?view=check&api=1.8',
      viewport: { width: 1100, height: 900 },
    });
    const { page } = session;
    await page.getByTestId('view-check').waitFor({ timeout: 15000 });
    await page.getByTestId('check-sheet').click();
    await page.getByTestId('check-summary').waitFor({ timeout: 15000 });
    await page.getByTestId('check-highlight').click();
    await page
      .locator('[data-testid="check-action-result"][data-kind="highlighted"]')
      .waitFor({ timeout: 5000 });
    expect(await page.getByTestId('check-action-result').innerText()).toContain('chỉ tô màu');
    expect(await background(page, ROW_TOTAL)).toBe(ERROR_FILL);

    await page.getByTestId('language-switch').click();
    expect(
      await page.locator(`[data-testid="check-finding"][data-cell="${COLUMN_TOTAL}"]`).innerText(),
    ).toContain('Cell D12: column (4) states 1,568');
    await screenshot(page, 'check-english-api-1-8');
    expect(session.consoleErrors).toEqual([]);
  });
});
