/**
 * The real task pane in the local preview, in headless chromium: Vietnamese shell, the four views, the English
 * switch, `?view=` deep links, the error boundary, and no console errors on the way.
 */
import type { Page } from 'playwright-core';
import { screenshot } from './browser';
import { previewSessions } from './pane';

const VI_TABS = {
  insert: 'Chèn biểu mẫu',
  check: 'Kiểm tra số liệu',
  narrate: 'Soạn thuyết minh',
  consolidate: 'Tổng hợp',
  selftest: 'Tự kiểm tra',
};
const EN_TABS = {
  insert: 'Insert form',
  check: 'Check figures',
  narrate: 'Draft narrative',
  consolidate: 'Consolidate',
  selftest: 'Self-test',
};
type ViewId = keyof typeof VI_TABS;
const VIEW_IDS = Object.keys(VI_TABS) as ViewId[];

async function tabLabels(page: Page): Promise<string[]> {
  return page.locator('#container [role="tab"]').allInnerTexts();
}

async function expectViewShown(page: Page, view: ViewId): Promise<void> {
  await page.getByTestId(`view-${view}`).waitFor({ state: 'visible', timeout: 10000 });
  expect(await page.getByTestId(`tab-${view}`).getAttribute('aria-selected')).toBe('true');
  for (const other of VIEW_IDS.filter((v) => v !== view)) {
    expect(await page.getByTestId(`view-${other}`).count()).toBe(0);
  }
}

describe('task pane in the preview', () => {
  const sessions = previewSessions();

  test('Vietnamese shell, four views, English switch, no console errors', async () => {
    const session = await sessions.preview();
    const { page } = session;
    await page.getByRole('heading', { name: 'Báo cáo KSTT' }).waitFor({ timeout: 15000 });
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await tabLabels(page)).toEqual(Object.values(VI_TABS));
    await expectViewShown(page, 'insert');
    expect(await page.getByText('Chèn biểu mẫu báo cáo').count()).toBe(1);
    // The sample workbook beside it, with Vietnamese number formatting.
    await page.getByTestId('preview-banner').waitFor();
    expect(await page.getByTestId('preview-banner').innerText()).toContain(
      'Bản xem thử — sổ tính giả lập, không phải Excel',
    );
    expect(await page.locator('[data-cell="A12"]').innerText()).toBe('TỔNG CỘNG');
    expect(await page.locator('[data-cell="C12"]').innerText()).toBe('1.637');
    expect(await page.locator('[data-cell="C12"]').getAttribute('title')).toBe('=SUM(C8:C11)');
    expect(await page.getByRole('tab', { name: 'Dữ liệu mẫu' }).getAttribute('aria-selected')).toBe('true');
    await screenshot(page, 'preview-vi-insert');

    for (const view of ['check', 'narrate', 'consolidate', 'insert'] as ViewId[]) {
      await page.getByRole('tab', { name: VI_TABS[view] }).click();
      await expectViewShown(page, view);
      await screenshot(page, `preview-vi-${view}-clicked`);
    }

    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { name: 'KSTT report' }).waitFor();
    expect(await tabLabels(page)).toEqual(Object.values(EN_TABS));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByText('Insert report forms').count()).toBe(1);
    expect(await page.getByText('Chèn biểu mẫu báo cáo').count()).toBe(0);
    await page.getByRole('tab', { name: EN_TABS.check }).click();
    await expectViewShown(page, 'check');
    await screenshot(page, 'preview-en-check');

    // The choice is remembered across a reload (localStorage).
    await page.reload();
    await page.getByRole('heading', { name: 'KSTT report' }).waitFor();
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { name: 'Báo cáo KSTT' }).waitFor();
    expect(await tabLabels(page)).toEqual(Object.values(VI_TABS));

    expect(session.consoleErrors).toEqual([]);
    expect(session.blockedRequests).toEqual([]);
  });

  test('?view=check opens «Kiểm tra số liệu» directly; an unknown view falls back to «Chèn biểu mẫu»', async () => {
    const session = await sessions.preview({ path: 'preview.html?view=check' });
    const { page } = session;
    await expectViewShown(page, 'check');
    expect(await page.getByRole('heading', { name: 'Kiểm tra số liệu' }).count()).toBe(1);
    await screenshot(page, 'preview-vi-check-direct');

    await page.goto(`${session.baseUrl}preview.html?view=bogus`);
    await expectViewShown(page, 'insert');
    expect(session.consoleErrors).toEqual([]);
  });

  test('a crashing view shows the error boundary; «Thử lại» recovers; the tabs keep working', async () => {
    const session = await sessions.preview({ path: 'preview.html?crash=1&view=narrate' });
    const { page } = session;
    const boundary = page.getByTestId('error-boundary');
    await boundary.waitFor({ timeout: 15000 });
    expect(await boundary.innerText()).toContain('Đã xảy ra lỗi');
    expect(await boundary.innerText()).toContain('Dữ liệu trong sổ tính không bị thay đổi.');
    // Technical detail is collapsed until asked for.
    const detail = boundary.locator('pre');
    expect(await detail.isVisible()).toBe(false);
    await boundary.getByText('Chi tiết kỹ thuật').click();
    expect(await detail.isVisible()).toBe(true);
    expect(await detail.innerText()).toContain('Lỗi giả lập của bản xem thử (?crash=1)');
    await screenshot(page, 'preview-error-boundary');

    // Still crashing: retry shows the boundary again instead of a blank pane.
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await boundary.waitFor();
    // The shell outside the boundary survived.
    expect(await tabLabels(page)).toEqual(Object.values(VI_TABS));

    await page.evaluate(() =>
      (
        window as unknown as { __ksttPreviewControl: { stopCrashing(): void } }
      ).__ksttPreviewControl.stopCrashing(),
    );
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await expectViewShown(page, 'narrate');
    expect(await boundary.count()).toBe(0);

    const unexpected = session.consoleErrors.filter((text) => !text.includes('Lỗi giả lập của bản xem thử'));
    expect(unexpected).toEqual([]);
    expect(session.consoleErrors.length).toBeGreaterThan(0);
  });
  test('the preview playing Office 2019 below the floor (?api=1.7) shows the update message; 1.8 works', async () => {
    const session = await sessions.preview({ path: 'preview.html?api=1.7' });
    const notice = session.page.getByTestId('host-unavailable');
    await notice.waitFor({ timeout: 15000 });
    expect(await notice.innerText()).toContain('cần bộ API Excel 1.8 trở lên');
    expect(await session.page.locator('#container [role="tab"]').count()).toBe(0);

    await session.page.goto(`${session.baseUrl}preview.html?api=1.8&view=consolidate`);
    await expectViewShown(session.page, 'consolidate');
    expect(session.consoleErrors).toEqual([]);
  });
});

/**
 * A minimal stand-in for office.js inside Excel, supporting ExcelApi 1.1 to 1.`maxMinor`: enough for the shell,
 * nothing for the features.
 */
function excelHostUpTo(maxMinor: number): string {
  return `
    window.Office = { onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
      context: { requirements: { isSetSupported: (set, v) => set === 'ExcelApi' && Number(v.split('.')[1]) <= ${maxMinor} } } };
    window.Excel = {};`;
}

describe('the real task pane page (taskpane.html)', () => {
  const sessions = previewSessions();

  test('outside Excel (office.js unreachable) it says «Vui lòng mở trong Excel» and shows no tabs', async () => {
    const session = await sessions.preview({ path: 'taskpane.html?view=check' });
    const { page } = session;
    const notice = page.getByTestId('host-unavailable');
    await notice.waitFor({ timeout: 20000 });
    expect(await notice.innerText()).toContain('Vui lòng mở trong Excel');
    expect(await page.locator('[role="tab"]').count()).toBe(0);
    // It tried the Office CDN, as Office requires, and the fixture refused it.
    expect(
      session.blockedRequests.some((url) => url.startsWith('https://appsforoffice.microsoft.com/')),
    ).toBe(true);
    await screenshot(page, 'taskpane-outside-excel');
  });

  test('inside an Excel host it ignores the preview-only ?crash=1 flag', async () => {
    const session = await sessions.preview({
      path: 'taskpane.html?crash=1&view=check',
      initScript: excelHostUpTo(13),
    });
    const { page } = session;
    await expectViewShown(page, 'check');
    expect(await page.getByTestId('error-boundary').count()).toBe(0);
    expect(await page.getByTestId('host-unavailable').count()).toBe(0);
  });

  test('an Excel older than ExcelApi 1.8 gets the «update Office» message', async () => {
    const session = await sessions.preview({ path: 'taskpane.html', initScript: excelHostUpTo(7) });
    const notice = session.page.getByTestId('host-unavailable');
    await notice.waitFor({ timeout: 15000 });
    expect(await notice.innerText()).toContain('cần bộ API Excel 1.8 trở lên');
  });
});
