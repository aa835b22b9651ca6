/*
 * The measured part of a section runs in a child process (`tsx` on the section's own file), so its time and peak
 * RSS are its own and not the generator's or the previous section's. The parent passes one value through an
 * environment variable and reads back a JSON report from the child's stdout.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { viNumber } from './types';

/** The report period merged workbooks fall back to when a unit states none. */
export const BENCH_FALLBACK_PERIOD = { label: 'Quý I năm 2026', from: '15/12/2025', to: '14/03/2026' };

/** Runs `scripts/bench/<script>` with `flag=value` and returns its JSON report, or null (said in the log). */
export function runInChild<Report>(
  root: string,
  script: string,
  flag: string,
  value: string,
  log: (line: string) => void,
): Report | null {
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  const child = spawnSync(tsx, [path.join(root, 'scripts', 'bench', script)], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, [flag]: value },
  });
  if (child.status !== 0) {
    log(`   LỖI: tiến trình tổng hợp thoát mã ${child.status}: ${child.stderr.trim().slice(0, 500)}`);
    return null;
  }
  return JSON.parse(child.stdout) as Report;
}

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

/** «đạt» or «KHÔNG ĐẠT». */
export function verdict(ok: boolean): string {
  return ok ? 'đạt' : 'KHÔNG ĐẠT';
}

/** The peak-RSS line every merge section prints, and whether it is within `budgetMb`. */
export function peakRssLine(peakMb: number, budgetMb: number): { ok: boolean; line: string } {
  const ok = peakMb < budgetMb;
  return { ok, line: `   RSS cao nhất: ${viNumber(peakMb)} MB (ngân sách < ${budgetMb} MB) ${verdict(ok)}` };
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
