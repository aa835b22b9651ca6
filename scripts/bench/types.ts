import { cpus, loadavg } from 'node:os';

/** One section of `npm run bench`: prints its own figures and says whether its budgets hold. */
export interface BenchSection {
  /** Vietnamese heading, e.g. «Bundle». */
  title: string;
  run(context: BenchContext): Promise<SectionResult>;
}

export interface BenchContext {
  /** Repository root. */
  root: string;
  log(line: string): void;
}

export interface SectionResult {
  /** False when a budget is exceeded or the measurement could not be made. */
  ok: boolean;
}

/**
 * «tải máy (load average 1 phút): 1,38 trên 2 lõi»: wall times depend on what else the machine runs, and a section
 * that measures them prints how busy it was.
 */
export function machineLoadLine(): string {
  return `tải máy (load average 1 phút): ${viNumber(loadavg()[0], 2)} trên ${cpus().length} lõi`;
}

/** Vietnamese number format for figures: 1.652 / 151,2. */
export function viNumber(value: number, fractionDigits = 1): string {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: fractionDigits, minimumFractionDigits: fractionDigits }).format(value);
}
