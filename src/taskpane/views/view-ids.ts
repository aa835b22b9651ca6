/** The four jobs of the task pane, and «Tự kiểm tra». The ribbon buttons open `taskpane.html?view=<id>`. */
export const VIEW_IDS = ['insert', 'check', 'narrate', 'consolidate', 'selftest'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export const DEFAULT_VIEW: ViewId = 'insert';

export function isViewId(value: unknown): value is ViewId {
  return typeof value === 'string' && (VIEW_IDS as readonly string[]).includes(value);
}

/** The view named by `?view=` in a query string; the default for a missing or unknown value. */
export function viewFromQuery(search: string): ViewId {
  const requested = new URLSearchParams(search).get('view');
  return isViewId(requested) ? requested : DEFAULT_VIEW;
}
