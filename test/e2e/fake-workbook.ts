/**
 * The preview's fake workbook from an e2e test: its sheet names and sync count (`window.__ksttFake`, installed by
 * the preview), and cells read or typed through its Excel API in one sync, as the add-in or an official would.
 */
import type { Page } from 'playwright-core';

interface FakeWindow {
  __ksttFake: { workbook: { sheets: { name: string }[] }; stats: { syncCount: number; reset(): void } };
}

export interface FakeProbe {
  sheets: string[];
  syncCount: number;
}

/** Sheet names and the sync count, read from the fake host the preview installs as `window.__ksttFake`. */
export async function probe(page: Page): Promise<FakeProbe> {
  return page.evaluate(() => {
    const fake = (window as unknown as FakeWindow).__ksttFake;
    return { sheets: fake.workbook.sheets.map((s) => s.name), syncCount: fake.stats.syncCount };
  });
}

export async function resetSyncCount(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as FakeWindow).__ksttFake.stats.reset());
}

/** The values of a range, read through the fake's Excel API (one sync), as the add-in reads them. */
export async function readRange(page: Page, sheetName: string, address: string): Promise<unknown[][]> {
  return page.evaluate(
    async ({ sheetName, address }) => {
      const excel = (window as unknown as { Excel: typeof Excel }).Excel;
      return excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheetName).getRange(address).load('values');
        await context.sync();
        return range.values as unknown[][];
      });
    },
    { sheetName, address },
  );
}

/** One cell's value through the fake's Excel API. */
export async function readCell(page: Page, sheetName: string, address: string): Promise<unknown> {
  return (await readRange(page, sheetName, address))[0][0];
}

/** Types values into cells through the fake's Excel API in one sync, as an official typing them. */
export async function typeCells(
  page: Page,
  sheetName: string,
  writes: readonly { address: string; value: string | number }[],
): Promise<void> {
  await page.evaluate(
    async ({ sheetName, writes }) => {
      const excel = (window as unknown as { Excel: typeof Excel }).Excel;
      await excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        for (const w of writes) sheet.getRange(w.address).values = [[w.value]];
        await context.sync();
      });
    },
    { sheetName, writes },
  );
}
