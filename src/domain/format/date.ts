/** Dates in report prose: «14/03/2026» or «14/3/2026», «ngày 14 tháng 3 năm 2026»; English «14 March 2026». */
import { requireIso } from '../period/calendar';
import type { IsoDate, Locale } from '../period/types';

const EN_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

export interface DateFormatOptions {
  locale?: Locale;
  /** Vietnamese only: «14/03/2026» (true, default — the form's «Từ ngày … đến ngày …») or «14/3/2026» (false). */
  padded?: boolean;
}

/** Throws RangeError when `iso` is not a real «yyyy-mm-dd» date. */
export function formatDate(iso: IsoDate, opts: DateFormatOptions = {}): string {
  const { year, month, day } = requireIso(iso);
  if (opts.locale === 'en') return `${day} ${EN_MONTHS[month - 1]} ${year}`;
  const pad = (n: number): string => ((opts.padded ?? true) ? String(n).padStart(2, '0') : String(n));
  return `${pad(day)}/${pad(month)}/${year}`;
}

/** formatDateVi('2026-03-14') = «14/03/2026»; formatDateVi('2026-03-14', false) = «14/3/2026». */
export function formatDateVi(iso: IsoDate, padded = true): string {
  return formatDate(iso, { locale: 'vi', padded });
}

/** The place-and-date line's form: «ngày 14 tháng 3 năm 2026» (vi) or «14 March 2026» (en). */
export function formatDateLong(iso: IsoDate, locale: Locale = 'vi'): string {
  const { year, month, day } = requireIso(iso);
  if (locale === 'en') return `${day} ${EN_MONTHS[month - 1]} ${year}`;
  // Nghị định 30/2020/NĐ-CP: days below 10 and months 1, 2 take a leading zero («ngày 05 tháng 02», «tháng 3»).
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}
