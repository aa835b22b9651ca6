/**
 * First-load budget (issue 14): for every view the pane can open on (`?view=`), the scripts it downloads before
 * the view shows — taskpane.html's own files plus the view's chunk (dist/chunk-groups.json) — stay ≤ 180 KB gzip.
 * office.js is Microsoft's (CDN) and not counted. The same figures print with `npm run bench` (section Bundle).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { FIRST_LOAD_BUDGET_KB, chunkGroups, viewFirstLoadFiles } from '../../scripts/bench/bundle';
import { VIEW_IDS } from '../../src/taskpane/views/view-ids';
import { DIST, scriptSources } from './browser';

const gzipBytes = (file: string) => gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length;

test('each view’s first load (taskpane.html + the view chunk) ≤ 180 KB gzip', () => {
  expect(FIRST_LOAD_BUDGET_KB).toBe(180);
  const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  const entry = scriptSources(html).filter((src) => !/^https?:/.test(src));
  expect(entry.length).toBeGreaterThan(0);
  for (const view of VIEW_IDS) {
    const files = viewFirstLoadFiles(DIST, view);
    // The view's chunk is really separate from the entry: the split the budget relies on.
    expect(files.length).toBeGreaterThan(entry.length);
    const bytes = files.reduce((sum, file) => sum + gzipBytes(file), 0);
    console.log(`first load ?view=${view}: ${files.join(', ')} = ${(bytes / 1024).toFixed(1)} KB gzip`);
    expect(bytes).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_KB * 1024);
  }
});

test('no view is bundled into the entry: the other views’ chunks are separate files', () => {
  const groups = chunkGroups(DIST);
  const entryFiles = new Set(groups.taskpane);
  for (const view of VIEW_IDS) {
    const files = groups[`view-${view}`];
    expect(files?.length).toBeGreaterThan(0);
    for (const file of files) expect(entryFiles.has(file)).toBe(false);
  }
});
