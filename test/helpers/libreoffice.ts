/**
 * LibreOffice headless as the formula oracle: recalculates an .xlsx (so formulas are proven to be real
 * formulas, computed by a real spreadsheet engine) and renders it to PNG for a person to look at.
 *
 * LibreOffice does not recalculate an .xlsx on load by default — a stale cached value survives a conversion.
 * Every conversion here runs with a private profile whose registrymodifications.xcu sets
 * Calc/Formula/Load/OOXMLRecalcMode = 0 ("always recalculate"). One profile per call, so jest workers (and
 * parallel calls in one worker) never share a profile, which LibreOffice does not allow.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';

export type ComputedValue = string | number | boolean | null;

/** Read at call time so a test (or a machine) can point elsewhere. */
const soffice = () => process.env.KSTT_SOFFICE || 'soffice';
const pdftoppm = () => process.env.KSTT_PDFTOPPM || 'pdftoppm';
/** A conversion takes 1,5–2 s; the first start of a fresh profile a few seconds more. */
const DEFAULT_TIMEOUT_MS = 120_000;

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const NO_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
</oor:items>
`;

export interface ConvertOptions {
  /** Force recalculation on load (default true). False exists only to prove that the setting matters. */
  forceRecalc?: boolean;
  timeoutMs?: number;
}

export class LibreOfficeError extends Error {}

function run(command: string, args: string[], timeoutMs: number, env?: NodeJS.ProcessEnv): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, env: env ?? process.env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) return resolve({ stdout: String(stdout), stderr: String(stderr) });
      const e = error as NodeJS.ErrnoException & { killed?: boolean; signal?: string };
      if (e.code === 'ENOENT') {
        reject(
          new LibreOfficeError(
            `${command} not found. Install it: apt-get install -y --no-install-recommends ${
              command === pdftoppm() ? 'poppler-utils' : 'libreoffice-calc-nogui'
            } (or set KSTT_SOFFICE / KSTT_PDFTOPPM).`,
          ),
        );
      } else if (e.killed || e.signal === 'SIGTERM') {
        reject(new LibreOfficeError(`${command} did not finish within ${timeoutMs} ms`));
      } else {
        reject(new LibreOfficeError(`${command} failed (${e.code ?? e.signal}): ${String(stderr || stdout).trim()}`));
      }
    });
  });
}

/** A fresh private LibreOffice profile; removed by the caller. */
function makeProfile(forceRecalc: boolean): string {
  const profile = mkdtempSync(path.join(tmpdir(), 'kstt-lo-profile-'));
  mkdirSync(path.join(profile, 'user'), { recursive: true });
  writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), forceRecalc ? RECALC_ALWAYS : NO_SETTINGS);
  return profile;
}

/**
 * Converts a workbook with soffice and returns the path of the result inside `workDir` (which the caller
 * removes). `format` is a soffice filter spec such as 'xlsx' or 'pdf'.
 */
async function convert(input: Buffer | Uint8Array | string, format: string, baseName: string, workDir: string, options: ConvertOptions): Promise<string> {
  const inputPath = path.join(workDir, `${baseName}.xlsx`);
  writeFileSync(inputPath, typeof input === 'string' ? readFileSync(input) : input);
  const outDir = path.join(workDir, 'out');
  mkdirSync(outDir);
  const profile = makeProfile(options.forceRecalc ?? true);
  try {
    const { stdout, stderr } = await run(
      soffice(),
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--nolockcheck', '--calc', '--convert-to', format, '--outdir', outDir, inputPath],
      options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      // LibreOffice writes into $HOME on first start; keep that inside the throwaway profile too.
      { ...process.env, HOME: profile },
    );
    const extension = format.split(':')[0];
    const output = path.join(outDir, `${baseName}.${extension}`);
    if (!existsSync(output)) throw new LibreOfficeError(`soffice produced no ${extension}: ${(stderr || stdout).trim()}`);
    return output;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

function withWorkDir<T>(fn: (workDir: string) => Promise<T>): Promise<T> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'kstt-lo-work-'));
  return fn(workDir).finally(() => rmSync(workDir, { recursive: true, force: true }));
}

/** The workbook after LibreOffice has opened it, recalculated every formula, and saved it as .xlsx. */
export function recalculateXlsx(input: Buffer | Uint8Array | string, options: ConvertOptions = {}): Promise<Buffer> {
  return withWorkDir(async (workDir) => readFileSync(await convert(input, 'xlsx', 'book', workDir, options)));
}

function excelSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86400000;
}

function plainValue(value: unknown): ComputedValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return excelSerial(value);
  if (typeof value === 'object') {
    if ('error' in value) return String((value as { error: unknown }).error);
    if ('richText' in value) return (value as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
    if ('text' in value) return String((value as { text: unknown }).text);
  }
  return String(value);
}

/**
 * Values as a grid from A1 to the last used cell: for formula cells the cached result (`cell.result`, since
 * exceljs's `cell.value` drops a result of 0), and '' for a formula cell without one (meant for files that
 * LibreOffice has recalculated, where every formula has a result). Default sheet: the first.
 */
export async function readComputedValues(xlsx: Buffer | Uint8Array, sheetName?: string): Promise<ComputedValue[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
  const sheet = sheetName === undefined ? book.worksheets[0] : book.getWorksheet(sheetName);
  if (!sheet) throw new Error(`readComputedValues: no sheet «${sheetName}» (have ${book.worksheets.map((w) => w.name).join(', ')})`);
  const grid: ComputedValue[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row: ComputedValue[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const cell = sheet.getCell(r, c);
      const isFormula = cell.type === ExcelJS.ValueType.Formula;
      // LibreOffice stores an empty-string result as <v></v>, which exceljs reports as no result at all.
      row.push(isFormula ? (plainValue(cell.result) ?? '') : plainValue(cell.value));
    }
    grid.push(row);
  }
  return grid;
}

/**
 * Renders every page (recalculated first) to `outDir/<baseName>-<n>.png` at 80 dpi and returns the paths.
 * Older PNGs of the same base name are removed so the list is exactly this rendering.
 */
export function renderXlsxToPng(xlsx: Buffer | Uint8Array | string, outDir: string, baseName: string, options: ConvertOptions = {}): Promise<string[]> {
  return withWorkDir(async (workDir) => {
    const pdf = await convert(xlsx, 'pdf', baseName, workDir, options);
    mkdirSync(outDir, { recursive: true });
    const mine = (f: string) => f.startsWith(`${baseName}-`) && /^-\d+\.png$/.test(f.slice(baseName.length));
    for (const stale of readdirSync(outDir).filter(mine)) rmSync(path.join(outDir, stale));
    await run(pdftoppm(), ['-png', '-r', '80', pdf, path.join(outDir, baseName)], options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    return readdirSync(outDir)
      .filter(mine)
      .sort((a, b) => Number(/-(\d+)\.png$/.exec(a)![1]) - Number(/-(\d+)\.png$/.exec(b)![1]))
      .map((f) => path.join(outDir, f));
  });
}

/**
 * Many .xlsx converted to another format (`xls`, `ods`) in one soffice run, the way an official's LibreOffice
 * saves them: one start-up for all files. Results in input order.
 */
export function convertXlsxMany(inputs: readonly Uint8Array[], format: 'xls' | 'ods', options: ConvertOptions = {}): Promise<Buffer[]> {
  return withWorkDir(async (workDir) => {
    const names = inputs.map((bytes, i) => {
      const file = path.join(workDir, `book${i}.xlsx`);
      writeFileSync(file, bytes);
      return file;
    });
    const outDir = path.join(workDir, 'out');
    mkdirSync(outDir);
    const profile = makeProfile(options.forceRecalc ?? false);
    const filter = format === 'xls' ? 'xls:MS Excel 97' : 'ods';
    try {
      await run(
        soffice(),
        [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--nolockcheck', '--calc', '--convert-to', filter, '--outdir', outDir, ...names],
        options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        { ...process.env, HOME: profile },
      );
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    return inputs.map((_, i) => {
      const output = path.join(outDir, `book${i}.${format}`);
      if (!existsSync(output)) throw new LibreOfficeError(`soffice produced no ${format} for input ${i}`);
      return readFileSync(output);
    });
  });
}
