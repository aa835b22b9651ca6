/**
 * Numbers as Vietnamese administrative prose writes them: 1.652 hồ sơ; 99,39%; 01 hồ sơ. English variants use
 * «1,652» and «99.39%». Every formatter throws RangeError for NaN or ±Infinity: a missing figure must be handled by
 * the caller, never printed as «NaN» in an official report.
 */
// Locale is the period module's union, imported rather than re-declared so the two barrels never clash.
import type { Locale } from '../period/types';
import { percentOf } from './round';
import { decimalParts, roundDecimal, shiftDecimal, splitDecimal, type DecimalParts } from './decimal';

export interface LocaleOptions {
  locale?: Locale;
}

export interface DecimalOptions extends LocaleOptions {
  /** «62,50» → «62,5», «100,00» → «100» (the sample reports write «62,5%», «100%»). Default false. */
  trimTrailingZeros?: boolean;
}

export interface PercentOptions extends DecimalOptions {
  /** 'ratio' (default): 0.9939 → 99,39%. 'percent': 99.39 → 99,39%. */
  input?: 'ratio' | 'percent';
}

const SEPARATORS: Record<Locale, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

function groupThousands(intDigits: string, separator: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Writes decimal parts with the locale's separators, grouping the integer part. */
function writeDecimal(d: DecimalParts, locale: Locale, trimTrailingZeros: boolean): string {
  const { negative, intDigits, fracDigits } = splitDecimal(d);
  const { group, decimal } = SEPARATORS[locale];
  const frac = trimTrailingZeros ? fracDigits.replace(/0+$/, '') : fracDigits;
  return `${negative ? '-' : ''}${groupThousands(intDigits, group)}${frac ? decimal + frac : ''}`;
}

/**
 * A count: formatCount(1652) = «1.652». A non-integer is written in full rather than rounded («1,652»), so a count
 * that became a decimal stays visible.
 */
export function formatCount(n: number, opts: LocaleOptions = {}): string {
  return writeDecimal(decimalParts(n), opts.locale ?? 'vi', true);
}

/** Counts 1–9 with a leading zero as administrative prose writes them («01 hồ sơ», «03 lần»); otherwise formatCount. */
export function formatCountPadded(n: number, opts: LocaleOptions = {}): string {
  return Number.isInteger(n) && n >= 1 && n <= 9 ? `0${n}` : formatCount(n, opts);
}

/** formatDecimal(1652.5, 2) = «1.652,50»; rounded half up on the decimal value (see roundHalfUp). */
export function formatDecimal(x: number, decimals: number, opts: DecimalOptions = {}): string {
  const rounded = roundDecimal(decimalParts(x), decimals, 'half-up');
  return writeDecimal(rounded, opts.locale ?? 'vi', opts.trimTrailingZeros ?? false);
}

/**
 * formatPercent(1642 / 1652) = «99,39%»; formatPercent(12.5, 1, { input: 'percent' }) = «12,5%».
 * The ratio is scaled by 100 on its decimal digits, so 0.12345 gives «12,35%» (float × 100 would give 12,34).
 * For a rate computed from whole counts prefer formatRate, which is exact.
 */
export function formatPercent(value: number, decimals = 2, opts: PercentOptions = {}): string {
  const percent = opts.input === 'percent' ? decimalParts(value) : shiftDecimal(decimalParts(value), 2);
  const rounded = roundDecimal(percent, decimals, 'half-up');
  return `${writeDecimal(rounded, opts.locale ?? 'vi', opts.trimTrailingZeros ?? false)}%`;
}

/** «1.642/1.652» — how reports name the fraction behind a rate. */
export function formatFraction(numerator: number, denominator: number, opts: LocaleOptions = {}): string {
  return `${formatCount(numerator, opts)}/${formatCount(denominator, opts)}`;
}

/**
 * The rate numerator/denominator as a percent, exact for whole counts: formatRate(979, 998) = «98,10%»,
 * formatRate(1642, 1652) = «99,39%». Null when the denominator is 0 (the rate does not exist; say so in words).
 */
export function formatRate(
  numerator: number,
  denominator: number,
  decimals = 2,
  opts: DecimalOptions = {},
): string | null {
  const percent = percentOf(numerator, denominator, decimals);
  return percent === null ? null : formatPercent(percent, decimals, { ...opts, input: 'percent' });
}
