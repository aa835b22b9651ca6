/**
 * Calendar arithmetic on plain year/month/day numbers. Deliberately avoids `Date`: a local-time `Date` can move a
 * day across a time-zone or DST boundary, and the add-in runs on machines in any zone.
 */
import type { IsoDate } from './types';

export interface Ymd {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when the numbers name a day that exists (31/02 and 29/02 of a common year do not). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** «yyyy-mm-dd». Throws RangeError for a day that does not exist (a programming error, not user input). */
export function toIsoDate(ymd: Ymd): IsoDate {
  if (!isRealDate(ymd.year, ymd.month, ymd.day)) {
    throw new RangeError(`Not a real date: ${ymd.year}-${ymd.month}-${ymd.day}`);
  }
  return `${String(ymd.year).padStart(4, '0')}-${pad2(ymd.month)}-${pad2(ymd.day)}`;
}

/** Reads a strict «yyyy-mm-dd» that is a real date; anything else gives null. */
export function fromIsoDate(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isRealDate(ymd.year, ymd.month, ymd.day) ? ymd : null;
}

export function isIsoDate(text: string): boolean {
  return fromIsoDate(text) !== null;
}

/** Why a text is not a date: it does not look like one, or it looks like one that does not exist (31/02/2026). */
export type DateParseResult = { ok: true; iso: IsoDate } | { ok: false; reason: 'format' | 'calendar' };

const VI_MONTH_WORDS = /^ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/i;

/**
 * Parses the date spellings found in reports: «14/03/2026», «14/3/2026», «14-3-2026», «14.3.2026», ISO «2026-03-14»
 * and «ngày 14 tháng 3 năm 2026». Day comes first (Vietnamese order); two-digit years are refused as ambiguous.
 */
export function parseDateDetailed(text: string): DateParseResult {
  const s = text.normalize('NFC').trim().replace(/\s*([/.-])\s*/g, '$1');
  let ymd: Ymd | null = null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = m ? null : /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(s);
  if (m) ymd = { day: Number(m[1]), month: Number(m[3]), year: Number(m[4]) };
  if (!ymd) {
    m = VI_MONTH_WORDS.exec(s.replace(/\s+/g, ' '));
    if (m) ymd = { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
  }
  if (!ymd) return { ok: false, reason: 'format' };
  if (!isRealDate(ymd.year, ymd.month, ymd.day)) return { ok: false, reason: 'calendar' };
  return { ok: true, iso: toIsoDate(ymd) };
}

/** Like parseDateDetailed, but just the ISO date or null. */
export function parseDate(text: string): IsoDate | null {
  const r = parseDateDetailed(text);
  return r.ok ? r.iso : null;
}

/** «dd/mm/yyyy» (the form's «Từ ngày 15/12/2025 đến ngày 14/03/2026»). Throws RangeError for an invalid ISO date. */
export function formatDdMmYyyy(iso: IsoDate): string {
  const ymd = requireIso(iso);
  return `${pad2(ymd.day)}/${pad2(ymd.month)}/${ymd.year}`;
}

export function requireIso(iso: IsoDate): Ymd {
  const ymd = fromIsoDate(iso);
  if (!ymd) throw new RangeError(`Not an ISO date (yyyy-mm-dd): ${iso}`);
  return ymd;
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
export function epochDay(ymd: Ymd): number {
  const y = ymd.month <= 2 ? ymd.year - 1 : ymd.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (ymd.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + ymd.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of epochDay (civil_from_days). */
export function fromEpochDay(days: number): Ymd {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return toIsoDate(fromEpochDay(epochDay(requireIso(iso)) + days));
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return epochDay(requireIso(b)) - epochDay(requireIso(a));
}

/** -1, 0 or 1. Valid ISO dates with four-digit years compare correctly as strings. */
export function compareIsoDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}
