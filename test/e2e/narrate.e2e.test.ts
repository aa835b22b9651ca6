/**
 * «Soạn thuyết minh» in the preview: the real task pane against the strict fake Excel and its sample workbook,
 * whose sheet «Dữ liệu mẫu» is recognised as a II.06a. Draft → II.5 prints «1.637» as a link to C12 with the hover
 * text «Ô C12, trang Dữ liệu mẫu»; a click selects C12 in the preview grid; the flagged sentence carries its mark;
 * «Ghi vào trang Thuyết minh» adds the sheet (and asks before replacing it); «Xuất .docx» downloads a file whose
 * bytes start with «PK»; a number typed through the fake makes the draft stale until «Soạn lại».
 * Screenshots: test-output/e2e/narrate-*.png.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { screenshot } from './browser';
import { readRange, typeCells } from './fake-workbook';
import { clickAndWait, previewSessions, resultOfKind, selectedGridCell } from './pane';

const SHEET = 'Dữ liệu mẫu';
/** The outcome line under the draft once it reports `kind` (copied, sheet, docx). */
const outcome = (page: Page, kind: string) => resultOfKind(page, 'narrate-outcome', kind);

describe('«Soạn thuyết minh» in the preview', () => {
  const sessions = previewSessions();

  test('drafts, links figures to cells, writes the sheet, exports .docx, notices changed figures', async () => {
    const session = await sessions.view('narrate');
    const { page } = session;
    await screenshot(page, 'narrate-initial');
    await page.getByTestId('narrate-sections-toggle').click();
    expect(await page.getByTestId('narrate-section-choice').count()).toBeGreaterThan(10);
    await screenshot(page, 'narrate-sections');
    await page.getByTestId('narrate-sections-toggle').click();

    // Draft everything.
    await clickAndWait(page, 'narrate-draft', 'narrate-preview');
    expect(await page.getByTestId('narrate-forms').innerText()).toContain(`II.06a («${SHEET}»)`);
    const ii5 = page.locator('[data-testid="narrate-section"][data-section="II.5"]');
    const total = ii5.locator('[data-testid="narrate-figure"][data-cell="C12"]');
    expect(await total.innerText()).toBe('1.637');
    expect(await total.getAttribute('title')).toBe(`Ô C12, trang ${SHEET}`);
    expect(await ii5.innerText()).toContain(
      'Tổng số hồ sơ TTHC nhận giải quyết trong kỳ báo cáo: 1.637 hồ sơ',
    );
    expect(await ii5.locator('[data-testid="narrate-flag"]').first().innerText()).toBe(
      '[cần kiểm tra: số liệu chưa khớp]',
    );
    await ii5.scrollIntoViewIfNeeded();
    await screenshot(page, 'narrate-drafted');

    // Click a figure: the preview grid selects C12.
    expect(await selectedGridCell(page, 'C12').count()).toBe(0);
    await total.click();
    await selectedGridCell(page, 'C12').waitFor({ timeout: 5000 });
    expect(await page.locator('[data-testid="sheet-grid"] [data-selected="true"]').count()).toBe(1);

    // Copy all: the clipboard API or its textarea fallback takes it.
    await clickAndWait(page, 'narrate-copy-all', 'narrate-outcome', 10000);
    expect(await page.getByTestId('narrate-outcome').getAttribute('data-kind')).toBe('copied');

    // Write the «Thuyết minh» sheet: it appears; writing again asks first.
    await clickAndWait(page, 'narrate-write-sheet', outcome(page, 'sheet'), 10000);
    expect(await page.getByTestId('narrate-outcome').innerText()).toMatch(
      /Đã ghi \d+ dòng vào trang «Thuyết minh»/,
    );
    await page.getByRole('tab', { name: 'Thuyết minh', exact: true }).waitFor({ timeout: 5000 });
    const sheetText = (await readRange(page, 'Thuyết minh', 'A1:A60')).map((r) => String(r[0])).join('\n');
    expect(sheetText).toContain('5. Tình hình, kết quả giải quyết TTHC');
    expect(sheetText).toContain('1.637 hồ sơ');
    await screenshot(page, 'narrate-sheet-written');
    await clickAndWait(page, 'narrate-write-sheet', 'narrate-confirm', 10000);
    await screenshot(page, 'narrate-confirm-replace');
    await clickAndWait(page, 'narrate-confirm-replace', outcome(page, 'sheet'), 10000);
    expect(await page.getByTestId('narrate-outcome').innerText()).toContain(
      'Đã thay nội dung trang «Thuyết minh»',
    );
    expect(await page.getByRole('tab', { name: /^Thuyết minh/ }).count()).toBe(1);

    // Export .docx: a real Office Open XML file (a zip: «PK»).
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60000 }),
      page.getByTestId('narrate-docx').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^thuyet-minh-kstt-[a-z0-9-]+\.docx$/);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.length).toBeGreaterThan(2000);
    await outcome(page, 'docx').waitFor({ timeout: 10000 });

    // Change a number behind the draft through the fake; coming back to the pane shows the draft is stale.
    await typeCells(page, SHEET, [{ address: 'O12', value: 65 }]);
    await page.waitForTimeout(3200); // past the pane's freshness throttle
    await page.mouse.move(100, 400); // over the grid …
    await page.locator('#narrate-title').hover(); // … and back to the pane
    await page.getByTestId('narrate-stale').waitFor({ timeout: 10000 });
    expect(await page.getByTestId('narrate-stale').innerText()).toContain(
      'Số liệu đã thay đổi sau khi soạn — bấm Soạn lại.',
    );
    await screenshot(page, 'narrate-stale');
    await page.getByTestId('narrate-draft').click();
    await page.getByTestId('narrate-stale').waitFor({ state: 'detached', timeout: 10000 });
    expect(await ii5.locator('[data-testid="narrate-figure"][data-cell="O12"]').innerText()).toBe('65');

    expect(session.consoleErrors).toEqual([]);
  });
});
