/**
 * What the pane remembers between sessions (language, last units, the signed document's fields), in the task
 * pane's localStorage only — never in the workbook (settings would clear Ctrl+Z history), never sent anywhere.
 * localStorage can be missing or throw (sandboxed webviews, privacy settings): then nothing is remembered and
 * nothing breaks. The shell's language uses this; the views' remembered fields (objects) use stored-object.ts, which
 * the shell's chunk does not carry.
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

/** Saves `text` under `key`; quietly not remembered when storage refuses. */
export function writeStored(key: string, text: string): void {
  try {
    storage()?.setItem(key, text);
  } catch {
    // Not remembered; whatever the user was doing is unaffected.
  }
}
