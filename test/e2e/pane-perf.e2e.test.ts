/**
 * Regression guard for issue 14 at normal CPU speed (the 4× slower figures are `npm run bench`): every view opened
 * with `?view=` becomes interactive (its first enabled control exists and the main thread is free to take a click)
 * within a generous budget, and inserting all forms, checking a workbook with a 2.000-row II.06b and drafting the
 * narrative run without a main-thread task over their bounds (E2E_LONG_TASK_BUDGET_MS). Same probe and steps as
 * scripts/bench/pane.ts.
 */
import {
  LONG_TASK_BUDGET_MS,
  launchPaneBrowser,
  measureOperations,
  timeToInteractive,
  type OperationFigure,
  type PaneBrowser,
} from '../../scripts/bench/pane';
import { VIEW_IDS } from '../../src/taskpane/views/view-ids';

/** Unthrottled, cold (fresh context): a view never needs this long unless something is wrong. */
const INTERACTIVE_BUDGET_MS = 5000;

/**
 * Long-task bounds at normal speed. The target (issue 14) is LONG_TASK_BUDGET_MS = 200 ms with the CPU slowed 4×,
 * measured by `npm run bench`. Here, unthrottled, the longest tasks (from a Chromium trace, style and layout
 * included) measured 2026-12-04 (session 6) were insert 52 ms, check 46 ms, draft 38–43 ms; a loaded box can double
 * one run. All three are held to the 4× target itself (≥3× headroom).
 */
const E2E_LONG_TASK_BUDGET_MS: Record<string, number> = {
  check: LONG_TASK_BUDGET_MS,
  insert: LONG_TASK_BUDGET_MS,
  narrate: LONG_TASK_BUDGET_MS,
};

describe('the task pane stays responsive (preview, CPU not slowed)', () => {
  let pane: PaneBrowser;
  beforeAll(async () => {
    pane = await launchPaneBrowser();
  });
  afterAll(async () => {
    await pane?.close();
  });

  test.each([...VIEW_IDS])('?view=%s is interactive within the budget, without console errors', async (view) => {
    const { page, context } = await pane.openPage(`preview.html?view=${view}`, 1);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    try {
      const ms = await timeToInteractive(page);
      console.log(`?view=${view}: interactive after ${Math.round(ms)} ms`);
      expect(await page.getByTestId(`view-${view}`).count()).toBe(1);
      expect(ms).toBeLessThanOrEqual(INTERACTIVE_BUDGET_MS);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("a new window starts no renderer of Chromium's own pages beside the pane (it would take the CPU)", async () => {
    // Browser-wide trace from before the window exists: the address bar's drop-down (chrome://omnibox-popup…) was
    // loaded with every window until CHROMIUM_ARGS turned it off.
    await pane.browser.startTracing(undefined, { categories: ['devtools.timeline'] });
    const { page, context } = await pane.openPage('preview.html?view=insert', 1);
    let parsedPages: string[];
    try {
      await timeToInteractive(page);
      await page.waitForTimeout(500);
    } finally {
      const trace = JSON.parse((await pane.browser.stopTracing()).toString()) as {
        traceEvents: { name: string; args?: { beginData?: { url?: string } } }[];
      };
      parsedPages = trace.traceEvents
        .filter((event) => event.name === 'ParseHTML')
        .map((event) => event.args?.beginData?.url ?? '');
      await context.close();
    }
    expect(parsedPages.some((url) => url.includes('/preview.html?view=insert'))).toBe(true);
    expect(parsedPages.filter((url) => url.startsWith('chrome://'))).toEqual([]);
  });

  describe('no long task during the heavy operations', () => {
    let figures: OperationFigure[] = [];
    beforeAll(async () => {
      // Best of two runs per operation: another process stealing the CPU (a loaded CI box) inflates one run's
      // tasks; a real regression shows in both.
      const [first, second] = [await measureOperations(pane, 1), await measureOperations(pane, 1)];
      figures = first.map((figure, i) => (second[i].longest < figure.longest ? second[i] : figure));
      for (const figure of figures)
        console.log(`${figure.label}: longest task ${Math.round(figure.longest)} ms (${figure.count} over 50 ms)`);
    });

    test.each([
      ['insert', 0],
      ['check', 1],
      ['narrate', 2],
    ])('%s: no main-thread task over its bound (see E2E_LONG_TASK_BUDGET_MS)', (name, index) => {
      const figure = figures[index as number];
      expect(figure).toBeDefined();
      expect(figure.longest).toBeLessThanOrEqual(E2E_LONG_TASK_BUDGET_MS[name as string]);
    });
  });
});
