// Shared by `npm start` and `npm test`: install what is missing, using only Node built-ins
// (these run before node_modules exists on a fresh clone).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

export function log(message) {
  process.stdout.write(`\x1b[36m[kstt]\x1b[0m ${message}\n`);
}

/** Runs a command in the project folder, output to the terminal; returns the exit status. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    ...options,
  });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

export function commandExists(command) {
  const probe = process.platform === 'win32' ? ['where', [command]] : ['sh', ['-c', `command -v ${command}`]];
  return spawnSync(probe[0], probe[1], { stdio: 'ignore' }).status === 0;
}

/** `npm ci` when node_modules is missing or older than the lockfile. */
export function ensureNodeModules() {
  const marker = path.join(ROOT, 'node_modules', '.package-lock.json');
  const lock = path.join(ROOT, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  log('Cài đặt thư viện (npm ci)…');
  const started = Date.now();
  const status = run('npm', ['ci', '--no-audit', '--no-fund']);
  if (status !== 0) throw new Error('npm ci thất bại');
  log(`npm ci xong trong ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

const DEBIAN_PACKAGES = [
  { command: 'chromium', pkg: 'chromium' },
  { command: 'soffice', pkg: 'libreoffice-calc-nogui' },
  // Writer opens the .docx drafts for the export test; calc alone cannot load them.
  { command: null, pkg: 'libreoffice-writer-nogui' },
  { command: 'pdftoppm', pkg: 'poppler-utils' },
  { command: null, pkg: 'fonts-liberation' },
];

/** Whether a Debian package is installed (dpkg), or, off Debian, whether its command is on PATH. */
function isInstalled({ command, pkg }) {
  if (existsSync('/usr/bin/dpkg-query')) {
    const probe = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
    return probe.status === 0 && probe.stdout.includes('install ok installed');
  }
  return command ? commandExists(command) : true;
}

/**
 * The browser and spreadsheet engine the tests drive. On Debian they are installed with apt-get
 * (as root, or through sudo); elsewhere the user is told what to install.
 */
export function ensureTestPackages() {
  const missing = DEBIAN_PACKAGES.filter((p) => !isInstalled(p)).map((p) => p.pkg);
  if (missing.length === 0) return;
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) {
    throw new Error(
      `Thiếu công cụ kiểm thử: ${missing.join(', ')}. Hãy cài Chromium (hoặc đặt CHROMIUM_PATH) và LibreOffice ` +
        '(soffice trong PATH), poppler (pdftoppm), rồi chạy lại npm test.',
    );
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = isRoot ? [] : commandExists('sudo') ? ['sudo'] : null;
  if (!sudo) throw new Error(`Cần quyền root để cài: ${missing.join(', ')} (apt-get install).`);
  log(`Cài gói Debian: ${missing.join(' ')}…`);
  const started = Date.now();
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => (sudo.length ? run('sudo', ['apt-get', ...args], { env }) : run('apt-get', args, { env }));
  if (apt(['update', '-qq']) !== 0) throw new Error('apt-get update thất bại');
  if (apt(['install', '-y', '-qq', '--no-install-recommends', ...missing]) !== 0) {
    throw new Error(`apt-get install ${missing.join(' ')} thất bại`);
  }
  log(`Gói Debian cài xong trong ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
