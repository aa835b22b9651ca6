/*
 * The parent's side of a measured child process. The measured part of a section runs in a child process (`tsx` on
 * the section's own file), so its time and peak RSS are its own and not the generator's or the previous section's.
 * The parent passes one value through an environment variable and reads back a JSON report from the child's stdout
 * (the child's side: in-child.ts).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { viNumber } from './types';

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

/** «đạt» or «KHÔNG ĐẠT». */
export function verdict(ok: boolean): string {
  return ok ? 'đạt' : 'KHÔNG ĐẠT';
}

/** The peak-RSS line every merge section prints, and whether it is within `budgetMb`. */
export function peakRssLine(peakMb: number, budgetMb: number): { ok: boolean; line: string } {
  const ok = peakMb < budgetMb;
  return { ok, line: `   RSS cao nhất: ${viNumber(peakMb)} MB (ngân sách < ${budgetMb} MB) ${verdict(ok)}` };
}
