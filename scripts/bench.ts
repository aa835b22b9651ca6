/* `npm run bench`: measured figures, one section after another. A new section is a file in scripts/bench/ that
 * exports a BenchSection, added to SECTIONS below. Exits 1 when a section misses its budget. */
import path from 'node:path';
import type { BenchSection } from './bench/types';
import { bundleSection } from './bench/bundle';
import { consolidateSection } from './bench/consolidate';
import { checksSection } from './bench/checks';
import { paneSection } from './bench/pane';
import { intakeSection } from './bench/intake';
import { merge5000Section } from './bench/merge-5000';

/** By name, for `npm run bench -- pane bundle` (only those sections); the name is the file's in scripts/bench/. */
const SECTIONS: Record<string, BenchSection> = {
  bundle: bundleSection,
  checks: checksSection,
  consolidate: consolidateSection,
  intake: intakeSection,
  'merge-5000': merge5000Section,
  pane: paneSection,
};

async function main(): Promise<number> {
  const root = path.resolve(__dirname, '..');
  const context = { root, log: (line: string) => console.log(line) };
  const failed: string[] = [];
  const chosen = process.argv.slice(2);
  const unknown = chosen.filter((name) => !(name in SECTIONS));
  if (unknown.length > 0) throw new Error(`Không có mục bench: ${unknown.join(', ')} (có: ${Object.keys(SECTIONS).join(', ')})`);
  for (const [, section] of Object.entries(SECTIONS).filter(([name]) => chosen.length === 0 || chosen.includes(name))) {
    console.log(`── ${section.title}`);
    const started = Date.now();
    const result = await section.run(context).catch((thrown: unknown) => {
      console.log(`LỖI: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
      return { ok: false };
    });
    console.log(`   (${((Date.now() - started) / 1000).toFixed(1).replace('.', ',')} s)`);
    if (!result.ok) failed.push(section.title);
  }
  console.log(failed.length === 0 ? 'Bench: mọi mục đạt.' : `Bench: không đạt — ${failed.join(', ')}.`);
  return failed.length === 0 ? 0 : 1;
}

main().then((code) => {
  process.exitCode = code;
});
