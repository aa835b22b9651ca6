/** Remembered fields as a JSON object in the pane's localStorage (./local-store.ts), for the views. */
import { readStored, writeStored } from './local-store';

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

/** Saves `value` as JSON under `key`; quietly not remembered when storage refuses. */
export function writeStoredObject(key: string, value: object): void {
  writeStored(key, JSON.stringify(value));
}
