/**
 * A seam for the local preview page (test/preview) and nothing else. The preview may set
 * `window.__ksttPreviewHooks` before the task pane loads — e.g. to make a view throw so the error boundary can be
 * seen and tested. The real task pane page never defines it, and the task pane itself reads no test flags from
 * the URL.
 */
import type { ViewId } from './views/view-ids';

export interface PreviewHooks {
  /** Called while a view renders; may throw to simulate a crash in that view. */
  beforeViewRender?: (view: ViewId) => void;
}

export const PREVIEW_HOOKS_GLOBAL = '__ksttPreviewHooks';

export function previewHooks(): PreviewHooks | undefined {
  return (globalThis as Record<string, unknown>)[PREVIEW_HOOKS_GLOBAL] as PreviewHooks | undefined;
}
