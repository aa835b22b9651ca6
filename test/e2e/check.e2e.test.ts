/**
 * «Kiểm tra số liệu» in the preview: the real task pane against the strict fake Excel and its sample workbook,
 * which carries two deliberate demo contradictions (C9: (3) = 422 but (4)+(5)+(6) = 440; D12: TỔNG CỘNG states
 * 1.568 but its column adds up to 1.586). Checking the workbook lists them in Vietnamese; a click selects the cell
 * in the preview grid; «Đánh dấu trên bảng» colours the cells and «Bỏ đánh dấu» restores the previous fills
 * exactly. Screenshots: test-output/e2e/check-*.png.
 */
import type { Page } from 'playwright-core';
import { screenshot } from './browser';
import { clickAndWait, gridCell, previewSessions, resultOfKind, selectedGridCell } from './pane';

/** The sample's demo cells (test/preview/sample-workbook.ts): kept literal so a change there is noticed here. */
const ROW_TOTAL = 'C9';
const COLUMN_TOTAL = 'D12';
/** HIGHLIGHT_FILLS.error (#F8CBAD) as the browser reports it. */
const ERROR_FILL = 'rgb(248, 203, 173)';

/** The result line of «Đánh dấu» / «Bỏ đánh dấu» once it reports `kind`. */
const actionResult = (page: Page, kind: string) => resultOfKind(page, 'check-action-result', kind);

async function background(page: Page, address: string): Promise<string> {
  return gridCell(page, address).evaluate((el) => getComputedStyle(el).backgroundColor);
}

describe('«Kiểm tra số liệu» in the preview', () => {
  const sessions = previewSessions();

  test('finds the demo contradictions, goes to a cell, highlights and restores', async () => {
    const session = await sessions.view('check');
    const { page } = session;
    await screenshot(page, 'check-initial');
    const before = {
      row: await background(page, ROW_TOTAL),
      column: await background(page, COLUMN_TOTAL),
    };

    await clickAndWait(page, 'check-workbook', 'check-summary');
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
    await selectedGridCell(page, COLUMN_TOTAL).waitFor({ timeout: 5000 });
    expect(await page.locator('[data-selected="true"]').count()).toBe(1);

    // Highlight: the contradicting cells turn red-ish; the record sheet stays invisible.
    await clickAndWait(page, 'check-highlight', actionResult(page, 'highlighted'), 5000);
    expect(await page.getByTestId('check-action-result').innerText()).toMatch(
      /Đã tô màu \d ô\. Mỗi ô có ghi chú giải thích\./,
    );
    expect(await background(page, ROW_TOTAL)).toBe(ERROR_FILL);
    expect(await background(page, COLUMN_TOTAL)).toBe(ERROR_FILL);
    expect(await page.getByRole('tab', { name: 'KSTT_DanhDau' }).count()).toBe(0);
    await screenshot(page, 'check-highlighted');

    // Un-highlight: exactly the fills from before (white, and TỔNG CỘNG's grey).
    await clickAndWait(page, 'check-unhighlight', actionResult(page, 'unhighlighted'), 5000);
    expect(await background(page, ROW_TOTAL)).toBe(before.row);
    expect(await background(page, COLUMN_TOTAL)).toBe(before.column);
    expect(before.column).toBe('rgb(242, 242, 242)');
    await screenshot(page, 'check-unhighlighted');

    expect(session.consoleErrors).toEqual([]);
  });

  test('at ExcelApi 1.8 it colours without notes and says so; English uses the English sentences', async () => {
    const session = await sessions.view('check', { api: '1.8' });
    const { page } = session;
    await clickAndWait(page, 'check-sheet', 'check-summary');
    await clickAndWait(page, 'check-highlight', actionResult(page, 'highlighted'), 5000);
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
