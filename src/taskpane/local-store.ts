/**
 * What the pane remembers between sessions (language, last units, the signed document's fields), in the task
 * pane's localStorage only — never in the workbook (settings would clear Ctrl+Z history), never sent anywhere.
 * localStorage can be missing or throw (sandboxed webviews, privacy settings): then nothing is remembered and
 * nothing breaks.
 */

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The text saved under `key`, or null when there is none or storage is unavailable. */
export function readStored(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** The JSON object saved under `key`, or null when there is none, it is not an object or cannot be read. */
export function readStoredObject(key: string): Record<string, unknown> | null {
  try {
    const raw = readStored(key);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Saves `value` (a string as is, anything else as JSON); quietly not remembered when storage refuses. */
export function writeStored(key: string, value: unknown): void {
  try {
    storage()?.setItem(key, typeof value === 'string' ? value : JSON.stringify(value));
  } catch {
    // Not remembered; whatever the user was doing is unaffected.
  }
}
