// `npm run test:e2e`: builds dist/ if it is missing, then runs the browser tests (test/e2e) under their own jest
// config. Extra arguments go to jest (e.g. `node scripts/e2e.mjs -t "English"`).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT, log, run } from './lib/setup.mjs';

const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);

if (!existsSync(path.join(ROOT, 'dist', 'preview.html'))) {
  log('Chưa có dist/: build (webpack production)…');
  if (run(bin('webpack'), ['--mode', 'production']) !== 0) process.exit(1);
}
process.exit(run(bin('jest'), ['--config', 'test/e2e/jest.e2e.config.js', ...process.argv.slice(2)]));
