/**
 * Error injection for the strict fake: what a real Excel does to the add-in on a bad day.
 *
 * - `FaultRule`: a chosen call fails with a chosen code (e.g. the 2nd `Range.formulas` write fails with
 *   `AccessDenied`). Calls are matched by the label the command carries at sync time: `Range.formulas`,
 *   `WorksheetCollection.add`, `Range.load`, … or `*` for every command. Like the real host, the commands queued
 *   before the failing one in the same sync stay applied (an Office.js batch is not a transaction).
 * - The payload cap of Excel on the web (5 MB per request and per response): a sync whose written data is larger
 *   fails with `RequestPayloadSizeLimitExceeded` before anything runs; one whose loaded data is larger fails with
 *   `ResponsePayloadSizeLimitExceeded` (its writes are already applied, as on the real host).
 * - A protected sheet (`FakeSheet.protected`): any change to its cells, formats, notes, comments, validation, charts
 *   or layout fails with `AccessDenied`; reading, activating, selecting and deleting the sheet stay allowed.
 * - Cell edit mode: a rule on `*` with `InvalidOperationInCellEditMode` is what the host answers while the user is
 *   typing in a cell.
 */
import { FakeOfficeError, type FakeErrorCode } from './errors';
import type { FakeSheet } from './model';

export interface FaultRule {
  /** The command label to fail, e.g. 'Range.formulas', 'WorksheetCollection.add', 'Range.load', or '*'. */
  member: string;
  code: FakeErrorCode;
  /** Let this many matching commands pass first. Default 0. */
  skip?: number;
  /** How many times to fail; default 1 (a transient fault). Infinity = every time. */
  times?: number;
  /** Counted by the fake: how many matching commands were seen and how many failed. */
  seen?: number;
  failed?: number;
}

/** Excel on the web: 5 MB per request and per response. */
export const WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Throws the rule's error when `label` is the command a rule targets and its turn has come. */
export function checkFaults(rules: readonly FaultRule[], label: string): void {
  for (const rule of rules) {
    if (rule.member !== '*' && rule.member !== label) continue;
    rule.seen = (rule.seen ?? 0) + 1;
    if (rule.seen <= (rule.skip ?? 0)) continue;
    if ((rule.failed ?? 0) >= (rule.times ?? 1)) continue;
    rule.failed = (rule.failed ?? 0) + 1;
    throw new FakeOfficeError(rule.code, `injected fault at ${label}`, label);
  }
}

/** Members that leave a protected sheet's content alone. */
const ALLOWED_ON_PROTECTED = new Set(['Worksheet.activate', 'Worksheet.delete', 'Range.select', 'Worksheet.visibility']);

function sheetOf(target: unknown): FakeSheet | null {
  if (!target || typeof target !== 'object') return null;
  const candidate = (target as { sheet?: unknown }).sheet;
  if (candidate && typeof candidate === 'object' && 'cells' in candidate && 'name' in candidate) return candidate as FakeSheet;
  return null;
}

/** Throws AccessDenied for a change to a protected sheet, as Excel does. */
export function checkProtection(label: string, target: unknown): void {
  if (ALLOWED_ON_PROTECTED.has(label)) return;
  const sheet = sheetOf(target);
  if (sheet?.protected) {
    throw new FakeOfficeError(
      'AccessDenied',
      `The cell or chart that you are trying to change is on a protected sheet («${sheet.name}»).`,
      label,
    );
  }
}

/** The size a value takes in the JSON a real host sends, in UTF-8 bytes (no TextEncoder: jsdom lacks it). */
export function payloadBytes(value: unknown): number {
  if (value === undefined) return 0;
  const json = JSON.stringify(value) ?? '';
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}
