import { daysInMonth, requireIso } from './calendar';
import { mustProposePeriod, periodsPerYear } from './propose';
import { MAX_REPORT_YEAR, MIN_REPORT_YEAR, type IsoDate, type PeriodKind, type ReportPeriod } from './types';

/**
 * The period a unit is most likely reporting on around `today`.
 *
 * A report is written during the last month of its period (due on the 25th) and, when late, in the month after its
 * cut-off. So, in order: the period whose last month is the current month (2026-03-10 → Quý I/2026); else the period
 * that ended most recently, until the end of the month after its cut-off (2026-03-20, 2026-04-30 → Quý I/2026); else
 * the period now running (2026-05-02 → Quý II/2026). Works for every kind (monthly: 2026-03-20 → tháng 3/2026).
 * Throws RangeError when `today` is not an ISO date within the supported years.
 */
export function defaultPeriodFor(today: IsoDate, kind: PeriodKind = 'quarter'): ReportPeriod {
  const { year } = requireIso(today);
  if (year < MIN_REPORT_YEAR || year >= MAX_REPORT_YEAR) {
    throw new RangeError(`Date outside the supported years: ${today}`);
  }
  // Periods of the surrounding years, in order of their cut-off end; the year after covers December's new periods.
  const candidates: ReportPeriod[] = [];
  for (let y = Math.max(MIN_REPORT_YEAR, year - 1); y <= year + 1; y++) {
    for (let i = 1; i <= periodsPerYear(kind); i++) candidates.push(mustProposePeriod(kind, y, i));
  }
  // Always found: the candidates reach into next year, whose periods all end after today.
  const running = candidates.find((p) => p.to >= today)!;
  if (sameMonth(running.to, today)) return running;
  const ended = candidates.filter((p) => p.to < today);
  const latestEnded = ended[ended.length - 1];
  if (latestEnded && today <= endOfFollowingMonth(latestEnded.to)) return latestEnded;
  return running;
}

function sameMonth(a: IsoDate, b: IsoDate): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}

function endOfFollowingMonth(iso: IsoDate): IsoDate {
  const { year, month } = requireIso(iso);
  const y = month === 12 ? year + 1 : year;
  const m = month === 12 ? 1 : month + 1;
  return `${y}-${String(m).padStart(2, '0')}-${daysInMonth(y, m)}`;
}
