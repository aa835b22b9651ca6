/**
 * Exact decimal rounding for display and for checking stated rates.
 *
 * `Math.round(x * 100) / 100` and `toFixed` round the *binary* value: 1.005 is stored as 1.00499999…, so both give
 * 1.00, and 0.12345 * 100 is 12.344999…. Officials compare against the decimal they see, so we round the shortest
 * decimal that reads back as the same double (what `String(x)` prints) and shift decimal points as text.
 */

/** A finite number as sign, digit string and scale: value = digits × 10^(−scale), scale ≥ 0. */
export interface DecimalParts {
  negative: boolean;
  digits: string;
  scale: number;
}

export function decimalParts(x: number): DecimalParts {
  if (!Number.isFinite(x)) throw new RangeError(`Not a finite number: ${x}`);
  const text = String(Math.abs(x)); // shortest round-trip form: «98.09619238476954», «1e-7», «1.5e+21»
  const [mantissa = '0', exponentText = '0'] = text.split('e');
  const [intPart = '0', fracPart = ''] = mantissa.split('.');
  let digits = (intPart + fracPart).replace(/^0+(?=\d)/, '');
  let scale = fracPart.length - Number(exponentText);
  if (scale < 0) {
    digits += '0'.repeat(-scale);
    scale = 0;
  }
  return { negative: x < 0, digits, scale };
}

/** value × 10^places, done on the digits (places may be negative). */
export function shiftDecimal(d: DecimalParts, places: number): DecimalParts {
  let { digits, scale } = d;
  scale -= places;
  if (scale < 0) {
    digits += '0'.repeat(-scale);
    scale = 0;
  }
  return { negative: d.negative, digits, scale };
}

export type RoundingMode = 'half-up' | 'truncate';

/**
 * Rounds to `decimals` places. 'half-up' rounds a 5 away from zero, like Excel's ROUND (−2,5 → −3);
 * 'truncate' drops digits toward zero, like Excel's TRUNC.
 */
export function roundDecimal(d: DecimalParts, decimals: number, mode: RoundingMode): DecimalParts {
  checkDecimals(decimals);
  if (d.scale <= decimals) {
    return { negative: d.negative, digits: d.digits + '0'.repeat(decimals - d.scale), scale: decimals };
  }
  const cut = d.scale - decimals;
  const padded = d.digits.padStart(cut + 1, '0');
  const kept = padded.slice(0, padded.length - cut);
  const firstDropped = padded[padded.length - cut]!;
  const roundUp = mode === 'half-up' && firstDropped >= '5';
  const digits = roundUp ? (BigInt(kept) + 1n).toString() : kept.replace(/^0+(?=\d)/, '');
  return { negative: d.negative, digits, scale: decimals };
}

export function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`decimals must be an integer from 0 to 20, got ${decimals}`);
  }
}

/** Integer and fraction digit strings («1652», «50»), without sign; a rounded zero loses its sign. */
export function splitDecimal(d: DecimalParts): { negative: boolean; intDigits: string; fracDigits: string } {
  const padded = d.digits.padStart(d.scale + 1, '0');
  const intDigits = padded.slice(0, padded.length - d.scale).replace(/^0+(?=\d)/, '');
  const fracDigits = padded.slice(padded.length - d.scale);
  const isZero = /^0*$/.test(intDigits + fracDigits);
  return { negative: d.negative && !isZero, intDigits, fracDigits };
}

export function decimalToNumber(d: DecimalParts): number {
  const { negative, intDigits, fracDigits } = splitDecimal(d);
  return Number(`${negative ? '-' : ''}${intDigits}${fracDigits ? '.' + fracDigits : ''}`);
}
