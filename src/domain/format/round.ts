import { checkDecimals, decimalParts, decimalToNumber, roundDecimal } from './decimal';

/**
 * Rounds half away from zero on the decimal value (Excel's ROUND): roundHalfUp(1.005, 2) = 1.01,
 * roundHalfUp(979 / 998 * 100, 2) = 98.1, roundHalfUp(-2.5, 0) = -3.
 */
export function roundHalfUp(x: number, decimals = 0): number {
  return decimalToNumber(roundDecimal(decimalParts(x), decimals, 'half-up'));
}

/** Drops digits toward zero (Excel's TRUNC): truncate(98.0961, 2) = 98.09, truncate(-1.239, 2) = -1.23. */
export function truncate(x: number, decimals = 0): number {
  return decimalToNumber(roundDecimal(decimalParts(x), decimals, 'truncate'));
}

/**
 * numerator / denominator as a percent rounded half-up to `decimals`, exact for whole numbers (integer arithmetic,
 * no float division): percentOf(979, 998) = 98.1, percentOf(1642, 1652) = 99.39. Null when the denominator is 0.
 */
export function percentOf(numerator: number, denominator: number, decimals = 2): number | null {
  checkDecimals(decimals);
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator)) return null;
  if (denominator === 0) return null;
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) {
    return roundHalfUp((numerator / denominator) * 100, decimals);
  }
  const negative = numerator < 0 !== denominator < 0 && numerator !== 0;
  const num = BigInt(Math.abs(numerator)) * 100n * 10n ** BigInt(decimals);
  const den = BigInt(Math.abs(denominator));
  // Half up: floor((2·num + den) / (2·den)).
  const scaled = (2n * num + den) / (2n * den);
  const text = scaled.toString().padStart(decimals + 1, '0');
  const value = Number(`${text.slice(0, text.length - decimals)}${decimals ? '.' + text.slice(-decimals) : ''}`);
  return negative ? -value : value;
}
