/**
 * Property: whatever pattern of blank cells, typed zeros, dashes and numbers the official leaves in any form, no
 * drafted sentence states a figure (a number, or «không có») for a cell nobody filled in. A printed cell must be a
 * typed input, or a formula that reads at least one typed input of each operand — decided here independently of the
 * narrative code, by recomputing every formula of the layout twice with different typed values (computeExpected) and
 * seeing which cells move.
 */
import fc from 'fast-check';
import { getForm } from '../../src/domain/forms';
import { leafColumns } from '../../src/domain/forms/spec';
import { fixedRowUses } from '../../src/domain/layout/rows';
import { buildSheetPlan, computeExpected } from '../../src/domain/layout/build-plan';
import type { FormOptions } from '../../src/domain/layout/options';
import type { SheetPlan } from '../../src/domain/layout/sheet-plan';
import { cellsOf, draftReport, type Figure } from '../../src/domain/narrative';
import { recogniseWorkbook } from '../../src/domain/read';
import type { InputCell, InputSheet } from '../../src/domain/read/types';

/** Every form the narrative drafts from (II.06a and II.06b take turns: the draft prefers II.06b). */
const CODES = ['II.05a', 'II.07b', 'KSTT-DG', 'KSTT-CB', 'KSTT-RS', 'KSTT-DT', 'KSTT-CT'] as const;

function optionsFor(code: string): FormOptions {
  const list: Record<string, string[]> = {
    'II.06a': ['Hộ tịch', 'Chứng thực', 'Đất đai'],
    'II.05a': ['UBND phường Tam Thanh'],
    'II.07b': ['UBND phường Tam Thanh', 'UBND xã Hoàng Đồng'],
  };
  return {
    reportingUnit: 'UBND thị xã Bỉm Sơn',
    receivingUnit: 'UBND tỉnh Thanh Hóa',
    level: 'huyen',
    period: { label: 'Quý I năm 2024', from: '15/12/2023', to: '14/03/2024' },
    reportPlace: 'Bỉm Sơn',
    reportDate: '18/03/2024',
    rowLabels: list[code],
    optionalColumns: code === 'II.06a' || code === 'II.06b' ? { returned: true, paused: true } : undefined,
  };
}

const PLANS = new Map<string, SheetPlan>();
function planOf(code: string): SheetPlan {
  let plan = PLANS.get(code);
  if (!plan) {
    plan = buildSheetPlan(getForm(code)!, optionsFor(code));
    PLANS.set(code, plan);
  }
  return plan;
}

/** The cells the official types into: input columns of the item rows (or of the fixed rows that use them). */
function inputCellsOf(plan: SheetPlan, code: string): { row: number; col: number }[] {
  const spec = getForm(code)!;
  const { layout } = plan;
  const taken = new Map(plan.cells.map((c) => [`${c.row},${c.col}`, c]));
  const inputColumns = leafColumns(spec.columns).filter((l) => l.kind === 'input' && l.id in layout.columns);
  const rows: { row: number; uses: (col: string) => boolean }[] = [];
  if (spec.rows.kind === 'fixed') {
    const fixed = spec.rows.rows;
    for (const [id, row] of Object.entries(layout.rows ?? {})) {
      const spec = fixed.find((r) => r.id === id)!;
      rows.push({ row, uses: (col) => fixedRowUses(spec, col) });
    }
  } else {
    const groups = new Set(layout.groupRows.map((g) => g.row));
    for (let r = layout.dataRows.first; r <= layout.dataRows.last; r++)
      if (!groups.has(r)) rows.push({ row: r, uses: () => true });
  }
  const out: { row: number; col: number }[] = [];
  for (const { row, uses } of rows)
    for (const leaf of inputColumns) {
      const col = layout.columns[leaf.id]!;
      const there = taken.get(`${row},${col}`);
      if (uses(leaf.id) && (!there || there.role === 'input')) out.push({ row, col });
    }
  return out;
}

type Typed = { kind: 'blank' } | { kind: 'zero' } | { kind: 'dash' } | { kind: 'number'; value: number };

const typedArb: fc.Arbitrary<Typed> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Typed>({ kind: 'blank' }) },
  { weight: 1, arbitrary: fc.constant<Typed>({ kind: 'zero' }) },
  { weight: 1, arbitrary: fc.constant<Typed>({ kind: 'dash' }) },
  {
    weight: 3,
    arbitrary: fc.integer({ min: 1, max: 2000 }).map<Typed>((value) => ({ kind: 'number', value })),
  },
);

const A1 = (row: number, col: number): string => {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row + 1}`;
};

interface Built {
  sheet: InputSheet;
  /** A1 addresses of cells the official stated: typed inputs and formulas over stated inputs. */
  stated: Set<string>;
}

/** The sheet as Excel saves it after the official typed `pattern` into the input cells. */
function buildSheet(code: string, pattern: readonly Typed[]): Built {
  const plan = planOf(code);
  const spec = getForm(code)!;
  const inputs = inputCellsOf(plan, code);
  const prefilled = new Set(inputs.map((c) => `${c.row},${c.col}`));
  const typed = new Map<string, number>();
  const cells: InputCell[] = [];
  const stated = new Set<string>();
  inputs.forEach((cell, i) => {
    const t = pattern[i % pattern.length]!;
    if (t.kind === 'blank') return;
    const key = `${cell.row},${cell.col}`;
    typed.set(key, t.kind === 'number' ? t.value : 0);
    cells.push({
      row: cell.row,
      col: cell.col,
      value: t.kind === 'dash' ? '-' : t.kind === 'number' ? t.value : 0,
    });
    stated.add(A1(cell.row, cell.col));
  });
  const cached = computeExpected(spec, plan, typed);
  // Which formulas read a stated input: recompute with two different sets of typed values and see which cells move.
  const keys = [...typed.keys()];
  const runA = computeExpected(spec, plan, new Map(keys.map((k, i) => [k, 2 * i + 3])));
  const runB = computeExpected(
    spec,
    plan,
    new Map(keys.map((k, i) => [k, 2 * i + 3 + 7 * (i + 1) * (i + 5)])),
  );
  for (const cell of plan.cells) {
    if (cell.role === 'input' || prefilled.has(`${cell.row},${cell.col}`)) continue;
    if (cell.content.kind === 'text') cells.push({ row: cell.row, col: cell.col, value: cell.content.text });
    if (cell.content.kind === 'number')
      cells.push({ row: cell.row, col: cell.col, value: cell.content.value });
    if (cell.content.kind === 'formula') {
      const key = `${cell.row},${cell.col}`;
      const value = cached.get(key);
      cells.push({
        row: cell.row,
        col: cell.col,
        value: value === undefined ? null : value,
        formula: cell.content.formula,
      });
      if (runA.get(key) !== runB.get(key)) stated.add(A1(cell.row, cell.col));
    }
  }
  return { sheet: { name: plan.sheetName, cells, merges: plan.merges }, stated };
}

const workbookArb = fc.record({
  dossierCode: fc.constantFrom('II.06a', 'II.06b'),
  patterns: fc.array(fc.array(typedArb, { minLength: 1, maxLength: 60 }), {
    minLength: CODES.length + 1,
    maxLength: CODES.length + 1,
  }),
  zeroParts: fc.boolean(),
});

test('no drafted sentence states a number or «không có» for a blank cell, in any form', () => {
  fc.assert(
    fc.property(workbookArb, ({ dossierCode, patterns, zeroParts }) => {
      const codes = [dossierCode, ...CODES];
      const built = codes.map((code, i) => buildSheet(code, patterns[i]!));
      const stated = new Map(built.map((b) => [b.sheet.name, b.stated]));
      const forms = recogniseWorkbook({ sheets: built.map((b) => b.sheet) });
      const report = draftReport(forms, { zeroParts });
      for (const section of report.sections)
        for (const paragraph of section.paragraphs)
          for (const segment of paragraph.segments) {
            if (segment.kind === 'text') expect(segment.text).not.toMatch(/không có/);
            if (segment.kind !== 'figure') continue;
            const figure: Figure = segment;
            for (const cell of cellsOf(figure.source)) {
              const ok = stated.get(cell.sheet)?.has(cell.cell) ?? false;
              if (!ok)
                throw new Error(
                  `${section.id}: «${figure.text}» from blank ${cell.sheet}!${cell.cell} in ` +
                    paragraph.segments.map((s) => s.text).join(''),
                );
            }
          }
    }),
    { numRuns: 40 },
  );
});

test('the property sees a figure made from a blank cell (the walk can fail)', () => {
  const built = buildSheet('II.05a', [{ kind: 'blank' }, { kind: 'number', value: 5 }]);
  const forms = recogniseWorkbook({ sheets: [built.sheet] });
  expect(forms.map((f) => f.code)).toEqual(['II.05a']);
  const report = draftReport(forms);
  const figures = report.sections.flatMap((s) =>
    s.paragraphs.flatMap((p) => p.segments.filter((x): x is Figure => x.kind === 'figure')),
  );
  expect(figures.length).toBeGreaterThan(0);
  // A blank cell of the sheet is not among the stated ones: a figure pointing there would fail the property.
  const blank = inputCellsOf(planOf('II.05a'), 'II.05a')[0]!;
  expect(built.stated.has(A1(blank.row, blank.col))).toBe(false);
  for (const f of figures) for (const c of cellsOf(f.source)) expect(built.stated.has(c.cell)).toBe(true);
});
