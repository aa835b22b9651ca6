/**
 * Tells the page that the pane's first view is on screen. The page's inline script (scripts/lib/
 * view-loading-script.cjs, written into taskpane.html by webpack.config.js) then prefetches the other views when the
 * browser is idle, instead of while the pane starts (issue 14).
 */
export const VIEW_SHOWN_EVENT = 'kstt:view-shown';

export function announceViewShown(): void {
  window.dispatchEvent(new Event(VIEW_SHOWN_EVENT));
}
