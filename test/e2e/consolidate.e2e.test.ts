/**
 * «Tổng hợp» in the preview: the real task pane against the strict fake Excel. Unit workbooks are generated in
 * Node (the merge fixtures), plus a text file renamed .xlsx, and uploaded with setInputFiles. The pane shows the
 * progress with each file name, one status row per file, and «Ghi kết quả vào sổ tính» adds II.06b, the appendix
 * and the status sheet as new worksheets in a constant number of syncs. The TỔNG CỘNG the preview grid computes
 * (the fake evaluates the SUM/SUBTOTAL formulas) equals the sum of the units' figures.
 * Screenshots: test-output/e2e/consolidate-*.png.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { formatCount } from '../../src/domain/format';
import { notAWorkbook } from '../fixtures/merge/bad-files';
import { randomCommune, sumFigures, unitWorkbook, type UnitFixture } from '../fixtures/merge/units';
import { screenshot } from './browser';
import { probe, resetSyncCount } from './fake-workbook';
import { clickAndWait, gridCell, gridCellsWithText, previewSessions, showSheet } from './pane';

const UNITS: UnitFixture[] = [
  randomCommune(2, 'UBND xã An Phú'),
  randomCommune(3, 'UBND phường Ba Đình'),
  randomCommune(4, 'UBND xã Bình Minh'),
  randomCommune(5, 'UBND xã Tam Thanh'),
];
let dir: string;
let files: string[];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kstt-consolidate-e2e-'));
  files = [];
  for (const [i, unit] of UNITS.entries()) {
    const file = path.join(dir, `don-vi-${i + 1}.xlsx`);
    writeFileSync(file, await unitWorkbook(unit));
    files.push(file);
    // The bad file second, so the good ones after it prove it did not stop the run.
    if (i === 0) {
      const bad = path.join(dir, 'bao-cao-hong.xlsx');
      writeFileSync(bad, notAWorkbook());
      files.push(bad);
    }
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Records every text the progress line shows, so a fast run still proves the progress was there. */
async function recordProgressTexts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __progressSeen: string[] }).__progressSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="consolidate-progress-text"]')?.textContent;
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

describe('«Tổng hợp» in the preview', () => {
  const sessions = previewSessions();

  test('reads 5 files (one bad), lists their status and writes II.06b whose TỔNG CỘNG is the units’ sum', async () => {
    const session = await sessions.view('consolidate', { clearStorage: true });
    const { page } = session;
    await screenshot(page, 'consolidate-initial');
    // The parser is not in the first load: no parser chunk (chunks/consolidate.*.js, not the view's) until files are picked.
    const chunkRequests: string[] = [];
    page.on('request', (r) => {
      if (/\/chunks\/consolidate\./.test(r.url())) chunkRequests.push(r.url());
    });
    expect(
      await page.evaluate(() =>
        performance.getEntriesByType('resource').some((e) => /\/chunks\/consolidate\./.test(e.name)),
      ),
    ).toBe(false);

    await recordProgressTexts(page);
    // The files are parsed in a Web Worker (exceljs and the recogniser off the pane's thread).
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.getByTestId('consolidate-file-input').setInputFiles(files);
    await page.getByTestId('consolidate-summary').waitFor({ timeout: 30000 });
    expect(chunkRequests.length).toBeGreaterThan(0);
    const seen = await page.evaluate(
      () => (window as unknown as { __progressSeen: string[] }).__progressSeen,
    );
    expect(seen).toEqual(
      expect.arrayContaining([
        'Đang đọc tệp 1/5: don-vi-1.xlsx',
        'Đang đọc tệp 2/5: bao-cao-hong.xlsx',
        'Đang đọc tệp 5/5: don-vi-4.xlsx',
      ]),
    );

    const rows = page.getByTestId('consolidate-status-row');
    expect(await rows.count()).toBe(5);
    const statuses = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(statuses[1]).toBe('unreadable');
    // The good units are merged: «hợp lệ», or «có lỗi» when the checker found something (still merged).
    for (const i of [0, 2, 3, 4]) expect(['ok', 'errors']).toContain(statuses[i]);
    expect(await rows.nth(1).getByTestId('consolidate-status-word').innerText()).toBe('không đọc được');
    expect(await rows.nth(1).getByTestId('consolidate-status-reason').innerText()).toContain(
      'Không phải tệp Excel',
    );
    expect(await page.getByTestId('consolidate-summary').innerText()).toBe(
      'Đã tổng hợp 4/5 tệp (0 có cảnh báo, 1 không tổng hợp). Kỳ báo cáo của đa số đơn vị: Quý I năm 2026.',
    );
    expect(workers.some((url) => /kstt-merge/.test(url))).toBe(true);
    expect(await page.getByTestId('consolidate-period-label').inputValue()).toBe('Quý I năm 2026');
    await screenshot(page, 'consolidate-statuses');

    const before = await probe(page);
    await page.getByTestId('consolidate-reporting-unit').fill('UBND huyện Mẫu Sơn');
    await resetSyncCount(page);
    await clickAndWait(page, 'consolidate-write', 'insert-success', 20000);
    const after = await probe(page);
    expect(after.sheets).toEqual([...before.sheets, 'II.06b', 'Phụ lục đơn vị', 'Tình trạng đơn vị']);
    expect(after.syncCount).toBeGreaterThan(0);
    expect(after.syncCount).toBeLessThanOrEqual(3);
    await page.getByTestId('insert-success').scrollIntoViewIfNeeded();
    await screenshot(page, 'consolidate-written');

    // The preview grid computes II.06b's TỔNG CỘNG from the formulas the add-in wrote.
    await showSheet(page, 'II.06b');
    const totalLabel = gridCellsWithText(page, 'TỔNG CỘNG');
    await totalLabel.first().waitFor({ timeout: 10000 });
    expect(await totalLabel.count()).toBe(1);
    const row = Number(/\d+$/.exec((await totalLabel.getAttribute('data-cell')) ?? '')?.[0]);
    expect(row).toBeGreaterThan(12);
    const sum = sumFigures(UNITS);
    const cell = (column: string) => gridCell(page, `${column}${row}`);
    expect(await cell('C').getAttribute('title')).toMatch(/^=/); // a formula, not a pasted number
    expect(await cell('C').innerText()).toBe(formatCount(sum.online + sum.direct + sum.carried));
    expect(await cell('D').innerText()).toBe(formatCount(sum.online));
    expect(await cell('G').innerText()).toBe(formatCount(sum.early + sum.onTime + sum.late));
    expect(await gridCellsWithText(page, 'UBND huyện Mẫu Sơn').count()).toBeGreaterThan(0);
    await screenshot(page, 'consolidate-ii06b');

    // A second write never overwrites: it adds «II.06b (2)» and keeps the first.
    await resetSyncCount(page);
    await clickAndWait(
      page,
      'consolidate-write',
      page.getByTestId('insert-created-sheet').filter({ hasText: 'II.06b (2)' }),
      20000,
    );
    const second = await probe(page);
    expect(second.sheets.slice(0, after.sheets.length)).toEqual(after.sheets);
    expect(second.sheets).toContain('II.06b (2)');
    expect(second.syncCount).toBeLessThanOrEqual(3);

    expect(session.consoleErrors).toEqual([]);
    expect(session.blockedRequests).toEqual([]);
  });

  test('«Hủy» on a slowed-down machine stops at once (the Worker drops the file being read) and says how many were read', async () => {
    const session = await sessions.view('consolidate', { clearStorage: true });
    const { page } = session;
    // Play a slow office PC so the click lands mid-run (CPU throttled 20×).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
    await page.getByTestId('consolidate-file-input').setInputFiles(files);
    const progress = page.getByTestId('consolidate-progress-text');
    await progress.filter({ hasText: 'Đang đọc tệp 1/5' }).waitFor({ timeout: 60000 });
    await screenshot(page, 'consolidate-progress');
    await page.getByTestId('consolidate-cancel').click();
    const cancelled = page.getByTestId('consolidate-cancelled');
    await cancelled.waitFor({ timeout: 60000 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const text = await cancelled.innerText();
    const read = Number(/đọc (\d)\/5 tệp/.exec(text)?.[1]);
    // Clicked while file 1 was being read: the Worker is stopped, so no file or only the ones already done count.
    expect(read).toBeGreaterThanOrEqual(0);
    expect(read).toBeLessThan(5);
    expect(await page.getByTestId('consolidate-status-row').count()).toBe(read);
    await screenshot(page, 'consolidate-cancelled');
    expect(session.consoleErrors).toEqual([]);
  });
});

describe('«Tổng hợp» of 200 units keeps the pane responsive', () => {
  const sessions = previewSessions('all');

  test('no main-thread task over 200 ms while 200 files are read (PerformanceObserver, long tasks)', async () => {
    const many = path.join(dir, 'many');
    require('node:fs').mkdirSync(many, { recursive: true });
    const paths: string[] = [];
    for (let i = 0; i < 200; i++) {
      const file = path.join(many, `xa-${String(i + 1).padStart(3, '0')}.xlsx`);
      writeFileSync(file, await unitWorkbook(randomCommune(7000 + i, `UBND xã Số ${i + 1}`)));
      paths.push(file);
    }
    const session = await sessions.view('consolidate', { clearStorage: true });
    const { page } = session;
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    await page.getByTestId('consolidate-file-input').setInputFiles(paths);
    await page.getByTestId('consolidate-summary').waitFor({ timeout: 300_000 });
    expect(await page.getByTestId('consolidate-summary').innerText()).toMatch(/^Đã tổng hợp 200\/200 tệp/);
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    console.log(`200 đơn vị: ${longTasks.length} long task; dài nhất ${Math.round(Math.max(0, ...longTasks))} ms`);
    expect(Math.max(0, ...longTasks)).toBeLessThan(200);
  }, 400_000);
});
