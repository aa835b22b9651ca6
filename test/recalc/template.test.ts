/**
 * Recalculation proof: every form of the catalogue is built, rendered to .xlsx by the exceljs renderer, its input
 * cells are filled with seeded random counts, LibreOffice recalculates the workbook, and EVERY formula cell
 * (computed, subtotal, total, rate) must equal the core's own arithmetic (`computeExpected`, which reads the spec
 * and never the formula strings).
 *
 * Second part: LibreOffice itself inserts a row inside each data block (a Basic macro calling
 * `Rows.insertByIndex`, so references move exactly as a spreadsheet moves them — no formula rewriting of ours),
 * the new row is typed in as an official would (counts, and the row formulas filled down), and after another
 * recalculation TỔNG CỘNG and the subtotals must include it. The expected values come from the layout engine's
 * plan for the same form with that extra row, so positions and arithmetic are checked independently.
 *
 * All forms share one workbook per step: four LibreOffice runs in total (recalc, insert, recalc, PDF→PNG).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { FORM_CATALOGUE, getForm, leafColumns, type FormSpec } from '../../src/domain/forms';
import { buildSheetPlan, computeExpected } from '../../src/domain/layout/build-plan';
import type { FormOptions } from '../../src/domain/layout/options';
import { fixedRowUses, resolveGroups } from '../../src/domain/layout/rows';
import type { SheetPlan } from '../../src/domain/layout/sheet-plan';
import { addPlanToWorkbook } from '../../src/xlsx/render-plan';
import { readWorkbookGrid, type GridSheet, type WorkbookGrid } from '../../src/xlsx/read-grid';
import { recalculateXlsx, renderXlsxToPng } from '../helpers/libreoffice';
import { testOutputDir } from '../helpers/paths';
import { seeded } from '../helpers/seeded-random';
import { tamThanhOptions } from '../fixtures/form-options';

jest.setTimeout(180_000);

const TOLERANCE = 1e-9;
const FORMULA_ROLES = new Set(['computed', 'subtotal', 'total', 'rate']);

// ---------------------------------------------------------------------------------------------------------------
// Cases and input cells

interface Case {
  id: string;
  spec: FormSpec;
  options: FormOptions;
  /** false: leave every input blank (rates with a zero denominator must come out empty). */
  fill: boolean;
}

interface BuiltCase extends Case {
  plan: SheetPlan;
  sheetName: string;
  /** 'row,col' -> number typed into the input cell. */
  inputs: Map<string, number>;
}

function baseOptions(overrides: Partial<FormOptions> = {}): FormOptions {
  return tamThanhOptions({ receivingUnit: 'UBND tỉnh Quảng Nam', ...overrides });
}

/** A count as officials type them: often 0, mostly small, sometimes in the thousands. */
function randomCount(next: () => number, decimals: boolean): number {
  const r = next();
  if (r < 0.15) return 0;
  const n = r < 0.85 ? Math.floor(next() * 60) : Math.floor(next() * 3000);
  return decimals ? n + Math.round(next() * 10) / 10 : n;
}

/**
 * The cells an official types into. SheetPlan has no cell for a blank input, so they are derived the way
 * `computeExpected` reads them: input columns on item rows (list/grouped) or on fixed rows that use the column
 * and have no formula of their own.
 */
function inputCells(spec: FormSpec, plan: SheetPlan): { row: number; col: number; decimals: boolean }[] {
  const { layout } = plan;
  const inputs = leafColumns(spec.columns).filter((l) => l.kind === 'input' && l.id in layout.columns);
  const out: { row: number; col: number; decimals: boolean }[] = [];
  if (spec.rows.kind === 'fixed') {
    for (const fixed of spec.rows.rows) {
      if (fixed.formula) continue;
      const row = layout.rows![fixed.id];
      for (const leaf of inputs) {
        if (fixedRowUses(fixed, leaf.id)) out.push({ row, col: layout.columns[leaf.id], decimals: leaf.allowDecimals === true });
      }
    }
    return out;
  }
  const groupRows = new Set(layout.groupRows.map((g) => g.row));
  for (let row = layout.dataRows.first; row <= layout.dataRows.last; row++) {
    if (groupRows.has(row)) continue;
    for (const leaf of inputs) out.push({ row, col: layout.columns[leaf.id], decimals: leaf.allowDecimals === true });
  }
  return out;
}

function allCases(): Case[] {
  const cases: Case[] = [];
  for (const [basis, forms] of Object.entries(FORM_CATALOGUE)) {
    for (const spec of forms) {
      cases.push({ id: `${spec.code} ${basis}`, spec, options: baseOptions(), fill: true });
      if (basis === 'TT01/2020') cases.push({ id: `${spec.code} trống`, spec, options: baseOptions(), fill: false });
    }
  }
  // Optional columns, another level, and II.06b with the three levels of a 2024 period.
  cases.push({
    id: 'II.06a tinh +returned +paused',
    spec: getForm('II.06a')!,
    options: baseOptions({ level: 'tinh', optionalColumns: { returned: true, paused: true } }),
    fill: true,
  });
  cases.push({
    id: 'II.06b 2024',
    spec: getForm('II.06b')!,
    options: baseOptions({ period: { label: 'Năm 2024', from: '15/12/2023', to: '14/12/2024' } }),
    fill: true,
  });
  return cases;
}

// ---------------------------------------------------------------------------------------------------------------
// Workbooks

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

async function save(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Renders every case into one workbook (the renderer under test), then types the inputs into the saved file. */
async function renderAndFill(cases: Case[], seed: number): Promise<{ built: BuiltCase[]; bytes: Buffer }> {
  const wb = new ExcelJS.Workbook();
  const built: BuiltCase[] = cases.map((c) => {
    const plan = buildSheetPlan(c.spec, c.options);
    const { sheetName } = addPlanToWorkbook(wb, plan);
    return { ...c, plan, sheetName, inputs: new Map() };
  });
  const typed = await load(await save(wb));
  const next = seeded(seed);
  for (const b of built) {
    if (!b.fill) continue;
    const ws = typed.getWorksheet(b.sheetName)!;
    for (const { row, col, decimals } of inputCells(b.spec, b.plan)) {
      const value = randomCount(next, decimals);
      b.inputs.set(`${row},${col}`, value);
      ws.getCell(row + 1, col + 1).value = value;
    }
  }
  return { built, bytes: await save(typed) };
}

function sheetOf(grid: WorkbookGrid, name: string): GridSheet {
  const sheet = grid.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`sheet «${name}» missing after recalculation`);
  return sheet;
}

interface Mismatch {
  case: string;
  cell: string;
  role: string;
  expected: number | '';
  actual: unknown;
  formula?: string;
}

/** Compares every formula cell of the plan with computeExpected; returns the mismatches and how many were compared. */
function compare(b: { id: string; spec: FormSpec; plan: SheetPlan; inputs: Map<string, number> }, sheet: GridSheet) {
  const expected = computeExpected(b.spec, b.plan, b.inputs);
  const byKey = new Map(sheet.cells.map((c) => [`${c.row},${c.col}`, c]));
  const mismatches: Mismatch[] = [];
  let compared = 0;
  for (const cell of b.plan.cells) {
    if (!FORMULA_ROLES.has(cell.role)) continue;
    const key = `${cell.row},${cell.col}`;
    const want = expected.get(key);
    const got = byKey.get(key);
    const address = `${sheet.name}!R${cell.row + 1}C${cell.col + 1}`;
    compared++;
    if (want === undefined) {
      mismatches.push({ case: b.id, cell: address, role: cell.role, expected: '', actual: 'computeExpected has no value' });
      continue;
    }
    // LibreOffice stores an empty-text result as <v></v>, which exceljs reads as no result.
    const actual = got?.value ?? '';
    const ok = want === '' ? actual === '' : typeof actual === 'number' && Math.abs(actual - want) <= TOLERANCE;
    if (!ok || !got?.formula) {
      mismatches.push({ case: b.id, cell: address, role: cell.role, expected: want, actual, formula: got?.formula });
    }
  }
  return { mismatches, compared, expectedCount: expected.size };
}

// ---------------------------------------------------------------------------------------------------------------
// LibreOffice inserting rows: a Basic macro in a private profile

const INSERT_MACRO = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
REM spec: &quot;sheet|zeroBasedRow;sheet|zeroBasedRow…&quot;. Inserts one row before each, as Insert › Rows Above does.
Sub InsertRows(inUrl As String, outUrl As String, spec As String)
  On Error GoTo Failed
  Dim loadArgs(0) As New com.sun.star.beans.PropertyValue
  loadArgs(0).Name = &quot;Hidden&quot;
  loadArgs(0).Value = True
  doc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, loadArgs())
  items = Split(spec, &quot;;&quot;)
  For i = LBound(items) To UBound(items)
    parts = Split(items(i), &quot;|&quot;)
    doc.Sheets.getByName(parts(0)).Rows.insertByIndex(CLng(parts(1)), 1)
  Next i
  Dim storeArgs(0) As New com.sun.star.beans.PropertyValue
  storeArgs(0).Name = &quot;FilterName&quot;
  storeArgs(0).Value = &quot;Calc Office Open XML&quot;
  doc.storeToURL(outUrl, storeArgs())
  doc.close(True)
  StarDesktop.terminate()
  Exit Sub
Failed:
  f = FreeFile()
  Open ConvertFromURL(outUrl) &amp; &quot;.error.txt&quot; For Output As #f
  Print #f, &quot;Error &quot; &amp; Err &amp; &quot; line &quot; &amp; Erl &amp; &quot;: &quot; &amp; Error$
  Close #f
  StarDesktop.terminate()
End Sub
</script:module>
`;

const RECALC_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function soffice(profile: string, args: string[]): void {
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', ...args], {
    timeout: 120_000,
    stdio: 'pipe',
    // LibreOffice writes into $HOME on first start: keep that inside the throwaway profile.
    env: { ...process.env, HOME: profile },
  });
}

/**
 * Inserts rows with LibreOffice. A fresh profile restarts LibreOffice once and resets the Basic library on its first
 * start, losing a macro given on the command line; so a first conversion initialises the profile, then our macro
 * replaces the preset Module1 and runs.
 */
function insertRowsWithLibreOffice(bytes: Buffer, insertions: { sheet: string; row: number }[]): Buffer {
  const work = mkdtempSync(path.join(tmpdir(), 'kstt-insert-'));
  try {
    const profile = path.join(work, 'profile');
    mkdirSync(path.join(profile, 'user'), { recursive: true });
    writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_ON_LOAD);
    const input = path.join(work, 'in.xlsx');
    const output = path.join(work, 'out.xlsx');
    writeFileSync(input, bytes);
    soffice(profile, ['--convert-to', 'csv', '--outdir', path.join(work, 'warm-up'), input]);
    const module1 = path.join(profile, 'user', 'basic', 'Standard', 'Module1.xba');
    if (!existsSync(module1)) throw new Error('LibreOffice did not initialise its Basic library in the test profile');
    writeFileSync(module1, INSERT_MACRO);
    const spec = insertions.map((i) => `${i.sheet}|${i.row}`).join(';');
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const args = [pathToFileURL(input).href, pathToFileURL(output).href, spec].map(quote).join(',');
    soffice(profile, [`macro:///Standard.Module1.InsertRows(${args})`]);
    if (existsSync(`${output}.error.txt`)) throw new Error(readFileSync(`${output}.error.txt`, 'utf8'));
    if (!existsSync(output)) throw new Error('LibreOffice did not write the workbook with inserted rows');
    return readFileSync(output);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A formula filled down from `fromRow` to `toRow` (zero-based): same-row references move with it. */
function fillDown(formula: string, fromRow: number, toRow: number): string {
  return formula.replace(/(\$?[A-Z]{1,3})(\$?)(\d+)\b/g, (whole, col: string, dollar: string, row: string) =>
    !dollar && Number(row) === fromRow + 1 ? `${col}${toRow + 1}` : whole,
  );
}

// ---------------------------------------------------------------------------------------------------------------

describe('every form recalculates in LibreOffice to the core’s own arithmetic', () => {
  let built: BuiltCase[];
  let grid: WorkbookGrid;
  let bytes: Buffer;

  beforeAll(async () => {
    ({ built, bytes } = await renderAndFill(allCases(), 20260314));
    grid = await readWorkbookGrid(await recalculateXlsx(bytes));
  });

  test('the catalogue is covered: each form under each basis, filled and blank', () => {
    const forms = Object.values(FORM_CATALOGUE).flat();
    expect(built.filter((b) => b.fill && !b.id.includes(' tinh') && !b.id.includes('2024'))).toHaveLength(forms.length);
    expect(forms.length).toBeGreaterThanOrEqual(10);
  });

  test('input cells are found for every form that has numbers, and they are what the plan validates', () => {
    for (const b of built) {
      const inputs = inputCells(b.spec, b.plan);
      const keys = new Set(inputs.map((i) => `${i.row},${i.col}`));
      const formulaCells = b.plan.cells.filter((c) => FORMULA_ROLES.has(c.role));
      if (formulaCells.length > 0) expect({ form: b.id, inputs: inputs.length > 0 }).toEqual({ form: b.id, inputs: true });
      // No input cell is a formula or a label of the plan.
      for (const cell of b.plan.cells) {
        if (keys.has(`${cell.row},${cell.col}`)) expect({ form: b.id, role: cell.role }).toEqual({ form: b.id, role: 'input' });
      }
      // Every whole-number validation covers input cells only.
      for (const v of b.plan.validations) {
        for (let r = v.box.row; r < v.box.row + v.box.rowCount; r++) {
          for (let c = v.box.col; c < v.box.col + v.box.colCount; c++) expect(keys.has(`${r},${c}`)).toBe(true);
        }
      }
    }
  });

  test('EVERY computed, subtotal, total and rate cell equals computeExpected (tolerance 1e-9)', () => {
    const mismatches: Mismatch[] = [];
    let compared = 0;
    for (const b of built) {
      const result = compare(b, sheetOf(grid, b.sheetName));
      mismatches.push(...result.mismatches);
      compared += result.compared;
      // computeExpected has a value for exactly the plan's formula cells: none left unchecked.
      expect({ form: b.id, expected: result.expectedCount }).toEqual({ form: b.id, expected: result.compared });
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(compared).toBeGreaterThan(500);
  });

  test('blank forms: sums are 0 and rates with a zero denominator are empty, not #DIV/0!', () => {
    const blanks = built.filter((b) => !b.fill);
    const values = blanks.flatMap((b) => sheetOf(grid, b.sheetName).cells.filter((c) => c.formula).map((c) => c.value));
    expect(values.length).toBeGreaterThan(0);
    expect(values.filter((v) => typeof v === 'string' && v.startsWith('#'))).toEqual([]);
  });

  test('the comparison can fail: one wrong input is caught', () => {
    const b = built.find((x) => x.spec.code === 'II.06a' && x.fill)!;
    const [firstKey, firstValue] = [...b.inputs][0];
    const tampered = { ...b, inputs: new Map(b.inputs).set(firstKey, firstValue + 1) };
    expect(compare(tampered, sheetOf(grid, b.sheetName)).mismatches.length).toBeGreaterThan(0);
  });

  test('every form rendered to PNG in test-output/forms/ (one conversion for all)', async () => {
    const outDir = testOutputDir('forms');
    const tt01 = built.filter((b) => b.fill && b.id.endsWith('TT01/2020'));
    const { bytes: onlyTt01 } = await renderAndFill(
      tt01.map(({ id, spec, options, fill }) => ({ id, spec, options, fill })),
      7,
    );
    const pngs = await renderXlsxToPng(onlyTt01, outDir, 'all-forms');
    expect(pngs.length).toBeGreaterThanOrEqual(tt01.length);
    for (const png of pngs) expect(readFileSync(png).subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});

describe('a row inserted inside the data block is covered by TỔNG CỘNG and the subtotals', () => {
  const NEW_LABEL = 'Lĩnh vực chèn thêm';

  /** Options with 4 rows so a row can be inserted strictly inside the block; `extra` adds the inserted label. */
  function insertOptions(spec: FormSpec, extra: { at: number } | null): FormOptions {
    const options = baseOptions({ level: 'tinh' });
    if (spec.rows.kind === 'grouped') {
      const groups = resolveGroups(spec.rows, options).map((g) => ({ label: g.label, rows: [...g.rows] }));
      if (extra) groups[0].rows.splice(extra.at, 0, NEW_LABEL);
      return { ...options, groups };
    }
    const labels = ['Hộ tịch', 'Chứng thực', 'Đất đai', 'Xây dựng'];
    if (extra) labels.splice(extra.at, 0, NEW_LABEL);
    return { ...options, rowLabels: labels };
  }

  /** Sheet row where the new row goes: before the item at `at` of the list or of the first group. */
  function insertionRow(plan: SheetPlan, at: number): number {
    const firstItem = plan.layout.groupRows.length > 0 ? plan.layout.groupRows[0].row + 1 : plan.layout.dataRows.first;
    return firstItem + at;
  }

  const forms = FORM_CATALOGUE['TT01/2020'].filter((f) => f.rows.kind !== 'fixed' && f.totalRow);
  // Positions: right after the first item, just before the last item of the list or first group (both strictly
  // inside the summed range), and after the last item, i.e. directly above TỔNG CỘNG or the next group.
  const INSIDE = [1, 3];
  const AFTER_LAST = 4;
  const positions = [...INSIDE, AFTER_LAST];

  interface InsertResult {
    id: string;
    at: number;
    mismatches: Mismatch[];
    compared: number;
    /** Formulas found on the TỔNG CỘNG row of the plan with the extra row. */
    totalFormulas: string[];
    insertedNonZero: boolean;
  }
  let results: InsertResult[];

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const cases = forms.flatMap((spec) =>
      positions.map((at) => {
        const plan = buildSheetPlan(spec, insertOptions(spec, null));
        const { sheetName } = addPlanToWorkbook(wb, plan);
        return { spec, at, plan, sheetName, row: insertionRow(plan, at) };
      }),
    );
    const next = seeded(99);
    // Type the original inputs, then let LibreOffice insert the rows.
    const typed = await load(await save(wb));
    const originalInputs = new Map<string, Map<string, number>>();
    for (const c of cases) {
      const inputs = new Map<string, number>();
      const ws = typed.getWorksheet(c.sheetName)!;
      for (const { row, col } of inputCells(c.spec, c.plan)) {
        const v = randomCount(next, false);
        inputs.set(`${row},${col}`, v);
        ws.getCell(row + 1, col + 1).value = v;
      }
      originalInputs.set(c.sheetName, inputs);
    }
    const inserted = await load(
      insertRowsWithLibreOffice(await save(typed), cases.map((c) => ({ sheet: c.sheetName, row: c.row }))),
    );

    // The expected side: the layout engine's plan of the same form with the extra row.
    const expectedSide = cases.map((c) => {
      const plan = buildSheetPlan(c.spec, insertOptions(c.spec, { at: c.at }));
      const labelCol = plan.layout.columns[leafColumns(c.spec.columns).find((l) => l.kind === 'label')!.id];
      const label = plan.cells.find((x) => x.row === c.row && x.col === labelCol);
      expect(label?.content).toEqual({ kind: 'text', text: NEW_LABEL });
      const inputs = new Map<string, number>();
      for (const [key, v] of originalInputs.get(c.sheetName)!) {
        const [r, col] = key.split(',').map(Number);
        inputs.set(`${r >= c.row ? r + 1 : r},${col}`, v);
      }
      // Type the new row as an official would: its counts, and its row formulas filled down from the row above.
      const ws = inserted.getWorksheet(c.sheetName)!;
      ws.getCell(c.row + 1, labelCol + 1).value = NEW_LABEL;
      for (const { row, col } of inputCells(c.spec, plan).filter((i) => i.row === c.row)) {
        const v = randomCount(next, false);
        inputs.set(`${row},${col}`, v);
        ws.getCell(row + 1, col + 1).value = v;
      }
      for (const cell of plan.cells.filter((x) => x.row === c.row && x.content.kind === 'formula')) {
        const above = ws.getCell(c.row, cell.col + 1).formula;
        ws.getCell(c.row + 1, cell.col + 1).value = { formula: fillDown(above, c.row - 1, c.row) } as ExcelJS.CellFormulaValue;
      }
      return { id: `${c.spec.code} chèn tại dòng ${c.row + 1}`, at: c.at, row: c.row, spec: c.spec, plan, inputs, sheetName: c.sheetName };
    });

    const grid = await readWorkbookGrid(await recalculateXlsx(await save(inserted)));
    results = expectedSide.map((e) => {
      const sheet = sheetOf(grid, e.sheetName);
      const totalRow = e.plan.layout.totalRow!;
      const totalFormulas = sheet.cells.filter((x) => x.row === totalRow && x.formula).map((x) => x.formula!);
      const insertedNonZero = [...e.inputs].some(([key, v]) => Number(key.split(',')[0]) === e.row && v !== 0);
      return { id: e.id, at: e.at, ...compare(e, sheet), totalFormulas, insertedNonZero };
    });
  });

  test('LibreOffice moved TỔNG CỘNG down one row, and every inserted row holds non-zero counts', () => {
    expect(results).toHaveLength(forms.length * positions.length);
    for (const r of results) {
      // Non-zero counts in the new row: otherwise leaving it out of the totals would go unnoticed.
      expect({ id: r.id, totalFormulas: r.totalFormulas.length > 0, insertedNonZero: r.insertedNonZero }).toEqual({
        id: r.id,
        totalFormulas: true,
        insertedNonZero: true,
      });
    }
  });

  test('a row inserted strictly inside the block: every formula cell equals computeExpected of the plan with that row', () => {
    const inside = results.filter((r) => INSIDE.includes(r.at));
    expect(inside).toHaveLength(forms.length * INSIDE.length);
    expect(inside.flatMap((r) => r.mismatches).slice(0, 10)).toEqual([]);
    expect(inside.every((r) => r.compared > 0)).toBe(true);
  });

  // A plain =SUM(C12:C19) does not grow when a row is inserted directly above TỔNG CỘNG (row 20): the layout
  // engine's totals reach «the row above me» (INDEX(C:C,ROW()-1)) so that case is covered too.
  test('a row inserted directly above TỔNG CỘNG or above the next group is summed too', () => {
    const afterLast = results.filter((r) => r.at === AFTER_LAST);
    expect(afterLast).toHaveLength(forms.length);
    expect(afterLast.flatMap((r) => r.mismatches).slice(0, 10)).toEqual([]);
    expect(afterLast.every((r) => r.compared > 0)).toBe(true);
  });
});
