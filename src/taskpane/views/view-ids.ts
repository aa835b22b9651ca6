/**
 * The ids of the views, in tab order, read from the registry (registry.tsx). The ribbon buttons open
 * `taskpane.html?view=<id>`; the benches and the browser tests walk the same list.
 */
import { VIEWS, type ViewId } from './registry';

export type { ViewId };

export const VIEW_IDS = Object.keys(VIEWS) as ViewId[];

export const DEFAULT_VIEW: ViewId = 'insert';

export function isViewId(value: unknown): value is ViewId {
  return typeof value === 'string' && (VIEW_IDS as readonly string[]).includes(value);
}

/** The view named by `?view=` in a query string; the default for a missing or unknown value. */
export function viewFromQuery(search: string): ViewId {
  const requested = new URLSearchParams(search).get('view');
  return isViewId(requested) ? requested : DEFAULT_VIEW;
}
