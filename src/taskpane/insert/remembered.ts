/**
 * The reporting unit, receiving unit and place typed last time, so next quarter's report starts filled in.
 * localStorage can be missing or throw (sandboxed webviews, privacy settings): then nothing is remembered and
 * nothing breaks. Kept in the browser profile of the task pane only — never in the workbook, never sent anywhere.
 */
import type { RememberedFields } from './model';

export const REMEMBERED_KEY = 'kstt.insert.lastUnit';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function loadRemembered(): Partial<RememberedFields> {
  try {
    const raw = storage()?.getItem(REMEMBERED_KEY);
    if (!raw) return {};
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return {};
    const out: Partial<RememberedFields> = {};
    for (const field of ['reportingUnit', 'receivingUnit', 'reportPlace'] as const) {
      const value = (parsed as Record<string, unknown>)[field];
      if (typeof value === 'string') out[field] = value;
    }
    return out;
  } catch {
    return {};
  }
}

export function saveRemembered(fields: RememberedFields): void {
  try {
    storage()?.setItem(REMEMBERED_KEY, JSON.stringify(fields));
  } catch {
    // Not remembered; the insertion itself is unaffected.
  }
}
