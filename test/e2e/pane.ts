/**
 * Shared steps of the task-pane e2e tests, on top of browser.ts (server, chromium, console errors): open the
 * preview on one view (`?view=`, `?api=`) at the task pane's width, one session per test closed after it, fill
 * the pane's fields, click and wait for the result, and find cells of the preview grid. The fake workbook behind
 * the grid is read and typed into with fake-workbook.ts.
 */
import type { Locator, Page } from 'playwright-core';
import type { ViewId } from '../../src/taskpane/views/view-ids';
import {
  openPreview,
  startServer,
  type OpenPreviewOptions,
  type PreviewServer,
  type PreviewSession,
} from './browser';

/** About Excel's task pane (the preview gives the pane ~340 px) next to the grid. */
export const PANE_VIEWPORT = { width: 1100, height: 900 };

export interface OpenViewOptions {
  /** `?api=`: the ExcelApi version the fake host plays (default: the newest). */
  api?: string;
  /** Clear localStorage once the view is shown: nothing remembered from an earlier test in this profile. */
  clearStorage?: boolean;
  initScript?: string;
}

/** `preview.html?view=…[&api=…]`. */
export function viewPath(view: ViewId, api?: string): string {
  return `preview.html?view=${view}${api ? `&api=${api}` : ''}`;
}

export async function waitForView(page: Page, view: ViewId, timeout = 15000): Promise<void> {
  await page.getByTestId(`view-${view}`).waitFor({ timeout });
}

/** The preview at the pane's width, opened on `view`, once that view is shown. */
export async function openView(view: ViewId, options: OpenViewOptions = {}): Promise<PreviewSession> {
  const session = await openPreview({
    path: viewPath(view, options.api),
    viewport: PANE_VIEWPORT,
    initScript: options.initScript,
  });
  await waitForView(session.page, view);
  if (options.clearStorage) await session.page.evaluate(() => localStorage.clear());
  return session;
}

export interface Sessions {
  /** `openView` for this test; closed after it. */
  view(view: ViewId, options?: OpenViewOptions): Promise<PreviewSession>;
  /** `openPreview` for this test; closed after it. */
  preview(options?: OpenPreviewOptions): Promise<PreviewSession>;
}

/**
 * Call inside a `describe`: each test opens its preview through the returned object, and it is closed after that
 * test (`'each'`) or after the describe's last test (`'all'`, for one long scenario), whether the test passed or not.
 */
export function previewSessions(closeAfter: 'each' | 'all' = 'each'): Sessions {
  let open: PreviewSession | undefined;
  (closeAfter === 'each' ? afterEach : afterAll)(async () => {
    await open?.close();
    open = undefined;
  });
  /** One open preview at a time: an earlier one of the same test is closed before the next starts. */
  const keep = async (opening: () => Promise<PreviewSession>) => {
    await open?.close();
    open = undefined;
    open = await opening();
    return open;
  };
  return {
    view: (view, options) => keep(() => openView(view, options)),
    preview: (options) => keep(() => openPreview(options)),
  };
}

/** The preview server alone for the describe: started before its first test, stopped after its last. */
export function previewServerForDescribe(): { readonly url: string } {
  let server: PreviewServer | undefined;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error('the preview server is not running (used outside a test?)');
      return server.url;
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The pane

/** Types each value into the field with that test id (replacing what was there). */
export async function fillFields(page: Page, values: Record<string, string>): Promise<void> {
  for (const [testId, value] of Object.entries(values)) await page.getByTestId(testId).fill(value);
}

/** Ticks or unticks the checkbox inside the element with that test id, only if it is not so already. */
export async function setChecked(page: Page, testId: string, checked: boolean): Promise<void> {
  const box = page.getByTestId(testId).getByRole('checkbox');
  if ((await box.isChecked()) !== checked) await box.setChecked(checked);
}

/** Clicks the control with test id `button`, waits for `result` (a test id or a locator) and returns it. */
export async function clickAndWait(
  page: Page,
  button: string,
  result: string | Locator,
  timeout = 15000,
): Promise<Locator> {
  await page.getByTestId(button).click();
  const target = typeof result === 'string' ? page.getByTestId(result) : result;
  await target.waitFor({ timeout });
  return target;
}

/** An action result of a view in a given state, e.g. `[data-testid="check-action-result"][data-kind="highlighted"]`. */
export function resultOfKind(page: Page, testId: string, kind: string): Locator {
  return page.locator(`[data-testid="${testId}"][data-kind="${kind}"]`);
}

// ---------------------------------------------------------------------------------------------------------------
// The preview grid (the sheet the preview shows)

/** A cell of the preview grid by A1 address. */
export function gridCell(page: Page, address: string): Locator {
  return page.locator(`[data-testid="sheet-grid"] [data-cell="${address}"]`);
}

/** The grid's cells whose text contains `text`. */
export function gridCellsWithText(page: Page, text: string): Locator {
  return page.locator('[data-testid="sheet-grid"] [data-cell]', { hasText: text });
}

/** The grid cell(s) at `address` that the grid shows as selected. */
export function selectedGridCell(page: Page, address: string): Locator {
  return page.locator(`[data-testid="sheet-grid"] [data-cell="${address}"][data-selected="true"]`);
}

/** Picks a sheet's tab under the preview grid. */
export async function showSheet(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
}
