/**
 * The arithmetic the indicator sheet's formulas do, in TypeScript: the checker, the narrative and the tests use
 * it to know what the sheet must show.
 */

/** Rate as a fraction, or null when the denominator is 0 or missing (the sheet shows an empty cell). */
export function indicatorRate(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return numerator / denominator;
}

/** «Đạt» when rate ≥ target (target in percent points); null when either is missing. */
export function indicatorVerdict(
  rate: number | null,
  targetPercent: number | null,
): 'Đạt' | 'Chưa đạt' | null {
  if (rate === null || targetPercent === null) return null;
  return rate >= targetPercent / 100 ? 'Đạt' : 'Chưa đạt';
}

/**
 * Quyết định 766 component score: full points at or above the threshold, rate × max / threshold below it.
 * Rate and threshold in percent points.
 */
export function componentScore(ratePercent: number, thresholdPercent: number, maxPoints: number): number {
  if (thresholdPercent <= 0) throw new Error('Ngưỡng phải lớn hơn 0.');
  if (ratePercent >= thresholdPercent) return maxPoints;
  return (Math.max(0, ratePercent) * maxPoints) / thresholdPercent;
}

export interface RatingBand {
  name: string;
  /** Minimum total for the band; null = not entered (ignored). */
  minPoints: number | null;
}

/** The band with the largest minimum not above `total`, or null (no band entered, or total below all). */
export function ratingFor(total: number, bands: readonly RatingBand[]): string | null {
  let best: RatingBand | null = null;
  for (const band of bands) {
    if (band.minPoints === null || band.minPoints > total) continue;
    if (!best || band.minPoints > best.minPoints!) best = band;
  }
  return best ? best.name : null;
}
