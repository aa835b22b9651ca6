/**
 * The two renderers give the same workbook. Every form of the catalogue is rendered twice from the same plans:
 * through the Office.js adapter into the strict fake (then exported with exportFakeWorkbookToXlsx), and by the
 * exceljs renderer. Both files are read back with exceljs and compared cell for cell — content, formulas,
 * number formats, fonts, fills, alignment, borders — and sheet by sheet — merges, column widths, row heights,
 * freeze panes, print setup, defined names, data validations, conditional formats.
 *
 * Then the adapter's workbook, with input counts typed in through Office.js, is recalculated by LibreOffice (one
 * run for all forms) and every formula cell must equal the core's own arithmetic (`computeExpected`).
 */
import ExcelJS from 'exceljs';
import { FORM_CATALOGUE, leafColumns, type FormSpec } from '../../src/domain/forms';
import { cellAddress } from '../../src/domain/layout/a1';
import { buildSheetPlan, computeExpected } from '../../src/domain/layout/build-plan';
import type { FormOptions } from '../../src/domain/layout/options';
import { fixedRowUses } from '../../src/domain/layout/rows';
import type { SheetPlan } from '../../src/domain/layout/sheet-plan';
import { insertForms, type InsertResult } from '../../src/excel/insert-form';
import { createWorkbookFromPlans } from '../../src/xlsx/render-plan';
import { compareVersions, createFakeExcel, type FakeExcel } from '../fake-excel';
import { exportFakeWorkbookToXlsx } from '../fake-excel/export-xlsx';
import { readComputedValues, recalculateXlsx, type ComputedValue } from '../helpers/libreoffice';
import { tamThanhOptions } from '../fixtures/form-options';

jest.setTimeout(180_000);

/** pointsToCharacters(charactersToPoints(w)) rounds twice to 0,01. */
const WIDTH_TOLERANCE = 0.05;
const FORMULA_ROLES = new Set(['computed', 'subtotal', 'total', 'rate']);

const OPTIONS: FormOptions = tamThanhOptions({ receivingUnit: 'UBND tỉnh Quảng Nam' });

const SPECS: FormSpec[] = Object.values(FORM_CATALOGUE).flat();
const PLANS: SheetPlan[] = SPECS.map((spec) => buildSheetPlan(spec, OPTIONS));

function excelOf(fake: FakeExcel): typeof Excel {
  return fake.Excel as unknown as typeof Excel;
}

async function load(buffer: ArrayBuffer | Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as ExcelJS.Buffer);
  return book;
}

// ---------------------------------------------------------------------------------------------------------------
// Normalising what exceljs reads, so that «not written» and «written as the default» compare equal

const argbOf = (color: Partial<ExcelJS.Color> | undefined): string | null => (color?.argb ? color.argb.toUpperCase() : null);

function contentOf(cell: ExcelJS.Cell): unknown {
  if (cell.type === ExcelJS.ValueType.Formula) return { formula: cell.formula };
  const v = cell.value;
  return v === undefined || v === '' ? null : v;
}

function cellFacts(cell: ExcelJS.Cell): Record<string, unknown> {
  const font = cell.font ?? {};
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  const a = cell.alignment ?? {};
  const border = cell.border ?? {};
  return {
    content: contentOf(cell),
    numFmt: cell.numFmt || 'General',
    fontName: font.name ?? 'Calibri',
    fontSize: font.size ?? 11,
    bold: !!font.bold,
    italic: !!font.italic,
    underline: !!font.underline && font.underline !== 'none',
    fontColor: argbOf(font.color) ?? 'FF000000',
    fill: fill?.type === 'pattern' && fill.pattern === 'solid' ? argbOf(fill.fgColor) : null,
    horizontal: a.horizontal ?? 'general',
    vertical: a.vertical ?? 'bottom',
    wrapText: !!a.wrapText,
    borders: (['top', 'bottom', 'left', 'right'] as const).map((side) => border[side]?.style ?? 'none').join(','),
  };
}

function validationFacts(cell: ExcelJS.Cell): unknown {
  const dv = cell.dataValidation as ExcelJS.DataValidation | undefined;
  if (!dv) return null;
  return {
    type: dv.type,
    operator: dv.operator,
    formulae: (dv.formulae ?? []).map(String),
    allowBlank: !!dv.allowBlank,
    showErrorMessage: !!dv.showErrorMessage,
    errorStyle: dv.errorStyle ?? 'error',
    errorTitle: dv.errorTitle,
    error: dv.error,
  };
}

interface SheetFacts {
  cells: Map<string, Record<string, unknown>>;
  merges: string[];
  widths: Map<number, number>;
  heights: Map<number, number | undefined>;
  frozen: { xSplit: number; ySplit: number } | null;
  print: Record<string, unknown>;
  conditionalFormats: string[];
}

function sheetFacts(ws: ExcelJS.Worksheet, plan: SheetPlan): SheetFacts {
  const cells = new Map<string, Record<string, unknown>>();
  const widths = new Map<number, number>();
  const heights = new Map<number, number | undefined>();
  for (let r = 0; r < plan.rowCount; r++) {
    heights.set(r, ws.getRow(r + 1).height);
    for (let c = 0; c < plan.colCount; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      cells.set(cellAddress(r, c), { ...cellFacts(cell), validation: validationFacts(cell) });
    }
  }
  for (let c = 0; c < plan.colCount; c++) widths.set(c, ws.getColumn(c + 1).width ?? -1);
  const view = ws.views?.[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
  const p = ws.pageSetup;
  const cfs = (ws as unknown as { conditionalFormattings?: { ref: string; rules: ExcelJS.ConditionalFormattingRule[] }[] }).conditionalFormattings ?? [];
  return {
    cells,
    merges: [...((ws.model as unknown as { merges?: string[] }).merges ?? [])].sort(),
    widths,
    heights,
    frozen: view?.state === 'frozen' ? { xSplit: view.xSplit ?? 0, ySplit: view.ySplit ?? 0 } : null,
    print: {
      orientation: p.orientation,
      paperSize: p.paperSize,
      fitToPage: !!p.fitToPage,
      fitToWidth: p.fitToPage ? p.fitToWidth : undefined,
      fitToHeight: p.fitToPage ? p.fitToHeight : undefined,
      printTitlesRow: p.printTitlesRow,
      margins: p.margins && (['top', 'bottom', 'left', 'right'] as const).map((k) => Math.round(p.margins![k] * 1000) / 1000),
    },
    conditionalFormats: cfs
      .flatMap((cf) =>
        cf.rules.map((rule) => {
          const r = rule as ExcelJS.ExpressionRuleType;
          const fill = r.style?.fill as ExcelJS.FillPattern | undefined;
          return JSON.stringify([cf.ref, r.type, r.formulae, argbOf(fill?.bgColor), argbOf(r.style?.font?.color)]);
        }),
      )
      .sort(),
  };
}

/** `name -> sheet!A1:B2` with quotes and «$» removed (the two writers quote sheet names differently). */
function definedNames(book: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const { name, ranges } of book.definedNames.model as { name: string; ranges: string[] }[]) {
    out.set(name, ranges.map((r) => r.replace(/'/g, '').replace(/\$/g, '')).join(' '));
  }
  return out;
}

function differences(a: SheetFacts, b: SheetFacts): string[] {
  const out: string[] = [];
  for (const [address, facts] of a.cells) {
    const other = b.cells.get(address)!;
    for (const key of Object.keys(facts)) {
      if (JSON.stringify(facts[key]) !== JSON.stringify(other[key])) {
        out.push(`${address} ${key}: adapter ${JSON.stringify(facts[key])} / xlsx ${JSON.stringify(other[key])}`);
      }
    }
  }
  for (const [col, width] of a.widths) {
    if (Math.abs(width - b.widths.get(col)!) > WIDTH_TOLERANCE) out.push(`column ${col} width: adapter ${width} / xlsx ${b.widths.get(col)}`);
  }
  for (const [row, height] of a.heights) {
    if (height !== b.heights.get(row)) out.push(`row ${row} height: adapter ${height} / xlsx ${b.heights.get(row)}`);
  }
  for (const key of ['merges', 'frozen', 'print', 'conditionalFormats'] as const) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) out.push(`${key}: adapter ${JSON.stringify(a[key])} / xlsx ${JSON.stringify(b[key])}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering both ways

let adapterBook: ExcelJS.Workbook;
let xlsxBook: ExcelJS.Workbook;
let inserted: InsertResult;
let fake: FakeExcel;
let adapterExport: Buffer;

beforeAll(async () => {
  fake = createFakeExcel({ apiVersion: '1.18' });
  inserted = await insertForms(excelOf(fake), PLANS, (v) => compareVersions(v, '1.18') <= 0);
  adapterExport = await exportFakeWorkbookToXlsx(fake.workbook);
  adapterBook = await load(adapterExport);
  xlsxBook = await load((await createWorkbookFromPlans(PLANS).xlsx.writeBuffer()) as ArrayBuffer);
});

describe('the Office.js adapter and the .xlsx renderer give the same workbook', () => {
  it('the same sheet names, in the same order (after the host’s own «Sheet1»)', () => {
    expect(adapterBook.worksheets.map((w) => w.name)).toEqual(['Sheet1', ...xlsxBook.worksheets.map((w) => w.name)]);
    expect(inserted.forms.map((f) => f.sheetName)).toEqual(xlsxBook.worksheets.map((w) => w.name));
  });

  it.each(PLANS.map((plan, i) => [`${plan.formCode} ${plan.legalBasis}`, i] as const))('%s: cell for cell and sheet for sheet', (_id, i) => {
    const sheetName = inserted.forms[i].sheetName;
    const a = sheetFacts(adapterBook.getWorksheet(sheetName)!, PLANS[i]);
    const b = sheetFacts(xlsxBook.getWorksheet(sheetName)!, PLANS[i]);
    expect(differences(a, b)).toEqual([]);
    // Guard against comparing two empty sheets: every non-empty plan cell holds something.
    const written = PLANS[i].cells.filter((c) => !(c.content.kind === 'text' && c.content.text === ''));
    expect(written.length).toBeGreaterThan(10);
    expect(written.filter((c) => a.cells.get(cellAddress(c.row, c.col))!.content === null)).toEqual([]);
    // … and the sheet-level facts compared above are really there.
    const plan = PLANS[i];
    expect(a.conditionalFormats).toHaveLength(plan.conditionalFormats.length);
    const validated = plan.validations.reduce((n, v) => n + v.box.rowCount * v.box.colCount, 0);
    expect([...a.cells.values()].filter((f) => f.validation !== null)).toHaveLength(validated);
    expect(a.merges.length).toBeGreaterThan(0);
    for (const col of Object.keys(plan.columnWidths)) expect(a.widths.get(Number(col))).toBeCloseTo(plan.columnWidths[Number(col)], 1);
    expect(a.print).toMatchObject({ paperSize: 9, orientation: plan.print.orientation });
  });

  it('the same defined names over the same ranges', () => {
    const a = definedNames(adapterBook);
    const b = definedNames(xlsxBook);
    expect(a.size).toBe(PLANS.reduce((n, p) => n + p.names.length, 0));
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
  });

  it('the comparison notices a difference (a changed fill and a changed formula are reported)', () => {
    const i = PLANS.findIndex((p) => p.formCode === 'II.06a');
    const sheetName = inserted.forms[i].sheetName;
    const a = sheetFacts(adapterBook.getWorksheet(sheetName)!, PLANS[i]);
    const b = sheetFacts(xlsxBook.getWorksheet(sheetName)!, PLANS[i]);
    const total = PLANS[i].cells.find((c) => c.role === 'total')!;
    const address = cellAddress(total.row, total.col);
    b.cells.set(address, { ...b.cells.get(address)!, fill: 'FF123456', content: { formula: 'SUM(A1:A2)' } });
    b.widths.set(0, (b.widths.get(0) ?? 0) + 1);
    expect(differences(a, b)).toEqual([
      expect.stringMatching(new RegExp(`^${address} content`)),
      expect.stringMatching(new RegExp(`^${address} fill`)),
      expect.stringMatching(/^column 0 width/),
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// LibreOffice recalculates what the adapter wrote

/** The cells an official types into (same rule as computeExpected: input columns of data or fixed rows). */
function inputCells(spec: FormSpec, plan: SheetPlan): { row: number; col: number }[] {
  const { layout } = plan;
  const inputs = leafColumns(spec.columns).filter((l) => l.kind === 'input' && l.id in layout.columns);
  if (spec.rows.kind === 'fixed') {
    return spec.rows.rows
      .filter((fixed) => !fixed.formula)
      .flatMap((fixed) => inputs.filter((leaf) => fixedRowUses(fixed, leaf.id)).map((leaf) => ({ row: layout.rows![fixed.id], col: layout.columns[leaf.id] })));
  }
  const groupRows = new Set(layout.groupRows.map((g) => g.row));
  const out: { row: number; col: number }[] = [];
  for (let row = layout.dataRows.first; row <= layout.dataRows.last; row++) {
    if (!groupRows.has(row)) for (const leaf of inputs) out.push({ row, col: layout.columns[leaf.id] });
  }
  return out;
}

describe('LibreOffice recalculates the adapter’s workbook (one run, every form)', () => {
  it('every computed cell, subtotal, TỔNG CỘNG and rate equals the core’s arithmetic', async () => {
    // Deterministic counts, typed in through Office.js as the task pane would: one run, one sync for all forms.
    const typed = PLANS.map((plan, i) => new Map(inputCells(SPECS[i], plan).map(({ row, col }, k) => [`${row},${col}`, ((row * 7 + col * 13 + k) % 40) + (k % 5 === 0 ? 0 : 1)])));
    fake.stats.reset();
    await excelOf(fake).run(async (context) => {
      inserted.forms.forEach((form, i) => {
        const sheet = context.workbook.worksheets.getItem(form.sheetName);
        for (const [key, value] of typed[i]) {
          const [row, col] = key.split(',').map(Number);
          sheet.getRangeByIndexes(row, col, 1, 1).values = [[value]];
        }
      });
      await context.sync();
    });
    expect(fake.stats.syncsPerRun).toEqual([1]);

    const recalculated = await recalculateXlsx(await exportFakeWorkbookToXlsx(fake.workbook));
    const mismatches: string[] = [];
    let checked = 0;
    for (const [i, plan] of PLANS.entries()) {
      const sheetName = inserted.forms[i].sheetName;
      const grid = await readComputedValues(recalculated, sheetName);
      const expected = computeExpected(SPECS[i], plan, typed[i]);
      for (const cell of plan.cells) {
        if (!FORMULA_ROLES.has(cell.role) || cell.content.kind !== 'formula') continue;
        const want = expected.get(`${cell.row},${cell.col}`);
        if (want === undefined) continue;
        const got: ComputedValue = grid[cell.row]?.[cell.col] ?? null;
        checked++;
        const ok = want === '' ? got === '' || got === null : typeof got === 'number' && Math.abs(got - want) < 1e-9;
        if (!ok) mismatches.push(`${sheetName}!${cellAddress(cell.row, cell.col)} ${cell.content.formula}: LibreOffice ${JSON.stringify(got)}, core ${want}`);
      }
    }
    expect(mismatches).toEqual([]);
    // Every form contributes formula cells: a renderer that wrote formulas as text would fail above, not pass empty.
    expect(checked).toBeGreaterThan(PLANS.length * 3);
    // Spot check one total by hand: II.06a's first input column sums its data rows.
    const i = PLANS.findIndex((p) => p.formCode === 'II.06a');
    const plan = PLANS[i];
    const grid = await readComputedValues(recalculated, inserted.forms[i].sheetName);
    const firstInput = inputCells(SPECS[i], plan)[0].col;
    let sum = 0;
    for (let r = plan.layout.dataRows.first; r <= plan.layout.dataRows.last; r++) sum += typed[i].get(`${r},${firstInput}`) ?? 0;
    expect(sum).toBeGreaterThan(0);
    expect(grid[plan.layout.totalRow!][firstInput]).toBe(sum);
  });
});
