// `npm start`: installs what is missing, builds, and starts the add-in.
//  - Windows / macOS with desktop Excel: sideloads manifest.xml into Excel through office-addin-debugging,
//    which also starts the HTTPS dev server on https://localhost:3000 (dev certificates are created on first run).
//  - Linux (no desktop Excel), or `npm start -- --preview`: builds and serves the local preview — the real task
//    pane beside a sample workbook held by the strict fake Excel host — and prints its URL.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT, ensureNodeModules, log, run } from './lib/setup.mjs';

const args = process.argv.slice(2);
const wantPreview = args.includes('--preview') || process.env.KSTT_PREVIEW === '1' || process.platform === 'linux';

ensureNodeModules();
const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);

if (wantPreview) {
  log('Không có Excel trên máy này: mở bản xem thử (preview) trong trình duyệt.');
  if (run(bin('webpack'), ['--mode', 'production']) !== 0) process.exit(1);
  const { startPreviewServer } = await import('./preview-server.mjs');
  const server = await startPreviewServer({ root: path.join(ROOT, 'dist') });
  log(`Bản xem thử: ${server.url}`);
  log('Nhấn Ctrl+C để dừng.');
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close().then(() => process.exit(0)));
} else {
  log('Nạp add-in vào Excel (office-addin-debugging)…');
  const child = spawn(
    bin('office-addin-debugging'),
    ['start', 'manifest.xml', 'desktop', '--app', 'excel', '--dev-server', 'npm run dev-server', '--dev-server-port', '3000'],
    { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' },
  );
  child.on('exit', (code) => process.exit(code ?? 0));
  log('Khi xong: npx office-addin-debugging stop manifest.xml');
}
