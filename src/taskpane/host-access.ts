/**
 * Reaching Excel and the browser from a view's actions: the Excel API (or a NoExcelError the view can explain),
 * and a file handed to the browser as a download.
 */
import { getExcel } from '../excel/host';

/** Thrown when the Excel API is not there (should not happen once the shell decided Excel is available). */
export class NoExcelError extends Error {
  constructor() {
    super('Excel JavaScript API is not available');
    this.name = 'NoExcelError';
  }
}

/** The Excel API; throws NoExcelError (called inside async actions, so it becomes a rejection the view shows). */
export function requireExcel(): typeof Excel {
  const found = getExcel();
  if (!found) throw new NoExcelError();
  return found;
}

/** Hands a file to the browser as a download. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some webviews start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
