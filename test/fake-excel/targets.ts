/**
 * What the object model's modules share without importing each other: the document objects that sheet-, range- and
 * scope-level proxies stand for, and how a Range passed as an argument resolves to its cells.
 */
import { tryParseAddress } from './address';
import { isProxy } from './client-object';
import type { FakeSheet, FakeWorkbook, RangeBox } from './model';
import { invalid } from './validate';

export interface SheetTarget {
  workbook: FakeWorkbook;
  sheet: FakeSheet;
}

export interface RangeTarget extends SheetTarget {
  box: RangeBox;
}

/** Collections scoped to a sheet get `{ workbook, sheet }`; collections on the workbook get `{ workbook, sheet: null }`. */
export interface ScopeTarget {
  workbook: FakeWorkbook;
  sheet: FakeSheet | null;
}

/** The range of `box` on the target's sheet, or null (a null object) when there is no box. */
export function rangeOn(t: SheetTarget, box: RangeBox | null): RangeTarget | null {
  return box ? { workbook: t.workbook, sheet: t.sheet, box } : null;
}

/** A Range proxy passed as an argument: resolved inside the sync; it must be on the expected sheet. */
export function rangeTargetOf(range: unknown, sheet?: FakeSheet): RangeTarget {
  if (!isProxy('Range', range)) throw invalid('expected a Range object');
  const target = range._existingTarget();
  if (sheet && target.sheet !== sheet) throw invalid('the range is on another worksheet');
  return target;
}

/** Resolves an address relative to a sheet; a different sheet named in the address is refused. */
export function boxOnSheet(sheet: FakeSheet, address: string): RangeBox {
  const parsed = tryParseAddress(address);
  if (!parsed) throw invalid(`«${address}» is not a valid address`);
  if (parsed.sheetName !== null && parsed.sheetName.toLowerCase() !== sheet.name.toLowerCase()) {
    throw invalid(`«${address}» refers to another sheet than «${sheet.name}»`);
  }
  return parsed.box;
}
