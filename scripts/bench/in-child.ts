/* The child's side of a measured child process (the parent's: child-process.ts): its entry and its measurements. */

/** The report period merged workbooks fall back to when a unit states none. */
export const BENCH_FALLBACK_PERIOD = { label: 'Quý I năm 2026', from: '15/12/2025', to: '14/03/2026' };

/** In the child (when `flag` is set): runs `measure` on the flag's value and prints its report as JSON. */
export function childMain(flag: string, measure: (value: string) => Promise<unknown>): void {
  const value = process.env[flag];
  if (!value) return;
  measure(value)
    .then((report) => process.stdout.write(JSON.stringify(report)))
    .catch((error: unknown) => {
      process.stderr.write(String(error instanceof Error ? error.stack : error));
      process.exitCode = 1;
    });
}

/** The process's peak RSS so far, in MB (maxRSS is in KB and catches peaks between samples). */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** RSS after a quarter of a run's items and after all of them: bounded memory means these stay close. */
export interface RssSamples {
  rssAtQuarterMb: number;
  rssAtEndMb: number;
}

/** Samples RSS as a run of `total` items proceeds; call `after(n)` once the n-th item (from 1) is done. */
export class RssSampler {
  private atQuarter = 0;
  constructor(private readonly total: number) {}
  after(done: number): void {
    if (done === Math.ceil(this.total / 4)) this.atQuarter = process.memoryUsage().rss;
  }
  /** The samples, the end one taken now. */
  samples(): RssSamples {
    const mb = (bytes: number) => bytes / 1024 / 1024;
    return { rssAtQuarterMb: mb(this.atQuarter), rssAtEndMb: mb(process.memoryUsage().rss) };
  }
}
