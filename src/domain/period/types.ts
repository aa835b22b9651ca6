/**
 * Report periods (kỳ báo cáo) under Nghị định 09/2019/NĐ-CP, as used by the KSTT report (Thông tư 01/2020/TT-VPCP).
 * Dates are plain ISO strings «yyyy-mm-dd»: no Date objects cross module boundaries, so no time zone can shift a day.
 */

/** A calendar date as «yyyy-mm-dd» (always a real date when produced by this module). */
export type IsoDate = string;

export type PeriodKind = 'month' | 'quarter' | 'half' | 'nine-months' | 'year';

export const PERIOD_KINDS: readonly PeriodKind[] = ['month', 'quarter', 'half', 'nine-months', 'year'];

export type Locale = 'vi' | 'en';

export interface ReportPeriod {
  kind: PeriodKind;
  year: number;
  /** month 1–12, quarter 1–4, half 1–2; always 1 for 'nine-months' and 'year'. */
  index: number;
  /** First day of the data (cut-off start, «thời gian chốt số liệu» from). */
  from: IsoDate;
  /** Last day of the data (cut-off end). */
  to: IsoDate;
  /** «Quý I năm 2026», «6 tháng đầu năm 2026», «9 tháng năm 2026», «năm 2026», «tháng 3 năm 2026». */
  label: string;
  /** Proposed due date of the report: the 25th of the period's last month (see propose.ts). */
  deadline: IsoDate;
}

/** Outcome of an operation that can be refused for a reason the user must read (Vietnamese). */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Years the add-in accepts for a report period; anything else is a typo («2206», «226»). */
export const MIN_REPORT_YEAR = 2000;
export const MAX_REPORT_YEAR = 2100;
