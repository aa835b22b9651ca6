/* Section «Bundle»: what the task pane downloads before it can show anything (the script and style files
 * taskpane.html references, gzip level 9 as a web server would send them) against the budget, then the
 * on-demand chunks loaded later (dist/chunks/*.js). Builds dist/ first when it is missing. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { viNumber, type BenchContext, type BenchSection, type SectionResult } from './types';

/** First-load budget, KB gzip (1 KB = 1.024 bytes). DESIGN.md: slow machines, React + Fluent ≈ 151 KB already. */
export const FIRST_LOAD_BUDGET_KB = 350;

export function gzipKb(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}

/** An attribute of one tag; html-webpack-plugin minifies to unquoted values (`src=taskpane.1a2b.js`). */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** Our own files referenced by script src / stylesheet href; absolute URLs (the Office CDN) are not ours. */
export function firstLoadFiles(html: string): string[] {
  const refs: string[] = [];
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag);
    const ref = isScript ? attribute(tag, 'src') : attribute(tag, 'rel')?.toLowerCase() === 'stylesheet' ? attribute(tag, 'href') : undefined;
    if (ref) refs.push(ref);
  }
  return refs.filter((ref) => !/^(https?:)?\/\//i.test(ref)).map((ref) => ref.split(/[?#]/)[0]);
}

export function ensureBuild(context: BenchContext): boolean {
  if (existsSync(path.join(context.root, 'dist', 'taskpane.html'))) return true;
  context.log('dist/ chưa có: đang build (webpack --mode production)…');
  const webpack = path.join(context.root, 'node_modules', '.bin', 'webpack');
  const result = spawnSync(webpack, ['--mode', 'production'], { cwd: context.root, stdio: 'inherit' });
  return result.status === 0 && existsSync(path.join(context.root, 'dist', 'taskpane.html'));
}

async function run(context: BenchContext): Promise<SectionResult> {
  if (!ensureBuild(context)) {
    context.log('LỖI: không build được dist/taskpane.html — không đo được kích thước.');
    return { ok: false };
  }
  const dist = path.join(context.root, 'dist');
  const files = firstLoadFiles(readFileSync(path.join(dist, 'taskpane.html'), 'utf8'));
  let total = 0;
  context.log('Tải lần đầu (taskpane.html):');
  for (const file of files) {
    const full = path.join(dist, file);
    if (!existsSync(full)) {
      context.log(`  LỖI: ${file} được tham chiếu nhưng không có trong dist/`);
      return { ok: false };
    }
    const kb = gzipKb(full);
    total += kb;
    context.log(`  ${file.padEnd(40)} ${viNumber(kb).padStart(8)} KB gzip`);
  }
  const ok = files.length > 0 && total <= FIRST_LOAD_BUDGET_KB;
  context.log(
    `  Tổng: ${viNumber(total)} KB gzip / ngân sách ${FIRST_LOAD_BUDGET_KB} KB — ${ok ? 'ĐẠT' : 'VƯỢT'}` +
      (files.length === 0 ? ' (không tìm thấy thẻ script của add-in)' : ''),
  );
  const chunkDir = path.join(dist, 'chunks');
  const chunks = existsSync(chunkDir) ? readdirSync(chunkDir).filter((name) => name.endsWith('.js')).sort() : [];
  context.log(`Tải khi cần (dist/chunks, ${chunks.length} tệp):`);
  for (const name of chunks) {
    context.log(`  chunks/${name.padEnd(33)} ${viNumber(gzipKb(path.join(chunkDir, name))).padStart(8)} KB gzip`);
  }
  return { ok };
}

export const bundleSection: BenchSection = { title: 'Bundle', run };
