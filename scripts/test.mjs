// `npm test`: installs what is missing, then runs every stage and prints one summary.
// Stages: types, lint, unit + adapter + LibreOffice tests (jest), production build, manifest
// validation (source and built), browser end-to-end tests (Playwright + Debian's chromium).
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT, ensureNodeModules, ensureTestPackages, log, run } from './lib/setup.mjs';

const started = Date.now();
const outDir = path.join(ROOT, 'test-output');
mkdirSync(outDir, { recursive: true });

const stages = [];
function stage(name, fn) {
  const t0 = Date.now();
  log(`── ${name}`);
  let ok = false;
  try {
    ok = fn() === 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
  }
  stages.push({ name, ok, seconds: (Date.now() - t0) / 1000 });
}

/** Counts from a jest --json report, if it was written. */
function jestCounts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: report.numPassedTests, failed: report.numFailedTests + report.numRuntimeErrorTestSuites };
}

const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);
const unitReport = path.join(outDir, 'jest-unit.json');
const e2eReport = path.join(outDir, 'jest-e2e.json');
for (const stale of [unitReport, e2eReport]) rmSync(stale, { force: true });

stage('Cài đặt (npm ci, gói Debian)', () => {
  ensureNodeModules();
  ensureTestPackages();
  return 0;
});
stage('Kiểu TypeScript (tsc --noEmit)', () => run(bin('tsc'), ['--noEmit', '-p', '.']));
stage('Lint (eslint)', () => run(bin('eslint'), ['src', 'test', 'scripts']));
stage('Jest: đơn vị, adapter, LibreOffice', () =>
  run(bin('jest'), ['--ci', '--json', `--outputFile=${unitReport}`]),
);
stage('Build (webpack production)', () => run(bin('webpack'), ['--mode', 'production']));
stage('Manifest (nguồn và bản build)', () =>
  run(bin('tsx'), ['src/cli/validate-manifest.ts', 'manifest.xml']) ||
  run(bin('tsx'), ['src/cli/validate-manifest.ts', 'dist/manifest.xml']),
);
stage('Đầu cuối trong Chromium (Playwright)', () =>
  run(bin('jest'), ['--ci', '--config', 'test/e2e/jest.e2e.config.js', '--json', `--outputFile=${e2eReport}`]),
);

const unit = jestCounts(unitReport);
const e2e = jestCounts(e2eReport);
log('── Tổng kết');
for (const s of stages) log(`${s.ok ? 'ĐẠT  ' : 'LỖI  '} ${s.name} (${s.seconds.toFixed(1)} s)`);
const failedStages = stages.filter((s) => !s.ok).length;
log(`Thời gian: ${((Date.now() - started) / 1000).toFixed(0)} s; jest ${unit.passed + e2e.passed} kiểm thử đạt.`);
// The plain closing line CI reads: tests (jest) plus the non-jest stages, each counted once.
const nonJest = stages.filter((s) => !s.name.startsWith('Jest') && !s.name.startsWith('Đầu cuối'));
const passed = unit.passed + e2e.passed + nonJest.filter((s) => s.ok).length;
const jestStageFailures = stages
  .filter((s) => !nonJest.includes(s) && !s.ok)
  .filter((s) => (s.name.startsWith('Jest') ? unit.failed : e2e.failed) === 0).length;
const failed = unit.failed + e2e.failed + nonJest.filter((s) => !s.ok).length + jestStageFailures;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedStages === 0 ? 0 : 1);
