/**
 * `npm run release -- --url https://host/path/`: a package an IT office can deploy without us.
 *
 *   release/kstt-<version>/web/                     the production build for that URL (no preview, no source maps)
 *   release/kstt-<version>/manifest.xml             stamped with the URL and the version from package.json
 *   release/kstt-<version>/HUONG-DAN-TRIEN-KHAI.md  the Vietnamese deployment guide
 *   release/kstt-<version>.zip                      the same, zipped
 *
 * The stamped manifest is validated offline (`npm run validate -- --production`) before the zip is written; the
 * command exits 1 when it is not valid. `--skip-build` reuses an existing build in release/.build (for tests).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { deploymentGuide } from './release/guide';

const ROOT = path.resolve(__dirname, '..');

export function parseReleaseArgs(argv: readonly string[]): { url: string; skipBuild: boolean } {
  const i = argv.indexOf('--url');
  const raw = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--url='))?.slice('--url='.length);
  if (!raw) throw new Error('Thiếu địa chỉ: npm run release -- --url https://may-chu/duong-dan/');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`«${raw}» không phải địa chỉ hợp lệ.`);
  }
  if (url.protocol !== 'https:') throw new Error(`Excel chỉ nạp add-in qua HTTPS: «${raw}».`);
  if (url.search || url.hash) throw new Error(`Địa chỉ không được có «?» hay «#»: «${raw}».`);
  const href = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return { url: href, skipBuild: argv.includes('--skip-build') };
}

/** «0.1.0» → «0.1.0.0»: the manifest's Version has four parts. */
export function manifestVersion(packageVersion: string): string {
  const parts = packageVersion.split(/[.+-]/).slice(0, 3).map((p) => String(Number(p) || 0));
  while (parts.length < 4) parts.push('0');
  return parts.join('.');
}

export function stampVersion(xml: string, packageVersion: string): string {
  if (!/<Version>[^<]*<\/Version>/.test(xml)) throw new Error('manifest.xml has no <Version>');
  return xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(packageVersion)}</Version>`);
}

/** The build's files an office serves: everything except the local preview and source maps. */
export function isShipped(relative: string): boolean {
  const name = path.basename(relative);
  return !name.startsWith('preview.') && !name.endsWith('.map') && name !== 'manifest.xml';
}

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
  });
}

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  return result.status ?? 1;
}

function main(): number {
  let args: ReturnType<typeof parseReleaseArgs>;
  try {
    args = parseReleaseArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const releaseDir = path.join(ROOT, 'release');
  const build = path.join(releaseDir, '.build');
  const name = `kstt-${version}`;
  const out = path.join(releaseDir, name);

  if (!args.skipBuild || !existsSync(path.join(build, 'manifest.xml'))) {
    console.log(`Dựng bản phát hành cho ${args.url} …`);
    const webpack = path.join(ROOT, 'node_modules', '.bin', 'webpack');
    const status = run(webpack, ['--mode', 'production', '--env', `url=${args.url}`, '--env', `outDir=${build}`]);
    if (status !== 0) return status;
  }
  const builtManifest = readFileSync(path.join(build, 'manifest.xml'), 'utf8');
  if (!builtManifest.includes(args.url)) {
    console.error(`Bản dựng trong ${build} không dành cho ${args.url}: bỏ --skip-build.`);
    return 1;
  }

  rmSync(out, { recursive: true, force: true });
  mkdirSync(path.join(out, 'web'), { recursive: true });
  const shipped = listFiles(build).filter(isShipped);
  for (const file of shipped) {
    mkdirSync(path.dirname(path.join(out, 'web', file)), { recursive: true });
    cpSync(path.join(build, file), path.join(out, 'web', file));
  }
  const manifestFile = path.join(out, 'manifest.xml');
  writeFileSync(manifestFile, stampVersion(builtManifest, version));
  // The validator looks for icons next to the manifest (assets/): give it the shipped ones to check.
  cpSync(path.join(out, 'web', 'assets'), path.join(out, 'assets'), { recursive: true });
  const validation = run(process.execPath, [
    path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
    path.join(ROOT, 'src', 'cli', 'validate-manifest.ts'),
    manifestFile,
    '--production',
  ]);
  rmSync(path.join(out, 'assets'), { recursive: true, force: true });
  if (validation !== 0) {
    console.error('manifest.xml của gói không hợp lệ: không tạo tệp zip.');
    return 1;
  }
  writeFileSync(path.join(out, 'HUONG-DAN-TRIEN-KHAI.md'), deploymentGuide(args.url, version));

  const entries: Record<string, Uint8Array> = {};
  for (const file of listFiles(out)) entries[`${name}/${file.split(path.sep).join('/')}`] = readFileSync(path.join(out, file));
  const zip = path.join(releaseDir, `${name}.zip`);
  writeFileSync(zip, zipSync(entries, { level: 9 }));
  console.log(`Đã tạo ${path.relative(ROOT, out)}/ (${shipped.length} tệp web) và ${path.relative(ROOT, zip)} (${Math.round(statSync(zip).size / 1024)} KB).`);
  return 0;
}

if (require.main === module) process.exitCode = main();
