/* Section «Bundle»: what the task pane downloads before it can show anything — the script and style files
 * taskpane.html references plus the chunk of the view it opens on (`?view=`, from dist/chunk-groups.json), gzip
 * level 9 as a web server would send them — against the budget, for every view; then the on-demand chunks loaded
 * later (dist/chunks/*.js). office.js comes from Microsoft's CDN and is not ours. Builds dist/ first when it is
 * missing. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { VIEW_IDS, type ViewId } from '../../src/taskpane/views/view-ids';
import { viNumber, type BenchContext, type BenchSection, type SectionResult } from './types';

/**
 * First-load budget per view, KB gzip (1 KB = 1.024 bytes): issue 14. DESIGN.md: slow machines, React + Fluent
 * ≈ 151 KB already.
 */
export const FIRST_LOAD_BUDGET_KB = 180;

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

/** dist/chunk-groups.json (webpack.config.js): entry or named import → its script files. */
export function chunkGroups(dist: string): Record<string, string[]> {
  return JSON.parse(readFileSync(path.join(dist, 'chunk-groups.json'), 'utf8')) as Record<string, string[]>;
}

/** What a pane opened on `view` downloads before it shows the view: taskpane.html's files + the view's chunk(s). */
export function viewFirstLoadFiles(dist: string, view: ViewId): string[] {
  const entry = firstLoadFiles(readFileSync(path.join(dist, 'taskpane.html'), 'utf8'));
  const group = chunkGroups(dist)[`view-${view}`];
  if (!group) throw new Error(`dist/chunk-groups.json has no view-${view}: is the view in views/registry.tsx?`);
  return [...new Set([...entry, ...group])];
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
  const missing = files.filter((file) => !existsSync(path.join(dist, file)));
  if (files.length === 0 || missing.length > 0 || !existsSync(path.join(dist, 'chunk-groups.json'))) {
    context.log(`LỖI: taskpane.html không có tệp của add-in, thiếu ${missing.join(', ') || 'dist/chunk-groups.json'}`);
    return { ok: false };
  }
  context.log('Tải lần đầu (taskpane.html):');
  for (const file of files) context.log(`  ${file.padEnd(40)} ${viNumber(gzipKb(path.join(dist, file))).padStart(8)} KB gzip`);
  context.log(`Tải lần đầu theo chức năng mở ra (taskpane.html?view=…, + chunk của chức năng) / ngân sách ${FIRST_LOAD_BUDGET_KB} KB:`);
  let ok = true;
  for (const view of VIEW_IDS) {
    const viewFiles = viewFirstLoadFiles(dist, view);
    const total = viewFiles.reduce((sum, file) => sum + gzipKb(path.join(dist, file)), 0);
    const good = total <= FIRST_LOAD_BUDGET_KB;
    if (!good) ok = false;
    context.log(`  ${view.padEnd(12)} ${viNumber(total).padStart(8)} KB gzip — ${good ? 'ĐẠT' : 'VƯỢT'}`);
  }
  const chunkDir = path.join(dist, 'chunks');
  const chunks = existsSync(chunkDir) ? readdirSync(chunkDir).filter((name) => name.endsWith('.js')).sort() : [];
  context.log(`Tải khi cần (dist/chunks, ${chunks.length} tệp):`);
  for (const name of chunks) {
    context.log(`  chunks/${name.padEnd(33)} ${viNumber(gzipKb(path.join(chunkDir, name))).padStart(8)} KB gzip`);
  }
  return { ok };
}

export const bundleSection: BenchSection = { title: 'Bundle', run };
