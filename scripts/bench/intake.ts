/*
 * «Tiếp nhận 1.000 tệp»: the issue-10 intake (test/fixtures/merge/thousand.ts: 920 communes incl. 20 .xls and 20
 * .ods, 50 copies, 30 unreadable), merged exactly as `kstt merge` does — guard, loader, recogniser, checker, one
 * file at a time — then II.06b, the appendix and the status sheet written. Then, in the same child process, a floor
 * only opens the same files and reads their cells (exceljs for .xlsx, SheetJS for .xls/.ods, no guard, no
 * recognition); the ratio merge / floor says what our own work costs on top of parsing. Budgets on the 2-core
 * machine: < 15 s, peak RSS < 400 MB, ratio ≤ 2. The fixture folder is built once and cached in test-output/.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { peakRssLine, runInChild, verdict } from './child-process';
import { BENCH_FALLBACK_PERIOD, childMain, peakRssMb } from './in-child';
import { viNumber, type BenchSection } from './types';

const TIME_BUDGET_S = 15;
const RSS_BUDGET_MB = 400;
const RATIO_BUDGET = 2;
const CHILD_FLAG = 'KSTT_BENCH_INTAKE_DIR';

interface ChildReport {
  files: number;
  merged: number;
  mergeSeconds: number;
  floorSeconds: number;
  peakRssMb: number;
}

/** Opens a file and touches every cell, nothing else: the cost any reader of these files must pay. */
async function readCellsOnly(bytes: Uint8Array, name: string): Promise<number> {
  let cells = 0;
  try {
    if (/\.(xls|ods)$/.test(name)) {
      const XLSX = await import('@e965/xlsx');
      const wb = XLSX.read(bytes, { type: 'array', dense: true });
      for (const n of wb.SheetNames) for (const row of (wb.Sheets[n] as { '!data'?: unknown[][] })['!data'] ?? []) cells += row?.length ?? 0;
    } else {
      const ExcelJS = (await import('exceljs')).default;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as never);
      wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell(() => void cells++)));
    }
  } catch {
    /* unreadable files cost what they cost until the parser gives up */
  }
  return cells;
}

async function inChild(dir: string): Promise<ChildReport> {
  const { createConsolidation, buildConsolidatedPlans } = await import('../../src/domain/consolidate');
  const { readUnitPath } = await import('../../src/cli/commands/merge');
  const { renderPlansToXlsx } = await import('../../src/xlsx/render-plan');
  const files = readdirSync(dir).sort();
  // Warm both paths on a few files so neither pays the JIT alone.
  for (const f of files.slice(0, 20)) {
    await readCellsOnly(new Uint8Array(readFileSync(path.join(dir, f))), f);
    await readUnitPath(f, dir);
  }

  // The merge first, so the process's peak RSS read right after it is the merge's own.
  let started = performance.now();
  const consolidation = createConsolidation({ defaultLevel: 'xa' });
  for (const f of files) consolidation.add(await readUnitPath(f, dir));
  const result = consolidation.result();
  const plans = buildConsolidatedPlans(result, {
    reportingUnit: 'UBND huyện Mẫu Sơn',
    fallbackPeriod: BENCH_FALLBACK_PERIOD,
  });
  writeFileSync(path.join(tmpdir(), `kstt-bench-intake-${process.pid}.xlsx`), await renderPlansToXlsx(plans));
  const mergeSeconds = (performance.now() - started) / 1000;
  const mergePeakRssMb = peakRssMb();

  started = performance.now();
  for (const f of files) await readCellsOnly(new Uint8Array(readFileSync(path.join(dir, f))), f);
  const floorSeconds = (performance.now() - started) / 1000;
  return { files: files.length, merged: result.counts.merged, mergeSeconds, floorSeconds, peakRssMb: mergePeakRssMb };
}

export const intakeSection: BenchSection = {
  title: 'Tiếp nhận 1.000 tệp đơn vị (kstt merge: .xlsx, .xls, .ods, trùng, hỏng)',
  async run({ root, log }) {
    const { thousandUnits } = await import('../../test/fixtures/merge/thousand');
    const { convertXlsxMany } = await import('../../test/helpers/libreoffice');
    const { testOutputDir } = await import('../../test/helpers/paths');
    const dir = path.join(testOutputDir('thousand'), 'don-vi');
    const genStart = performance.now();
    const expected = await thousandUnits(dir, convertXlsxMany);
    log(`   Bộ tệp (tạo một lần, lưu trong test-output/thousand): ${viNumber((performance.now() - genStart) / 1000)} s`);
    const r = runInChild<ChildReport>(root, 'intake.ts', CHILD_FLAG, dir, log);
    if (!r) return { ok: false };
    const ratio = r.mergeSeconds / r.floorSeconds;
    const timeOk = r.mergeSeconds < TIME_BUDGET_S;
    const rss = peakRssLine(r.peakRssMb, RSS_BUDGET_MB);
    const ratioOk = ratio <= RATIO_BUDGET;
    const load = (await import('node:os')).loadavg()[0];
    log(`   Tổng hợp: ${viNumber(r.mergeSeconds, 2)} s (ngân sách < ${TIME_BUDGET_S} s) ${verdict(timeOk)}; ${viNumber(r.files / r.mergeSeconds)} tệp/giây`);
    log(`   Đã tổng hợp ${r.merged}/${r.files} (đúng phải là ${expected.merged})`);
    log(rss.line);
    log(
      `   Sàn (chỉ mở tệp và đọc ô, cùng tiến trình): ${viNumber(r.floorSeconds, 2)} s; tỉ lệ ${viNumber(ratio, 2)} ` +
        `(ngân sách ≤ ${RATIO_BUDGET}) ${verdict(ratioOk)}; tải máy lúc đo: ${viNumber(load, 1)}`,
    );
    return { ok: timeOk && rss.ok && ratioOk && r.merged === expected.merged };
  },
};

childMain(CHILD_FLAG, inChild);
