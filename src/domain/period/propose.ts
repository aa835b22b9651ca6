/**
 * Proposed cut-off dates (thời gian chốt số liệu) of Nghị định 09/2019/NĐ-CP Điều 12, as copied into provincial
 * and ministry rules: data run from the 15th of the month before the period to the 14th of its last month.
 *
 * Deadline choice: the 25th of the period's last month, the due date for reports to the Government that FORMS.md
 * records (it leaves at least one working day after the 14th). Provinces often ask their communes for an earlier date;
 * the deadline is a proposal the user may override, used only for an *info* in validatePeriod.
 */
import { toIsoDate, type Ymd } from './calendar';
import { toRoman } from './roman';
import {
  MAX_REPORT_YEAR,
  MIN_REPORT_YEAR,
  PERIOD_KINDS,
  type Locale,
  type PeriodKind,
  type ReportPeriod,
  type Result,
} from './types';

export const CUT_OFF_START_DAY = 15;
export const CUT_OFF_END_DAY = 14;
export const DEADLINE_DAY = 25;

/** How many periods of a kind a year has (the valid range of `index`). */
export function periodsPerYear(kind: PeriodKind): number {
  switch (kind) {
    case 'month':
      return 12;
    case 'quarter':
      return 4;
    case 'half':
      return 2;
    case 'nine-months':
    case 'year':
      return 1;
  }
}

/** First and last calendar month of a period (the first may be read as "of the same year"; see cutOffStart). */
function periodMonths(kind: PeriodKind, index: number): { first: number; last: number } {
  switch (kind) {
    case 'month':
      return { first: index, last: index };
    case 'quarter':
      return { first: 3 * index - 2, last: 3 * index };
    case 'half':
      return { first: 6 * index - 5, last: 6 * index };
    case 'nine-months':
      return { first: 1, last: 9 };
    case 'year':
      return { first: 1, last: 12 };
  }
}

/** The 15th of the month before `month` of `year` (January → 15 December of the previous year). */
function cutOffStart(year: number, month: number): Ymd {
  return month === 1
    ? { year: year - 1, month: 12, day: CUT_OFF_START_DAY }
    : { year, month: month - 1, day: CUT_OFF_START_DAY };
}

const VI_MONTH_NAMES_EN = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/**
 * The period's name as written in reports: «Quý I năm 2026», «6 tháng đầu năm 2026», «6 tháng cuối năm 2026»,
 * «9 tháng năm 2026», «năm 2026», «tháng 3 năm 2026»; in English «Q1 2026», «first half of 2026» …
 * Assumes valid arguments (proposePeriod checks them).
 */
export function formatPeriodLabel(kind: PeriodKind, year: number, index = 1, locale: Locale = 'vi'): string {
  if (locale === 'en') {
    switch (kind) {
      case 'month':
        return `${VI_MONTH_NAMES_EN[index - 1]} ${year}`;
      case 'quarter':
        return `Q${index} ${year}`;
      case 'half':
        return `${index === 1 ? 'first' : 'second'} half of ${year}`;
      case 'nine-months':
        return `first nine months of ${year}`;
      case 'year':
        return `year ${year}`;
    }
  }
  switch (kind) {
    case 'month':
      return `tháng ${index} năm ${year}`;
    case 'quarter':
      return `Quý ${toRoman(index)} năm ${year}`;
    case 'half':
      return `6 tháng ${index === 1 ? 'đầu' : 'cuối'} năm ${year}`;
    case 'nine-months':
      return `9 tháng năm ${year}`;
    case 'year':
      return `năm ${year}`;
  }
}

/** Vietnamese reason why (kind, year, index) is not a period, or null when it is one. */
export function describePeriodArgumentError(kind: unknown, year: unknown, index: unknown): string | null {
  if (typeof kind !== 'string' || !PERIOD_KINDS.includes(kind as PeriodKind)) {
    return `Loại kỳ báo cáo «${String(kind)}» không hợp lệ (tháng, quý, 6 tháng, 9 tháng hoặc năm).`;
  }
  if (typeof year !== 'number' || !Number.isInteger(year) || year < MIN_REPORT_YEAR || year > MAX_REPORT_YEAR) {
    return `Năm báo cáo «${String(year)}» không hợp lệ (phải từ ${MIN_REPORT_YEAR} đến ${MAX_REPORT_YEAR}).`;
  }
  const count = periodsPerYear(kind as PeriodKind);
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 1 || index > count) {
    const what: Record<PeriodKind, string> = {
      month: 'Tháng phải từ 1 đến 12',
      quarter: 'Quý phải từ I đến IV (1–4)',
      half: 'Kỳ 6 tháng phải là 1 (đầu năm) hoặc 2 (cuối năm)',
      'nine-months': 'Kỳ 9 tháng chỉ có chỉ số 1',
      year: 'Kỳ năm chỉ có chỉ số 1',
    };
    return `${what[kind as PeriodKind]}; giá trị nhận được: «${String(index)}».`;
  }
  return null;
}

/**
 * The period with its proposed cut-off dates and deadline. `index` defaults to 1 (the only value for 'nine-months'
 * and 'year'). Example: proposePeriod('quarter', 2026, 1) → 2025-12-15 … 2026-03-14, «Quý I năm 2026», due 2026-03-25.
 */
export function proposePeriod(kind: PeriodKind, year: number, index = 1): Result<ReportPeriod> {
  const error = describePeriodArgumentError(kind, year, index);
  if (error) return { ok: false, error };
  const { first, last } = periodMonths(kind, index);
  return {
    ok: true,
    value: {
      kind,
      year,
      index,
      from: toIsoDate(cutOffStart(year, first)),
      to: toIsoDate({ year, month: last, day: CUT_OFF_END_DAY }),
      label: formatPeriodLabel(kind, year, index),
      deadline: toIsoDate({ year, month: last, day: DEADLINE_DAY }),
    },
  };
}

/** proposePeriod for arguments known to be valid; throws RangeError otherwise. */
export function mustProposePeriod(kind: PeriodKind, year: number, index = 1): ReportPeriod {
  const r = proposePeriod(kind, year, index);
  if (!r.ok) throw new RangeError(r.error);
  return r.value;
}

/** The period of the same kind just before (its «từ kỳ trước» figures feed this one). */
export function previousPeriod(period: Pick<ReportPeriod, 'kind' | 'year' | 'index'>): Result<ReportPeriod> {
  const { kind, year, index } = period;
  return index > 1 ? proposePeriod(kind, year, index - 1) : proposePeriod(kind, year - 1, periodsPerYear(kind));
}

/** The period of the same kind just after. */
export function nextPeriod(period: Pick<ReportPeriod, 'kind' | 'year' | 'index'>): Result<ReportPeriod> {
  const { kind, year, index } = period;
  return index < periodsPerYear(kind) ? proposePeriod(kind, year, index + 1) : proposePeriod(kind, year + 1, 1);
}
