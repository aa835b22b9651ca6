/**
 * The local preview page's own script. It runs BEFORE the task pane chunk (webpack orders the chunks): it builds
 * the sample workbook in the strict fake Excel host, installs `window.Excel` and `window.Office`, and draws the
 * workbook on the left. The task pane bundle then starts as it would in Excel and renders into #container.
 *
 * `?api=1.8` sets the fake host's ExcelApi version, `?platform=OfficeOnline` (or `Mac`) the platform. `?crash=1` (honoured here only, never by the real task pane) makes every view throw until
 * `window.__ksttPreviewControl.stopCrashing()` is called, so the error boundary can be seen and tested.
 */
import { createRoot } from 'react-dom/client';
import { PREVIEW_HOOKS_GLOBAL, type PreviewHooks } from '../../src/taskpane/preview-hooks';
import { createFakeExcel, createFakeOffice } from '../fake-excel';
import { buildSampleWorkbook } from './sample-workbook';
import { WorkbookView } from './WorkbookView';

const query = new URLSearchParams(window.location.search);
const workbook = buildSampleWorkbook();
// `?api=1.8` plays an older Excel (Office 2019), to try the fallbacks; default: the fake's newest.
const apiVersion = query.get('api') ?? undefined;
// Round trips span tasks as Excel's do, so the pane's main-thread timings (npm run bench) are its own.
const fake = createFakeExcel({ workbook, apiVersion, evaluateFormulas: true, roundTrip: 'task' });
const scope = window as unknown as Record<string, unknown>;
scope.Excel = fake.Excel;
// `?platform=OfficeOnline` plays Excel on the web, with its 5 MB cap per request and response.
const platform = query.get('platform');
scope.Office = createFakeOffice(fake, platform === 'Mac' || platform === 'OfficeOnline' ? { platform } : {});
// For debugging in the browser console and for the end-to-end tests.
scope.__ksttFake = fake;

if (query.get('crash') === '1') {
  let crashing = true;
  const hooks: PreviewHooks = {
    beforeViewRender: (view) => {
      if (crashing) throw new Error(`Lỗi giả lập của bản xem thử (?crash=1) khi hiển thị «${view}»`);
    },
  };
  scope[PREVIEW_HOOKS_GLOBAL] = hooks;
  scope.__ksttPreviewControl = { stopCrashing: () => (crashing = false) };
}

/**
 * Resolves once the task pane shows its view and has had a frame to paint it (or after `fallbackMs`, should the
 * pane fail). In Excel the workbook is drawn by Excel, not on the pane's thread; here it shares the page's main
 * thread, so drawing it first would put the preview's own work on the pane's start-up path (issue 14 measures the
 * pane).
 */
function paneShown(fallbackMs = 5000): Promise<void> {
  const VIEW = '#container [data-testid^="view-"]';
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => setTimeout(resolve, 0));
    };
    const observer = new MutationObserver(() => document.querySelector(VIEW) && done());
    const timer = setTimeout(done, fallbackMs);
    observer.observe(document.getElementById('container') ?? document.body, { childList: true, subtree: true });
  });
}

const target = document.getElementById('workbook');
if (target) void paneShown().then(() => createRoot(target).render(<WorkbookView workbook={workbook} />));
