/**
 * What went wrong inside Excel, in terms the task pane can explain. Office.js rejects with an
 * `OfficeExtension.Error` («RichApi.Error») carrying a `code` (Excel.ErrorCodes plus a few of the runtime's own);
 * this module recognises that shape without importing Office.js, sorts the codes into the handful of situations an
 * official can act on, and records whether the add-in put the workbook back after a half-done batch.
 *
 * An Office.js batch is not a transaction: the commands before a failing one stay applied. Every write path of the
 * add-in therefore runs inside `withRollback`, which removes what it created and marks the error as restored (or
 * not, when the clean-up itself failed) so the message can say so.
 */

/** The situations the pane explains; each has its own Vietnamese sentence (src/taskpane/host-error-messages.ts). */
export const HOST_ERROR_KINDS = [
  'invalid-argument',
  'invalid-operation',
  'already-exists',
  'not-found',
  'access-denied',
  'protected-sheet',
  'payload-too-large',
  'api-not-found',
  'cell-edit-mode',
  'busy',
  'general',
  'unknown',
] as const;
export type HostErrorKind = (typeof HOST_ERROR_KINDS)[number];

export interface HostError {
  /** Excel's code exactly as reported (kept for support), e.g. «AccessDenied». */
  code: string;
  kind: HostErrorKind;
  /** Office's `debugInfo.errorLocation` when given, e.g. «Range.values». */
  location: string | null;
  /** After a failed write: true when the add-in removed what it had written, false when it could not; null if not a write. */
  restored: boolean | null;
}

const KIND_OF_CODE: Readonly<Record<string, HostErrorKind>> = {
  InvalidArgument: 'invalid-argument',
  InvalidReference: 'invalid-argument',
  FormulaLengthExceedsLimit: 'invalid-argument',
  InvalidOperation: 'invalid-operation',
  MergedRangeConflict: 'invalid-operation',
  InsertDeleteConflict: 'invalid-operation',
  FilteredRangeConflict: 'invalid-operation',
  PivotTableRangeConflict: 'invalid-operation',
  NonBlankCellOffSheet: 'invalid-operation',
  UnsupportedSheet: 'invalid-operation',
  UnsupportedOperation: 'invalid-operation',
  ItemAlreadyExists: 'already-exists',
  ItemNotFound: 'not-found',
  InvalidBinding: 'not-found',
  AccessDenied: 'access-denied',
  RequestPayloadSizeLimitExceeded: 'payload-too-large',
  ResponsePayloadSizeLimitExceeded: 'payload-too-large',
  OperationCellsExceedLimit: 'payload-too-large',
  RangeExceedsLimit: 'payload-too-large',
  ApiNotFound: 'api-not-found',
  NotImplemented: 'api-not-found',
  UnsupportedFeature: 'api-not-found',
  InvalidOperationInCellEditMode: 'cell-edit-mode',
  Conflict: 'busy',
  ActivityLimitReached: 'busy',
  RequestAborted: 'busy',
  ConnectionFailure: 'busy',
  GeneralException: 'general',
};

const RESTORED = Symbol.for('kstt.restored');

/** Whether `thrown` looks like an OfficeExtension.Error (a string `code` and Office's name or debugInfo). */
function officeCode(thrown: unknown): string | null {
  if (!thrown || typeof thrown !== 'object') return null;
  const candidate = thrown as { code?: unknown; name?: unknown; debugInfo?: unknown };
  if (typeof candidate.code !== 'string' || candidate.code === '') return null;
  const officeShaped = candidate.name === 'RichApi.Error' || candidate.name === 'OfficeExtension.Error' || candidate.debugInfo !== undefined;
  return officeShaped ? candidate.code : null;
}

/** Reads an Office.js rejection; null for anything else (a bug of ours, a network error, a user-input error). */
export function classifyHostError(thrown: unknown): HostError | null {
  const code = officeCode(thrown);
  if (code === null) return null;
  const error = thrown as { message?: unknown; debugInfo?: { errorLocation?: unknown; message?: unknown } };
  const text = `${String(error.message ?? '')} ${String(error.debugInfo?.message ?? '')}`;
  let kind: HostErrorKind = KIND_OF_CODE[code] ?? 'unknown';
  // Excel says AccessDenied for a protected sheet too; its message names the protection.
  if (kind === 'access-denied' && /protect/i.test(text)) kind = 'protected-sheet';
  const location = typeof error.debugInfo?.errorLocation === 'string' ? error.debugInfo.errorLocation : null;
  const restored = (thrown as Record<symbol, unknown>)[RESTORED];
  return { code, kind, location, restored: typeof restored === 'boolean' ? restored : null };
}

/** Marks an error as having been followed by a clean-up (true) or a failed clean-up (false). */
function markRestored(thrown: unknown, restored: boolean): unknown {
  if (thrown && typeof thrown === 'object' && Object.isExtensible(thrown)) {
    Object.defineProperty(thrown, RESTORED, { value: restored, enumerable: false, configurable: true });
  }
  return thrown;
}

/**
 * Runs a write; if it fails, runs `rollback` (which removes what the write created) and rethrows the original
 * error marked restored or not. The rollback runs in its own Excel.run: the failed batch's context is not reused.
 */
export async function withRollback<T>(
  work: () => Promise<T>,
  rollback: () => Promise<'nothing-to-undo' | void>,
): Promise<T> {
  try {
    return await work();
  } catch (thrown) {
    let restored = true;
    try {
      // Refused before anything was written (e.g. at the first read): nothing to say about restoring.
      if ((await rollback()) === 'nothing-to-undo') throw thrown;
    } catch (again) {
      if (again === thrown) throw thrown;
      restored = false;
    }
    throw markRestored(thrown, restored);
  }
}

/**
 * Deletes the worksheets and workbook names a failed write may have created, in one Excel.run of two syncs.
 * Only names listed here are touched — they were chosen unique against the workbook before the write, so none of
 * them belonged to the user.
 */
export function deleteCreated(
  excel: typeof Excel,
  created: { sheets: readonly string[]; names: readonly string[] },
): Promise<'nothing-to-undo' | void> {
  if (created.sheets.length === 0 && created.names.length === 0) return Promise.resolve('nothing-to-undo');
  return excel.run(async (context) => {
    const names = created.names.map((name) => context.workbook.names.getItemOrNullObject(name));
    const sheets = created.sheets.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    await context.sync();
    for (const name of names) if (!name.isNullObject) name.delete();
    for (const sheet of sheets) if (!sheet.isNullObject) sheet.delete();
    await context.sync();
  });
}
