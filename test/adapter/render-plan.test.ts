/**
 * The Office.js renderer against the strict fake host: every form of the catalogue is inserted with exactly
 * two syncs (one load, one write) whatever its size and however many forms go in together; nothing existing is
 * overwritten; text stays text; nothing above the host's requirement set is called; and the add-in finds its
 * forms again from their marker names.
 */
import { FORM_CATALOGUE, getForm, type FormSpec } from '../../src/domain/forms';
import { cellAddress } from '../../src/domain/layout/a1';
import { buildSheetPlan } from '../../src/domain/layout/build-plan';
import { formMarkerName } from '../../src/domain/layout/form-marker';
import type { FormOptions } from '../../src/domain/layout/options';
import type { SheetPlan } from '../../src/domain/layout/sheet-plan';
import { insertForms, listOwnForms, MERGE_UNDO_GROUP_API } from '../../src/excel/insert-form';
import { parseOwnershipComment } from '../../src/excel/ownership';
import { charactersToPoints, renderSheetPlan, SKIPPED_PAGE_LAYOUT, textAsTyped } from '../../src/excel/render-plan';
import { importXlsxToFake } from '../fake-excel/export-xlsx';
import { createWorkbookFromPlans } from '../../src/xlsx/render-plan';
import {
  compareVersions,
  createFakeExcel,
  fakeFromGrid,
  sheetNamed,
  type FakeExcel,
  type FakeSheet,
  type FakeWorkbook,
} from '../fake-excel';
import { tamThanhOptions } from '../fixtures/form-options';

/** Two round trips: one to learn the workbook's names, one to write everything. */
const SYNCS_PER_INSERTION = 2;

function excelOf(fake: FakeExcel): typeof Excel {
  return fake.Excel as unknown as typeof Excel;
}

/** What `isSetSupported('ExcelApi', v)` says on a host of this version. */
function supportsUpTo(hostVersion: string) {
  return (version: string) => compareVersions(version, hostVersion) <= 0;
}

function options(overrides: Partial<FormOptions> = {}): FormOptions {
  return tamThanhOptions({ receivingUnit: 'UBND tỉnh Quảng Nam', ...overrides });
}

function planFor(code: string, overrides: Partial<FormOptions> = {}): SheetPlan {
  const spec = getForm(code);
  if (!spec) throw new Error(`no form ${code}`);
  return buildSheetPlan(spec, options(overrides));
}

function cellOf(sheet: FakeSheet, row: number, col: number) {
  return sheet.cells.get(`${row},${col}`);
}

/** Every plan cell is in the sheet as the plan says: text as text, numbers as numbers, formulas as formulas. */
function expectSheetMatchesPlan(workbook: FakeWorkbook, sheetName: string, plan: SheetPlan): void {
  const sheet = sheetNamed(workbook, sheetName);
  for (const cell of plan.cells) {
    const actual = cellOf(sheet, cell.row, cell.col);
    const where = `${sheetName}!(${cell.row},${cell.col})`;
    const c = cell.content;
    if (c.kind === 'formula') {
      expect({ where, formula: actual?.formula }).toEqual({ where, formula: c.formula });
    } else {
      expect({ where, formula: actual?.formula, value: actual?.value }).toEqual({
        where,
        formula: undefined,
        value: c.kind === 'text' ? (c.text === '' ? null : c.text) : c.value,
      });
    }
  }
  expect(sheet.merges).toHaveLength(plan.merges.filter((m) => m.rowCount * m.colCount > 1).length);
}

const allForms: [string, FormSpec][] = Object.entries(FORM_CATALOGUE).flatMap(([basis, forms]) =>
  forms.map((spec): [string, FormSpec] => [`${spec.code} ${basis}`, spec]),
);

describe('insertForms: a constant number of syncs', () => {
  it.each(allForms)('%s: inserted in exactly two syncs, cell for cell as planned', async (_id, spec) => {
    const fake = createFakeExcel();
    const plan = buildSheetPlan(spec, options());
    const result = await insertForms(excelOf(fake), [plan], supportsUpTo('1.18'));
    expect(fake.stats.syncsPerRun).toEqual([SYNCS_PER_INSERTION]);
    expect(result.forms).toHaveLength(1);
    expect(result.skipped).toEqual([]);
    expectSheetMatchesPlan(fake.workbook, result.forms[0].sheetName, plan);
  });

  it('takes the same two syncs for 5 rows and for 200 rows', async () => {
    const counts: number[] = [];
    for (const rows of [5, 200]) {
      const fake = createFakeExcel();
      const labels = Array.from({ length: rows }, (_, i) => `Lĩnh vực số ${i + 1}`);
      const plan = planFor('II.06a', { rowLabels: labels });
      expect(plan.layout.dataRows.last - plan.layout.dataRows.first + 1).toBe(rows);
      const result = await insertForms(excelOf(fake), [plan], supportsUpTo('1.18'));
      expectSheetMatchesPlan(fake.workbook, result.forms[0].sheetName, plan);
      counts.push(fake.stats.syncCount);
    }
    expect(counts).toEqual([SYNCS_PER_INSERTION, SYNCS_PER_INSERTION]);
  });

  it('inserts three forms together in the same two syncs, in three new sheets', async () => {
    const fake = createFakeExcel();
    const plans = [planFor('II.05a'), planFor('II.06a'), planFor('II.06b')];
    const result = await insertForms(excelOf(fake), plans, supportsUpTo('1.18'));
    expect(fake.stats.syncsPerRun).toEqual([SYNCS_PER_INSERTION]);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1', ...plans.map((p) => p.sheetName)]);
    result.forms.forEach((form, i) => expectSheetMatchesPlan(fake.workbook, form.sheetName, plans[i]));
    // The first inserted form is where the user lands.
    expect(fake.workbook.selection?.sheetId).toBe(sheetNamed(fake.workbook, plans[0].sheetName).id);
  });

  it('the same form three times in one insertion gets three sheets and three sets of names', async () => {
    const fake = createFakeExcel();
    const plan = planFor('II.06a');
    const result = await insertForms(excelOf(fake), [plan, plan, plan], supportsUpTo('1.18'));
    expect(fake.stats.syncsPerRun).toEqual([SYNCS_PER_INSERTION]);
    expect(result.forms.map((f) => f.sheetName)).toEqual(['II.06a', 'II.06a (2)', 'II.06a (3)']);
    const marker = formMarkerName('II.06a', 'TT01/2020');
    expect(result.forms.map((f) => f.markerName)).toEqual([marker, `${marker}_2`, `${marker}_3`]);
  });
});

describe('insertForms never overwrites', () => {
  it('leaves an existing sheet «II.06a» untouched and writes «II.06a (2)»', async () => {
    const existing = [
      ['Số liệu cũ của người dùng', 42],
      ['=B1*2', null],
    ];
    const fake = createFakeExcel({ workbook: fakeFromGrid('II.06a', existing) });
    const before = JSON.stringify([...sheetNamed(fake.workbook, 'II.06a').cells]);
    const result = await insertForms(excelOf(fake), [planFor('II.06a')], supportsUpTo('1.18'));
    expect(result.forms[0].sheetName).toBe('II.06a (2)');
    expect(JSON.stringify([...sheetNamed(fake.workbook, 'II.06a').cells])).toBe(before);
    expectSheetMatchesPlan(fake.workbook, 'II.06a (2)', planFor('II.06a'));
  });

  it('makes defined names unique against the workbook (case-insensitively) and keeps the user’s names', async () => {
    const fake = createFakeExcel();
    const plan = planFor('II.06a');
    const taken = plan.names[1].name;
    await excelOf(fake).run(async (context) => {
      context.workbook.names.add(taken.toLowerCase(), context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2'));
      await context.sync();
    });
    fake.stats.reset();
    const first = await insertForms(excelOf(fake), [plan], supportsUpTo('1.18'));
    const second = await insertForms(excelOf(fake), [plan], supportsUpTo('1.18'));
    expect(fake.stats.syncsPerRun).toEqual([SYNCS_PER_INSERTION, SYNCS_PER_INSERTION]);

    expect(first.forms[0].names[taken]).toBe(`${taken}_2`);
    expect(second.forms[0].names[taken]).toBe(`${taken}_3`);
    const all = fake.workbook.names.map((n) => n.name.toUpperCase());
    expect(new Set(all).size).toBe(all.length);
    // The user's own name still points where it did.
    const users = fake.workbook.names.find((n) => n.name === taken.toLowerCase())!;
    expect(users.ref).toEqual({ sheetId: sheetNamed(fake.workbook, 'Sheet1').id, box: { row: 0, col: 0, rowCount: 2, colCount: 2 } });
    // Each form's names cover its own sheet.
    for (const form of [...first.forms, ...second.forms]) {
      const sheetId = sheetNamed(fake.workbook, form.sheetName).id;
      for (const used of Object.values(form.names)) {
        expect(fake.workbook.names.find((n) => n.name === used)?.ref?.sheetId).toBe(sheetId);
      }
    }
  });
});

describe('text stays text', () => {
  const tricky = ['=SUM(1,2)', '(1)', '01', '+84 235', '-', '@ban', '03/2024', '1,652'];

  it('the fake stores «\'…» as literal text and turns unprefixed input into formulas, numbers and dates (as Excel does)', async () => {
    const fake = createFakeExcel();
    await excelOf(fake).run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B4');
      range.formulas = [
        ['=SUM(1,2)', "'=SUM(1,2)"],
        ['(1)', "'(1)"],
        ['01', "'01"],
        ['03/2024', "'03/2024"],
      ];
      await context.sync();
    });
    const sheet = sheetNamed(fake.workbook, 'Sheet1');
    expect(cellOf(sheet, 0, 0)?.formula).toBe('=SUM(1,2)');
    expect(cellOf(sheet, 1, 0)?.value).toBe(-1);
    expect(cellOf(sheet, 2, 0)?.value).toBe(1);
    expect(typeof cellOf(sheet, 3, 0)?.value).toBe('number');
    expect([0, 1, 2, 3].map((r) => [cellOf(sheet, r, 1)?.formula, cellOf(sheet, r, 1)?.value])).toEqual([
      [undefined, '=SUM(1,2)'],
      [undefined, '(1)'],
      [undefined, '01'],
      [undefined, '03/2024'],
    ]);
  });

  it('textAsTyped prefixes exactly one apostrophe, also before an apostrophe the user typed', () => {
    expect(textAsTyped('(1)')).toBe("'(1)");
    expect(textAsTyped("'quoted")).toBe("''quoted");
    expect(textAsTyped('')).toBe('');
  });

  it.each(tricky)('a reporting unit named «%s» is written as that text', async (unit) => {
    const fake = createFakeExcel();
    const plan = planFor('II.06a', { reportingUnit: unit, rowLabels: [unit, 'Tư pháp'] });
    const holding = plan.cells.filter((c) => c.content.kind === 'text' && c.content.text === unit);
    expect(holding.length).toBeGreaterThan(0); // the row label at least
    const result = await insertForms(excelOf(fake), [plan], supportsUpTo('1.18'));
    const sheet = sheetNamed(fake.workbook, result.forms[0].sheetName);
    for (const cell of holding) {
      expect(cellOf(sheet, cell.row, cell.col)).toMatchObject({ value: unit });
      expect(cellOf(sheet, cell.row, cell.col)?.formula).toBeUndefined();
    }
    // Column numbers «(1)», «(2)» … are text too, not -1, -2.
    const numbers = plan.cells.filter((c) => c.role === 'column-number' && c.content.kind === 'text');
    expect(numbers.length).toBeGreaterThan(0);
    for (const cell of numbers) {
      expect(cellOf(sheet, cell.row, cell.col)?.value).toBe((cell.content as { text: string }).text);
    }
  });
});

describe('requirement sets', () => {
  it('at ExcelApi 1.8 skips page layout (1.9), reports it, and calls nothing newer', async () => {
    const fake = createFakeExcel({ apiVersion: '1.8' });
    const runs: unknown[] = [];
    const excel = excelOf(fake);
    const spy = { ...excel, run: (...args: unknown[]) => (runs.push(args.length), (excel.run as (...a: unknown[]) => Promise<unknown>)(...args)) };
    const plans = allForms.slice(0, 4).map(([, spec]) => buildSheetPlan(spec, options()));
    const result = await insertForms(spy as unknown as typeof Excel, plans, supportsUpTo('1.8'));
    expect(result.skipped).toEqual([SKIPPED_PAGE_LAYOUT]);
    expect(result.forms.every((f) => f.skipped.includes(SKIPPED_PAGE_LAYOUT))).toBe(true);
    expect(result.undoGrouped).toBe(false);
    expect(runs).toEqual([1]); // Excel.run(batch), without the 1.20 options argument
    expect(fake.stats.syncsPerRun).toEqual([SYNCS_PER_INSERTION]);
    result.forms.forEach((f, i) => expectSheetMatchesPlan(fake.workbook, f.sheetName, plans[i]));
    expect(sheetNamed(fake.workbook, result.forms[0].sheetName).pageLayout.printTitleRows).toBeNull();
  });

  it('the fake would catch it: claiming 1.9 on a 1.8 host fails the write with ApiNotFound', async () => {
    const fake = createFakeExcel({ apiVersion: '1.8' });
    await expect(insertForms(excelOf(fake), [planFor('II.06a')], supportsUpTo('1.9'))).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('the fake would catch it: mergeUndoGroup on a 1.19 host fails', async () => {
    const fake = createFakeExcel({ apiVersion: '1.19' });
    await expect(insertForms(excelOf(fake), [planFor('II.06a')], () => true)).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it(`groups the insertion into one undo step at ExcelApi ${MERGE_UNDO_GROUP_API}`, async () => {
    const fake = createFakeExcel({ apiVersion: '1.20' });
    const calls: unknown[][] = [];
    const excel = excelOf(fake);
    const spy = { ...excel, run: (...args: unknown[]) => (calls.push(args), (excel.run as (...a: unknown[]) => Promise<unknown>)(...args)) };
    const result = await insertForms(spy as unknown as typeof Excel, [planFor('II.06a'), planFor('II.07b')], supportsUpTo('1.20'));
    expect(result.undoGrouped).toBe(true);
    expect(calls).toHaveLength(1);
    expect(calls[0][0]).toEqual({ mergeUndoGroup: true });
    expect(fake.stats.syncsPerRun).toEqual([SYNCS_PER_INSERTION]);
  });

  it('from ExcelApi 1.9 writes the A4 print setup, print titles and margins', async () => {
    const fake = createFakeExcel({ apiVersion: '1.9' });
    const plan = planFor('II.06a');
    const result = await insertForms(excelOf(fake), [plan], supportsUpTo('1.9'));
    expect(result.skipped).toEqual([]);
    const page = sheetNamed(fake.workbook, 'II.06a').pageLayout;
    expect(page.paperSize).toBe('A4');
    expect(page.orientation).toBe(plan.print.orientation === 'landscape' ? 'Landscape' : 'Portrait');
    if (plan.print.repeatRows) expect(page.printTitleRows).toBe(`$${plan.print.repeatRows.first + 1}:$${plan.print.repeatRows.last + 1}`);
    if (plan.print.fitToWidth) expect(page.zoom).toMatchObject({ horizontalFitToPages: 1 });
    if (plan.print.margins) expect(page.margins.left).toBeCloseTo(plan.print.margins.left * 72);
  });
});

describe('formatting reaches the sheet', () => {
  it('column widths, row heights, merges, fonts, validations and conditional formats of II.06a', async () => {
    const fake = createFakeExcel();
    const plan = planFor('II.06a');
    await insertForms(excelOf(fake), [plan], supportsUpTo('1.18'));
    const sheet = sheetNamed(fake.workbook, 'II.06a');
    for (const [col, width] of Object.entries(plan.columnWidths)) expect(sheet.columnWidths.get(Number(col))).toBe(charactersToPoints(width));
    for (const [row, height] of Object.entries(plan.rowHeights)) expect(sheet.rowHeights.get(Number(row))).toBe(height);
    expect(sheet.dataValidations.length).toBe(plan.validations.length);
    expect(sheet.conditionalFormats.map((cf) => cf.formula)).toEqual(plan.conditionalFormats.map((cf) => cf.formula));
    const title = plan.cells.find((c) => c.role === 'title')!;
    expect(cellOf(sheet, title.row, title.col)?.font).toMatchObject({ name: 'Times New Roman', bold: true });
  });

  it('renderSheetPlan (one form) also takes two syncs', async () => {
    const fake = createFakeExcel();
    await excelOf(fake).run((context) => renderSheetPlan(context, planFor('II.07b'), supportsUpTo('1.18')));
    expect(fake.stats.syncsPerRun).toEqual([SYNCS_PER_INSERTION]);
  });
});

describe('listOwnForms', () => {
  it('finds every inserted form with its exact code, basis, sheet and address in two syncs', async () => {
    const fake = createFakeExcel();
    const plans = [planFor('II.06a'), planFor('KSTT-CB'), planFor('II.06a'), buildSheetPlan(getForm('II.07b', 'TT05/2025')!, options())];
    await insertForms(excelOf(fake), plans, supportsUpTo('1.18'));
    fake.stats.reset();
    const found = await listOwnForms(excelOf(fake));
    expect(fake.stats.syncsPerRun).toEqual([2]);
    const lastCell = (p: SheetPlan) => cellAddress(p.rowCount - 1, p.colCount - 1);
    expect(found.map(({ formCode, legalBasis, sheetName, address }) => ({ formCode, legalBasis, sheetName, address }))).toEqual([
      { formCode: 'II.06a', legalBasis: 'TT01/2020', sheetName: 'II.06a', address: `A1:${lastCell(plans[0])}` },
      { formCode: 'KSTT-CB', legalBasis: 'TT01/2020', sheetName: plans[1].sheetName, address: `A1:${lastCell(plans[1])}` },
      { formCode: 'II.06a', legalBasis: 'TT01/2020', sheetName: 'II.06a (2)', address: `A1:${lastCell(plans[2])}` },
      { formCode: 'II.07b', legalBasis: 'TT05/2025', sheetName: plans[3].sheetName, address: `A1:${lastCell(plans[3])}` },
    ]);
    // The marker's comment carries the exact code, which the name alone cannot («KSTT-CB» is spelled KSTT_CB).
    const cb = fake.workbook.names.find((n) => n.name === found[1].name)!;
    expect(cb.name).toContain('KSTT_CB');
    expect(parseOwnershipComment(cb.comment)).toEqual({ formCode: 'KSTT-CB', legalBasis: 'TT01/2020' });
  });

  it('ignores other names, forms whose sheet was deleted, and an empty workbook costs one sync', async () => {
    const fake = createFakeExcel();
    expect(await listOwnForms(excelOf(fake))).toEqual([]);
    expect(fake.stats.syncsPerRun).toEqual([1]);

    await insertForms(excelOf(fake), [planFor('II.06a'), planFor('II.06b')], supportsUpTo('1.18'));
    await excelOf(fake).run(async (context) => {
      context.workbook.names.add('KSTT_KhongPhaiBieu', context.workbook.worksheets.getItem('Sheet1').getRange('A1'), 'kstt:II.06a:TT01/2020');
      context.workbook.worksheets.getItem('II.06a').delete();
      await context.sync();
    });
    const found = await listOwnForms(excelOf(fake));
    expect(found.map((f) => f.sheetName)).toEqual(['II.06b']);
  });

  it('recognises a form written by the .xlsx renderer (marker without our comment) by its name', async () => {
    const buffer = await createWorkbookFromPlans([planFor('KSTT-DT'), planFor('II.05a')]).xlsx.writeBuffer();
    const fake = createFakeExcel({ workbook: await importXlsxToFake(buffer as ArrayBuffer) });
    const found = await listOwnForms(excelOf(fake));
    expect(found.map((f) => [f.formCode, f.legalBasis])).toEqual([
      ['KSTT-DT', 'TT01/2020'],
      ['II.05a', 'TT01/2020'],
    ]);
  });
});
