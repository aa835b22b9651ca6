/**
 * «Tự kiểm tra» in the preview: the real task pane runs the self-test against the strict fake Excel playing
 * ExcelApi 1.8, 1.10, 1.13 and 1.18 (`?api=`). Every row passes or is «Không hỗ trợ» exactly where the set is
 * missing, the scratch sheets are gone from the workbook afterwards, and «Sao chép báo cáo» copies the plain-text
 * report. Screenshots: test-output/e2e/selftest-*.png.
 */
import { screenshot, type PreviewSession } from './browser';
import { clickAndWait, openView, viewPath, waitForView } from './pane';

/** Steps that need a set above the 1.8 floor (src/excel/api-features.ts), kept literal so a change is noticed. */
const NEEDS: Record<string, string> = {
  pageLayout: '1.9',
  comments: '1.10',
  merges: '1.13',
  notes: '1.18',
  undoGroup: '1.20',
};
const newer = (set: string, than: string) => Number(set.split('.')[1]) > Number(than.split('.')[1]);

/** Records what the pane copies (the real clipboard call still runs). */
const RECORD_COPIES = `
  window.__ksttCopied = [];
  const clipboard = navigator.clipboard;
  if (clipboard) {
    const writeText = clipboard.writeText.bind(clipboard);
    clipboard.writeText = async (text) => { window.__ksttCopied.push(text); return writeText(text).catch(() => undefined); };
  }
`;

describe('«Tự kiểm tra» in the preview', () => {
  let session: PreviewSession | undefined;
  afterAll(async () => {
    await session?.close();
  });

  test.each(['1.8', '1.10', '1.13', '1.18'])('ExcelApi %s: the report, the copied text, no scratch sheet left', async (api) => {
    session ??= await openView('selftest', { initScript: RECORD_COPIES });
    const { page } = session;
    await page.goto(session.baseUrl + viewPath('selftest', api));
    await waitForView(page, 'selftest');
    const tabsBefore = await page.locator('.sheet-tabs [role="tab"]').allInnerTexts();

    await clickAndWait(page, 'selftest-run', 'selftest-table', 30000);
    const rows = await page.getByTestId('selftest-row').evaluateAll((els) =>
      els.map((el) => ({ step: el.getAttribute('data-step')!, status: el.getAttribute('data-status')!, text: el.textContent ?? '' })),
    );
    expect(rows).toHaveLength(15);
    for (const row of rows) {
      const missing = row.step in NEEDS && newer(NEEDS[row.step], api);
      expect({ step: row.step, status: row.status }).toEqual({ step: row.step, status: missing ? 'unsupported' : 'pass' });
      if (missing) expect(row.text).toContain(`Không hỗ trợ (cần ExcelApi ${NEEDS[row.step]})`);
      else expect(row.text).toContain('Đạt');
    }
    expect(await page.getByTestId('selftest-facts').innerText()).toContain(`ExcelApi ${api}`);
    // The scratch sheets are gone: the preview's sheet tabs are as before.
    expect(await page.locator('.sheet-tabs [role="tab"]').allInnerTexts()).toEqual(tabsBefore);
    await screenshot(page, `selftest-${api}`);

    await clickAndWait(page, 'selftest-copy', 'selftest-notice', 5000);
    expect(await page.getByTestId('selftest-notice').innerText()).toContain('Đã sao chép báo cáo');
    const copied = await page.evaluate(() => (window as unknown as { __ksttCopied: string[] }).__ksttCopied.at(-1) ?? '');
    expect(copied).toContain('BÁO CÁO TỰ KIỂM TRA ADD-IN BÁO CÁO KSTT');
    expect(copied).toContain(`Bộ API Excel cao nhất: ExcelApi ${api}`);
    expect(copied).toMatch(/Sổ tính như trước khi kiểm tra \| Đạt \|/);
    expect(copied).not.toContain('Dữ liệu mẫu');
    expect(session.consoleErrors).toEqual([]);
    expect(session.blockedRequests).toEqual([]);
  }, 60000);
});
