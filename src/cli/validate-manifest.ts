/* Offline manifest check: `npm run validate [-- path] [--production]` (default path: manifest.xml).
 *
 * Runs our own lint (src/manifest) and, as a second opinion, the manifest parser bundled in
 * office-addin-manifest-converter (the one Office's tooling uses; it works offline in-process).
 * Production checks apply with --production or when the manifest's SourceLocation is not on localhost.
 * Icon files are looked up relative to the manifest's folder when it has assets/ (dist/assets/… for
 * dist/manifest.xml), otherwise relative to the working directory (the repository's assets/).
 *
 * Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 the file cannot be read. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { hasErrors, isDeployedManifest, lintManifest, type ManifestProblem } from '../manifest';

interface Args {
  file: string;
  production: boolean;
}

function parseArgs(argv: string[]): Args {
  const positional = argv.filter((arg) => !arg.startsWith('--'));
  return { file: positional[0] ?? 'manifest.xml', production: argv.includes('--production') };
}

/** Looks assets up in the manifest's folder when it has assets/ (dist/manifest.xml → dist/assets/…), otherwise in
 * the working directory (the repository). Undefined when neither has assets/: icon files are then not checked. */
function assetLookup(manifestFile: string): ((relative: string) => boolean) | undefined {
  const root = [path.dirname(path.resolve(manifestFile)), process.cwd()].find((dir) => existsSync(path.join(dir, 'assets')));
  return root === undefined ? undefined : (relative) => existsSync(path.join(root, relative));
}

/** The parser inside office-addin-manifest-converter: catches what its authors check (schema-level errors). */
function officeParserProblems(xml: string): ManifestProblem[] {
  try {
    const { Utils } = require('office-addin-manifest-converter/lib/osfUtils');
    const { OSF } = require('office-addin-manifest-converter/lib/osfmos');
    Utils.OverrideMethods();
    new OSF.Manifest.OfficeAppManifest(xml, 'en-US', false);
    return [];
  } catch (thrown) {
    const reason = String(thrown instanceof Error ? thrown.message : thrown).replace(/\s+/g, ' ').trim();
    if (/Cannot find module/.test(reason)) return []; // optional second opinion: absent package is not a manifest error
    return [
      {
        severity: 'error',
        message: `Bộ phân tích manifest của Office (office-addin-manifest-converter) từ chối tệp: ${reason}`,
        messageEn: `Office's manifest parser (office-addin-manifest-converter) rejects the file: ${reason}`,
      },
    ];
  }
}

function format(problem: ManifestProblem): string {
  const label = problem.severity === 'error' ? 'LỖI' : 'CẢNH BÁO';
  return `${label}: ${problem.message}${problem.path ? ` [${problem.path}]` : ''}`;
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  let xml: string;
  try {
    xml = readFileSync(args.file, 'utf8');
  } catch (thrown) {
    const reason = thrown instanceof Error ? thrown.message : String(thrown);
    console.error(`Không đọc được tệp manifest "${args.file}": ${reason}`);
    return 2;
  }
  const production = args.production || isDeployedManifest(xml);
  const lint = lintManifest(xml, { production, fileExists: assetLookup(args.file) });
  // The converter's parser throws on malformed XML too: one message for that is enough.
  const malformed = lint.some((problem) => problem.message.startsWith('XML không hợp lệ'));
  const problems = malformed ? lint : [...lint, ...officeParserProblems(xml)];

  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  for (const problem of [...errors, ...warnings]) console.log(format(problem));
  const mode = production ? 'bản phát hành' : 'bản phát triển';
  console.log(
    hasErrors(problems)
      ? `${args.file} (${mode}): ${errors.length} lỗi, ${warnings.length} cảnh báo.`
      : `${args.file} (${mode}): hợp lệ — 0 lỗi, ${warnings.length} cảnh báo.`,
  );
  return hasErrors(problems) ? 1 : 0;
}

process.exitCode = main();
