/**
 * Rates: a stated rate is right when it equals numerator / denominator rounded (half up) to the decimals it
 * shows; a value cut off instead of rounded (979/998 printed 98,09%, is 98,10%) is a warning, anything else
 * an error.
 */
import { percentOf, roundHalfUp, truncate } from '../format';
import type { ReadValue } from '../read/types';

export type RateVerdict =
  | { kind: 'ok' }
  | { kind: 'skip' }
  | { kind: 'truncated' | 'wrong'; statedPercent: number; expectedPercent: number; decimals: number };

/** Digits after the decimal point of a float as people typed it (98.09 → 2). */
function decimalsOf(x: number): number {
  const s = String(Number(x.toPrecision(12)));
  const e = /e-(\d+)$/.exec(s);
  if (e) return Number(e[1]);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

function formatDecimals(numberFormat: string): number {
  const m = /\.(0+)/.exec(numberFormat);
  return m ? m[1].length : 0;
}

export function judgeRate(cell: ReadValue | undefined, numerator: number, denominator: number): RateVerdict {
  if (!cell || cell.value === null || cell.kind === 'blank' || denominator === 0) return { kind: 'skip' };
  const exact = (numerator / denominator) * 100;
  let stated: number;
  let decimals: number;
  if (cell.kind === 'text-number') {
    const text = String(cell.raw);
    decimals = /,(\d+)/.exec(text)?.[1].length ?? 0;
    stated = cell.isPercent || Math.abs(cell.value - exact) <= Math.abs(cell.value * 100 - exact) ? cell.value : cell.value * 100;
    if (!cell.isPercent && stated !== cell.value) decimals = Math.max(0, decimals - 2);
  } else if (cell.numberFormat?.includes('%')) {
    if (Math.abs(cell.value * 100 - exact) < 1e-7) return { kind: 'ok' }; // an unrounded formula result
    decimals = formatDecimals(cell.numberFormat);
    // The display rounds the stored value: judge what the official sees.
    stated = roundHalfUp(cell.value * 100, decimals);
  } else {
    const asRatio = Math.abs(cell.value * 100 - exact) < Math.abs(cell.value - exact);
    if (asRatio && Math.abs(cell.value * 100 - exact) < 1e-7) return { kind: 'ok' };
    stated = asRatio ? cell.value * 100 : cell.value;
    decimals = Math.max(0, decimalsOf(cell.value) - (asRatio ? 2 : 0));
  }
  decimals = Math.min(decimals, 6);
  const rounded = percentOf(numerator, denominator, decimals);
  if (rounded === null) return { kind: 'skip' };
  const close = (a: number, b: number) => Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(b));
  if (close(stated, rounded)) return { kind: 'ok' };
  if (close(stated, truncate(exact, decimals))) return { kind: 'truncated', statedPercent: stated, expectedPercent: rounded, decimals };
  return { kind: 'wrong', statedPercent: stated, expectedPercent: rounded, decimals };
}
