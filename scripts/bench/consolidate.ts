/*
 * «Tổng hợp 200 đơn vị»: 200 generated unit workbooks (10–20 lĩnh vực each, half in the add-in's layout, half as a
 * one-stop export) merged the way `kstt merge` does — one file at a time, read, recognised, checked, added,
 * released — then II.06b, the appendix and the status sheet written to .xlsx. The merge runs in a child process
 * so its peak RSS is its own (generation is not counted). Budgets: < 10 s, peak RSS < 600 MB.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { peakRssLine, runInChild, verdict } from './child-process';
import { BENCH_FALLBACK_PERIOD, childMain, peakRssMb, RssSampler, type RssSamples } from './in-child';
import { viNumber, type BenchSection } from './types';

const UNITS = 200;
const TIME_BUDGET_S = 10;
const RSS_BUDGET_MB = 600;
const CHILD_FLAG = 'KSTT_BENCH_MERGE_DIR';

interface ChildReport extends RssSamples {
  seconds: number;
  peakRssMb: number;
  merged: number;
  files: number;
}

/** The measured part, in the child: exactly the CLI's per-file path. */
async function mergeInChild(dir: string): Promise<ChildReport> {
  const { createConsolidation, buildConsolidatedPlans } = await import('../../src/domain/consolidate');
  const { readUnitPath } = await import('../../src/cli/commands/merge');
  const { renderPlansToXlsx } = await import('../../src/xlsx/render-plan');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.xlsx'))
    .sort();
  let peak = process.memoryUsage().rss;
  const started = performance.now();
  const consolidation = createConsolidation({ defaultLevel: 'xa' });
  const rss = new RssSampler(files.length);
  for (const [i, file] of files.entries()) {
    consolidation.add(await readUnitPath(file, dir));
    peak = Math.max(peak, process.memoryUsage().rss);
    rss.after(i + 1);
  }
  const samples = rss.samples();
  const result = consolidation.result();
  const plans = buildConsolidatedPlans(result, {
    reportingUnit: 'UBND huyện Mẫu Sơn',
    fallbackPeriod: BENCH_FALLBACK_PERIOD,
  });
  writeFileSync(path.join(dir, '..', 'tong-hop.xlsx'), await renderPlansToXlsx(plans));
  const seconds = (performance.now() - started) / 1000;
  return {
    ...samples,
    seconds,
    peakRssMb: Math.max(peak / 1024 / 1024, peakRssMb()),
    merged: result.counts.merged,
    files: files.length,
  };
}

async function generate(dir: string): Promise<void> {
  const { randomCommune, unitWorkbook } = await import('../../test/fixtures/merge/units');
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < UNITS; i++) {
    const unit = randomCommune(1000 + i, `UBND xã Số ${i + 1}`);
    writeFileSync(path.join(dir, `don-vi-${String(i + 1).padStart(3, '0')}.xlsx`), await unitWorkbook(unit));
  }
}

export const consolidateSection: BenchSection = {
  title: `Tổng hợp ${UNITS} đơn vị (kstt merge)`,
  async run({ root, log }) {
    const work = path.join(tmpdir(), `kstt-bench-merge-${process.pid}`);
    const dir = path.join(work, 'don-vi');
    try {
      const genStart = performance.now();
      await generate(dir);
      log(
        `   Tạo ${UNITS} tệp đơn vị: ${viNumber((performance.now() - genStart) / 1000)} s (không tính vào thời gian tổng hợp)`,
      );
      const report = runInChild<ChildReport>(root, 'consolidate.ts', CHILD_FLAG, dir, log);
      if (!report) return { ok: false };
      const perSecond = report.files / report.seconds;
      const timeOk = report.seconds < TIME_BUDGET_S;
      const rss = peakRssLine(report.peakRssMb, RSS_BUDGET_MB);
      log(`   Tổng thời gian: ${viNumber(report.seconds, 2)} s (ngân sách < ${TIME_BUDGET_S} s) ${verdict(timeOk)}`);
      log(`   Tốc độ: ${viNumber(perSecond)} tệp/giây; đã tổng hợp ${report.merged}/${report.files} đơn vị`);
      log(rss.line);
      log(
        `   RSS sau ${UNITS / 4} tệp: ${viNumber(report.rssAtQuarterMb)} MB; sau ${UNITS} tệp: ${viNumber(report.rssAtEndMb)} MB ` +
          '(mỗi tệp được giải phóng sau khi lấy số liệu)',
      );
      return { ok: timeOk && rss.ok && report.merged === UNITS };
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};

childMain(CHILD_FLAG, mergeInChild);
