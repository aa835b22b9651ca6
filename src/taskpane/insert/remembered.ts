/**
 * The reporting unit, receiving unit and place typed last time, so next quarter's report starts filled in
 * (kept by ../stored-object.ts: the task pane's browser profile only, never the workbook).
 */
import { readStoredObject, writeStoredObject } from '../stored-object';
import type { RememberedFields } from './model';

export const REMEMBERED_KEY = 'kstt.insert.lastUnit';

export function loadRemembered(): Partial<RememberedFields> {
  const saved = readStoredObject(REMEMBERED_KEY) ?? {};
  const out: Partial<RememberedFields> = {};
  for (const field of ['reportingUnit', 'receivingUnit', 'reportPlace'] as const) {
    const value = saved[field];
    if (typeof value === 'string') out[field] = value;
  }
  return out;
}

export function saveRemembered(fields: RememberedFields): void {
  writeStoredObject(REMEMBERED_KEY, fields);
}
