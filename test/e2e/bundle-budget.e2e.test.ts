/** First-load budget: the scripts taskpane.html loads from our own build, gzip-compressed, stay ≤ 350 KB. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, scriptSources } from './browser';

const BUDGET_BYTES = 350 * 1024;

test('taskpane.html first-load scripts ≤ 350 KB gzip', () => {
  const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  const ours = scriptSources(html).filter((src) => !/^https?:/.test(src));
  expect(ours.length).toBeGreaterThan(0);
  const gzipBytes = ours.reduce(
    (sum, src) => sum + gzipSync(readFileSync(path.join(DIST, src)), { level: 9 }).length,
    0,
  );
  console.log(`taskpane first load: ${ours.join(', ')} = ${(gzipBytes / 1024).toFixed(1)} KB gzip`);
  expect(gzipBytes).toBeLessThanOrEqual(BUDGET_BYTES);
});
