/** Where tests write what a person may want to look at (screenshots, PDFs, .xlsx): `test-output/`, gitignored. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** `test-output/<segments…>`, created if missing. */
export function testOutputDir(...segments: string[]): string {
  const dir = path.join(REPO_ROOT, 'test-output', ...segments);
  mkdirSync(dir, { recursive: true });
  return dir;
}
