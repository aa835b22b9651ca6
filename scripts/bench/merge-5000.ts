/*
 * «Tổng hợp 5.000 đơn vị một cấp» (issue 16): a province's 5.000 communes, each a plain-grid II.06a read by the real
 * recogniser and checker and added one at a time (no unzipping: the per-file cost of reading .xlsx is the
 * 200-unit section's), then II.06b, the 5.000-row appendix and the status sheet planned and written to .xlsx.
 * Runs in a child process so its peak RSS is its own. Budgets: < 60 s, peak RSS < 600 MB.
 * test/recalc/merge-5000.test.ts proves the totals with LibreOffice.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { peakRssLine, runInChild, verdict } from './child-process';
import { BENCH_FALLBACK_PERIOD, childMain, peakRssMb, RssSampler, type RssSamples } from './in-child';
import { viNumber, type BenchSection } from './types';

const UNITS = 5000;
const TIME_BUDGET_S = 60;
const RSS_BUDGET_MB = 600;
const CHILD_FLAG = 'KSTT_BENCH_MERGE_5000_OUT';

interface ChildReport extends RssSamples {
  mergeS: number;
  plansS: number;
  xlsxS: number;
  bytes: number;
  merged: number;
  appendixRows: number;
  peakRssMb: number;
}

async function mergeInChild(out: string): Promise<ChildReport> {
  const { buildConsolidatedPlans } = await import('../../src/domain/consolidate');
  const { renderPlansToXlsx } = await import('../../src/xlsx/render-plan');
  const { mergeProvince } = await import('../../test/fixtures/merge/many-units');
  let seen = 0;
  const rss = new RssSampler(UNITS);
  let t = performance.now();
  const result = mergeProvince(UNITS, () => rss.after(++seen));
  const samples = rss.samples();
  const mergeS = (performance.now() - t) / 1000;
  t = performance.now();
  const plans = buildConsolidatedPlans(result, {
    reportingUnit: 'UBND tỉnh Mẫu Sơn',
    level: 'tinh',
    fallbackPeriod: BENCH_FALLBACK_PERIOD,
  });
  const plansS = (performance.now() - t) / 1000;
  t = performance.now();
  const bytes = await renderPlansToXlsx(plans);
  writeFileSync(out, bytes);
  const xlsxS = (performance.now() - t) / 1000;
  return {
    mergeS,
    plansS,
    xlsxS,
    bytes: bytes.length,
    merged: result.counts.merged,
    appendixRows: result.units.length,
    ...samples,
    peakRssMb: peakRssMb(),
  };
}

export const merge5000Section: BenchSection = {
  title: `Tổng hợp ${viNumber(UNITS, 0)} đơn vị cùng một cấp (II.06b, phụ lục ${viNumber(UNITS, 0)} dòng)`,
  async run({ root, log }) {
    const work = mkdtempSync(path.join(tmpdir(), 'kstt-bench-5000-'));
    try {
      const r = runInChild<ChildReport>(root, 'merge-5000.ts', CHILD_FLAG, path.join(work, 'tong-hop.xlsx'), log);
      if (!r) return { ok: false };
      const total = r.mergeS + r.plansS + r.xlsxS;
      const timeOk = total < TIME_BUDGET_S;
      const rss = peakRssLine(r.peakRssMb, RSS_BUDGET_MB);
      log(
        `   Đọc, kiểm tra, cộng ${viNumber(UNITS, 0)} đơn vị: ${viNumber(r.mergeS, 2)} s; lập biểu: ${viNumber(r.plansS, 2)} s; ` +
          `ghi .xlsx (${viNumber(r.bytes / 1024 / 1024)} MB): ${viNumber(r.xlsxS, 2)} s`,
      );
      log(`   Tổng thời gian: ${viNumber(total, 2)} s (ngân sách < ${TIME_BUDGET_S} s) ${verdict(timeOk)}; đã tổng hợp ${viNumber(r.merged, 0)}/${viNumber(UNITS, 0)} đơn vị, phụ lục ${viNumber(r.appendixRows, 0)} dòng`);
      log(rss.line);
      log(`   RSS sau ${viNumber(UNITS / 4, 0)} đơn vị: ${viNumber(r.rssAtQuarterMb)} MB; sau ${viNumber(UNITS, 0)}: ${viNumber(r.rssAtEndMb)} MB`);
      return { ok: timeOk && rss.ok && r.merged === UNITS && r.appendixRows === UNITS };
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};

childMain(CHILD_FLAG, mergeInChild);
