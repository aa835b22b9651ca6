import { markerIsFor, parseFormMarkerName } from '../../src/domain/layout/form-marker';
import {
  FORM_CATALOGUE,
  getForm,
  leafColumns,
  type AdminLevel,
  type FormSpec,
  type LegalBasis,
} from '../../src/domain/forms';
import {
  buildSheetPlan,
  computeExpected,
  FormOptionsError,
  placeAndDate,
} from '../../src/domain/layout/build-plan';
import type { FormOptions } from '../../src/domain/layout/options';
import type { CellBox, SheetPlan } from '../../src/domain/layout/sheet-plan';
import { tamThanhOptions } from '../fixtures/form-options';

const BASE: FormOptions = tamThanhOptions();

// ---------- helpers (independent of the engine) ----------
function colLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
const a1 = (row: number, col: number) => `${colLetters(col)}${row + 1}`;
function colIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}
/** Shifts every relative A1 reference of a formula (the plans use no «$»). */
function shift(formula: string, dRow: number, dCol: number): string {
  return formula
    .replace(/\b([A-Z]{1,3})(\d+)\b/g, (_m, c: string, r: string) => a1(Number(r) - 1 + dRow, colIndex(c) + dCol))
    .replace(/\b([A-Z]{1,3}):([A-Z]{1,3})\b/g, (_m, c1: string, c2: string) => {
      const moved = (c: string) => colLetters(colIndex(c) + dCol);
      return `${moved(c1)}:${moved(c2)}`;
    });
}
/** The block a total sums: from its first row down to the row above `boundary` (ROW() when it is the total itself). */
function blockTo(firstRow: number, col: number, boundary: string): string {
  const letters = colLetters(col);
  return `${a1(firstRow, col)}:INDEX(${letters}:${letters},${boundary}-1)`;
}
function refsOf(formula: string): { row: number; col: number }[] {
  return [...formula.matchAll(/\b([A-Z]{1,3})(\d+)\b/g)].map((m) => ({
    row: Number(m[2]) - 1,
    col: colIndex(m[1]),
  }));
}
function cellsOf(box: CellBox): [number, number][] {
  const out: [number, number][] = [];
  for (let r = box.row; r < box.row + box.rowCount; r++)
    for (let c = box.col; c < box.col + box.colCount; c++) out.push([r, c]);
  return out;
}
function inside(plan: SheetPlan, box: CellBox): boolean {
  return (
    box.row >= 0 &&
    box.col >= 0 &&
    box.rowCount >= 1 &&
    box.colCount >= 1 &&
    box.row + box.rowCount <= plan.rowCount &&
    box.col + box.colCount <= plan.colCount
  );
}
const cellMap = (plan: SheetPlan) => new Map(plan.cells.map((c) => [`${c.row},${c.col}`, c]));

/** Input positions derived from the spec and the layout map, not from the plan's validations. */
function expectedInputs(spec: FormSpec, plan: SheetPlan): { pos: string; decimals: boolean }[] {
  const cols = plan.layout.columns;
  const leaves = leafColumns(spec.columns).filter((l) => l.id in cols && l.kind === 'input');
  const out: { pos: string; decimals: boolean }[] = [];
  if (spec.rows.kind === 'fixed') {
    for (const row of spec.rows.rows) {
      if (row.heading || row.formula) continue;
      for (const leaf of leaves) {
        if (row.columns && !row.columns.includes(leaf.id)) continue;
        out.push({ pos: `${plan.layout.rows![row.id]},${cols[leaf.id]}`, decimals: !!leaf.allowDecimals });
      }
    }
    return out;
  }
  const groups = new Set(plan.layout.groupRows.map((g) => g.row));
  for (let r = plan.layout.dataRows.first; r <= plan.layout.dataRows.last; r++) {
    if (groups.has(r)) continue;
    for (const leaf of leaves) out.push({ pos: `${r},${cols[leaf.id]}`, decimals: !!leaf.allowDecimals });
  }
  return out;
}

const CASES: [string, FormSpec, FormOptions][] = [];
for (const basis of Object.keys(FORM_CATALOGUE) as LegalBasis[]) {
  for (const spec of FORM_CATALOGUE[basis]) {
    for (const level of ['tinh', 'huyen', 'xa'] as AdminLevel[]) {
      CASES.push([`${spec.code} ${basis} ${level}`, spec, { ...BASE, level }]);
    }
    CASES.push([
      `${spec.code} ${basis} optional columns`,
      spec,
      { ...BASE, optionalColumns: { returned: true, paused: true } },
    ]);
  }
}

describe.each(CASES)('plan invariants: %s', (_name, spec, options) => {
  const plan = buildSheetPlan(spec, options);
  const cells = cellMap(plan);

  it('keeps every cell, merge, style, validation, format and name inside the sheet', () => {
    expect(plan.cells.length).toBeGreaterThan(0);
    expect(cells.size).toBe(plan.cells.length); // no two cells at one position
    for (const c of plan.cells)
      expect(inside(plan, { row: c.row, col: c.col, rowCount: 1, colCount: 1 })).toBe(true);
    for (const box of [
      ...plan.merges,
      ...plan.styles.map((s) => s.box),
      ...plan.validations.map((v) => v.box),
      ...plan.conditionalFormats.map((f) => f.box),
      ...plan.names.map((n) => n.box),
    ]) {
      expect(inside(plan, box)).toBe(true);
    }
  });

  it('has merges that do not overlap and hide no content', () => {
    const owner = new Map<string, number>();
    plan.merges.forEach((m, i) => {
      expect(m.rowCount * m.colCount).toBeGreaterThan(1);
      for (const [r, c] of cellsOf(m)) {
        expect(owner.has(`${r},${c}`)).toBe(false);
        owner.set(`${r},${c}`, i);
        if (r !== m.row || c !== m.col) expect(cells.has(`${r},${c}`)).toBe(false);
      }
    });
  });

  it('validates exactly the whole-number input cells', () => {
    const inputs = expectedInputs(spec, plan);
    const validated = new Map<string, number>();
    for (const v of plan.validations) {
      expect(v.rule).toBe('whole-number-non-negative');
      expect(v.errorMessage).toMatch(/số nguyên không âm/);
      for (const [r, c] of cellsOf(v.box)) validated.set(`${r},${c}`, (validated.get(`${r},${c}`) ?? 0) + 1);
    }
    const whole = inputs
      .filter((i) => !i.decimals)
      .map((i) => i.pos)
      .sort();
    expect([...validated.keys()].sort()).toEqual(whole);
    expect([...validated.values()].every((n) => n === 1)).toBe(true);
    for (const pos of whole) {
      const cell = cells.get(pos);
      if (cell) expect(cell.content.kind).toBe('number'); // only prefilled numbers, never formulas or text
    }
  });

  it('writes a formula in every computed, rate, subtotal and total position', () => {
    const cols = plan.layout.columns;
    const leaves = leafColumns(spec.columns).filter((l) => l.id in cols);
    const groups = new Set(plan.layout.groupRows.map((g) => g.row));
    if (spec.rows.kind !== 'fixed') {
      for (let r = plan.layout.dataRows.first; r <= plan.layout.dataRows.last; r++) {
        for (const leaf of leaves) {
          const cell = cells.get(`${r},${cols[leaf.id]}`);
          const aggregated = groups.has(r) && leaf.kind === 'input';
          if (leaf.kind === 'computed' || leaf.kind === 'rate' || aggregated)
            expect(cell?.content.kind).toBe('formula');
        }
      }
    } else {
      for (const row of spec.rows.rows) {
        if (!row.formula) continue;
        for (const leaf of leaves.filter(
          (l) => l.kind === 'input' && (!row.columns || row.columns.includes(l.id)),
        )) {
          expect(cells.get(`${plan.layout.rows![row.id]},${cols[leaf.id]}`)?.content.kind).toBe('formula');
        }
      }
    }
    for (const c of plan.cells) {
      if (['computed', 'subtotal', 'total', 'rate'].includes(c.role)) expect(c.content.kind).toBe('formula');
      if (c.content.kind === 'formula') {
        expect(c.content.formula.startsWith('=')).toBe(true);
        expect(c.content.formula).not.toMatch(/;/); // en-US separators only
        for (const ref of refsOf(c.content.formula)) {
          expect(inside(plan, { row: ref.row, col: ref.col, rowCount: 1, colCount: 1 })).toBe(true);
          expect(ref.row).toBeGreaterThanOrEqual(plan.layout.dataRows.first); // formulas read only the table body
        }
      }
    }
  });

  it('sums TỔNG CỘNG over the whole block from the first data row to the row above it', () => {
    if (plan.layout.totalRow === null) {
      expect(spec.totalRow).toBe(false);
      return;
    }
    const total = plan.layout.totalRow;
    expect(plan.layout.dataRows.last).toBe(total - 1);
    const totals = plan.cells.filter((c) => c.row === total && c.role === 'total');
    expect(totals.length).toBeGreaterThan(0);
    for (const c of totals) {
      const f = (c.content as { formula: string }).formula;
      const range = blockTo(plan.layout.dataRows.first, c.col, 'ROW()');
      expect(f === `=SUM(${range})` || f === `=SUBTOTAL(9,${range})`).toBe(true);
      // With group rows, a plain SUM would count each group twice.
      if (plan.layout.groupRows.length > 0) expect(f).toMatch(/^=SUBTOTAL\(9,/);
    }
    const label = plan.cells.find((c) => c.row === total && c.content.kind === 'text');
    expect(label?.content).toEqual({ kind: 'text', text: 'TỔNG CỘNG' });
  });

  it('draws each contradiction format as «this cell <> its own formula» on every cell it covers', () => {
    const contradictions = plan.conditionalFormats.filter((f) => /khác tổng/.test(f.description));
    if (plan.cells.some((c) => c.role === 'computed' && c.content.kind === 'formula'))
      expect(contradictions.length).toBeGreaterThan(0);
    for (const cf of contradictions) {
      for (const [r, c] of cellsOf(cf.box)) {
        const cell = cells.get(`${r},${c}`);
        expect(cell?.content.kind).toBe('formula');
        const body = (cell!.content as { formula: string }).formula.slice(1);
        expect(shift(cf.formula, r - cf.box.row, c - cf.box.col)).toBe(`=${a1(r, c)}<>${body}`);
      }
    }
    const negatives = plan.conditionalFormats.filter((f) => /âm/.test(f.description));
    const covered = new Set(negatives.flatMap((f) => cellsOf(f.box).map(([r, c]) => `${r},${c}`)));
    expect([...covered].sort()).toEqual(
      expectedInputs(spec, plan)
        .map((i) => i.pos)
        .sort(),
    );
  });

  it('names the table uniquely and proposes a valid sheet name', () => {
    const names = plan.names.map((n) => n.name.toUpperCase());
    expect(new Set(names).size).toBe(names.length);
    for (const n of plan.names) {
      expect(n.name).toMatch(/^KSTT_[A-Za-z0-9_.]+$/);
      expect(n.name).not.toMatch(/^[A-Z]{1,3}\d+$/);
    }
    // The marker over the whole form says which form and legal basis the sheet holds.
    const marker = plan.names.find((n) => parseFormMarkerName(n.name));
    expect(parseFormMarkerName(marker!.name)).toMatchObject({ legalBasis: spec.legalBasis, copy: 1 });
    expect(markerIsFor(parseFormMarkerName(marker!.name)!, spec.code)).toBe(true);
    expect(marker!.box).toEqual({ row: 0, col: 0, rowCount: plan.rowCount, colCount: plan.colCount });
    expect(plan.sheetName.length).toBeLessThanOrEqual(31);
    expect(plan.sheetName).not.toMatch(/[[\]:*?/\\]/);
    expect(plan.sheetName).not.toMatch(/^'|'$/);
  });

  it('sets print, freeze, fonts and widths like the printed form', () => {
    expect(plan.print).toMatchObject({ orientation: 'landscape', paperSize: 'A4', fitToWidth: true });
    expect(plan.print.repeatRows?.first).toBe(plan.layout.headerRows.first);
    expect(plan.freeze?.rows).toBe(plan.layout.dataRows.first);
    expect(plan.styles[0].style).toMatchObject({ fontName: 'Times New Roman', fontSize: 13 });
    expect(Object.keys(plan.columnWidths)).toHaveLength(plan.colCount);
    expect(plan.cells.find((c) => c.role === 'title')?.content).toEqual({
      kind: 'text',
      text: spec.title.toLocaleUpperCase('vi'),
    });
  });

  it('gives computeExpected a value for exactly the formula cells', () => {
    const expected = computeExpected(spec, plan, new Map());
    const formulas = plan.cells.filter((c) => c.content.kind === 'formula').map((c) => `${c.row},${c.col}`);
    expect([...expected.keys()].sort()).toEqual(formulas.sort());
  });
});

// ---------- concrete layouts ----------

/** The 2026 sample report (phường Tam Thanh, quý I/2026), split over two lĩnh vực. */
const TAM_THANH = {
  a: {
    online: 1000,
    direct: 0,
    carried: 50,
    early: 950,
    onTime: 0,
    late: 11,
    pendingOnTime: 30,
    pendingLate: 0,
    returned: 40,
    paused: 19,
  },
  b: {
    online: 568,
    direct: 0,
    carried: 19,
    early: 527,
    onTime: 0,
    late: 0,
    pendingOnTime: 11,
    pendingLate: 0,
    returned: 4,
    paused: 45,
  },
};

function inputsFor(plan: SheetPlan, rows: Record<number, Record<string, number>>): Map<string, number> {
  const m = new Map<string, number>();
  for (const [row, values] of Object.entries(rows)) {
    for (const [id, v] of Object.entries(values)) m.set(`${row},${plan.layout.columns[id]}`, v);
  }
  return m;
}

describe('II.06a', () => {
  const spec = getForm('II.06a')!;
  const options: FormOptions = {
    ...BASE,
    rowLabels: ['Hộ tịch', 'Chứng thực'],
    optionalColumns: { returned: true, paused: true },
  };
  const plan = buildSheetPlan(spec, options);
  const cells = cellMap(plan);
  const at = (row: number, id: string) => `${row},${plan.layout.columns[id]}`;
  const first = plan.layout.dataRows.first;
  const total = plan.layout.totalRow!;

  it('prints the code, units, period and column formulas as the printed form', () => {
    const texts = plan.cells
      .filter((c) => c.content.kind === 'text')
      .map((c) => (c.content as { text: string }).text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Biểu số II.06a/VPCP/KSTT',
        '- Đơn vị báo cáo: UBND phường Tam Thanh',
        '- Đơn vị nhận báo cáo: UBND tỉnh Lạng Sơn',
        'Kỳ báo cáo: Quý I năm 2026',
        '(Từ ngày 15/12/2025 đến ngày 14/03/2026)',
        'Đơn vị tính: Số hồ sơ TTHC',
        '(3)=(4)+(5)+(6)',
        '(7)=(8)+(9)+(10)',
        '(11)=(12)+(13)',
        'Tam Thanh, ngày 18 tháng 3 năm 2026',
        'NGƯỜI LẬP BIỂU',
        'THỦ TRƯỞNG ĐƠN VỊ',
        '(Ký, ghi rõ họ tên)',
      ]),
    );
    expect(cells.get('0,0')?.content).toEqual({ kind: 'text', text: 'Biểu số II.06a/VPCP/KSTT' });
    expect(plan.layout.headerRows).toEqual({ first: 7, last: 9 });
    expect(plan.colCount).toBe(15);
  });

  it('computes row sums with + and totals with SUM over the block', () => {
    expect(cells.get(at(first, 'received'))?.content).toEqual({
      kind: 'formula',
      formula: `=D${first + 1}+E${first + 1}+F${first + 1}`,
    });
    expect(cells.get(at(total, 'online'))?.content).toEqual({
      kind: 'formula',
      formula: `=SUM(D${first + 1}:INDEX(D:D,ROW()-1))`,
    });
    expect(plan.names.find((n) => n.name === 'KSTT_II06a')?.box).toEqual({
      row: plan.layout.headerRows.first,
      col: 0,
      rowCount: total - plan.layout.headerRows.first + 1,
      colCount: 15,
    });
  });

  it('reproduces the 2026 sample report: 1.568 new + 69 carried = 1.637 = 1.488 + 41 + 44 + 64', () => {
    const expected = computeExpected(
      spec,
      plan,
      inputsFor(plan, { [first]: TAM_THANH.a, [first + 1]: TAM_THANH.b }),
    );
    expect(expected.get(at(first, 'received'))).toBe(1050);
    expect(expected.get(at(first + 1, 'received'))).toBe(587);
    expect(expected.get(at(total, 'online'))).toBe(1568);
    expect(expected.get(at(total, 'carried'))).toBe(69);
    expect(expected.get(at(total, 'received'))).toBe(1637);
    expect(expected.get(at(total, 'resolved'))).toBe(1488);
    expect(expected.get(at(total, 'pending'))).toBe(41);
    expect(expected.get(at(total, 'returned'))).toBe(44);
    expect(expected.get(at(total, 'paused'))).toBe(64);
    const sum = (id: string) => expected.get(at(total, id)) as number;
    expect(sum('received')).toBe(sum('resolved') + sum('pending') + sum('returned') + sum('paused'));
    // Input cells are not computed cells.
    expect(expected.has(at(first, 'online'))).toBe(false);
  });

  it('reacts to a changed input (the arithmetic is not a constant)', () => {
    const base = computeExpected(spec, plan, inputsFor(plan, { [first]: TAM_THANH.a }));
    const more = computeExpected(spec, plan, inputsFor(plan, { [first]: { ...TAM_THANH.a, late: 12 } }));
    expect((more.get(at(total, 'resolved')) as number) - (base.get(at(total, 'resolved')) as number)).toBe(1);
  });

  it('leaves the optional columns out unless asked', () => {
    const plain = buildSheetPlan(spec, { ...BASE });
    expect(plain.colCount).toBe(13);
    expect(plain.layout.columns).not.toHaveProperty('returned');
    expect(plain.cells.some((c) => c.content.kind === 'text' && /tạm dừng/.test(c.content.text))).toBe(false);
  });

  it('keeps formula-looking names as text', () => {
    const tricky = buildSheetPlan(spec, {
      ...BASE,
      reportingUnit: '=HYPERLINK("http://x","y")',
      rowLabels: ['=1+1', '+84 Hộ tịch', '@Đất đai', '-Chứng thực'],
      signers: { preparerName: '=SUM(A1:A9)' },
    });
    const labels = tricky.cells
      .filter((c) => c.role === 'label' && c.content.kind === 'text')
      .map((c) => c.content);
    for (const text of ['=1+1', '+84 Hộ tịch', '@Đất đai', '-Chứng thực'])
      expect(labels).toContainEqual({ kind: 'text', text });
    expect(tricky.cells).toContainEqual(
      expect.objectContaining({ content: { kind: 'text', text: '=SUM(A1:A9)' }, role: 'meta' }),
    );
    expect(
      tricky.cells
        .filter((c) => c.content.kind === 'formula')
        .every((c) => !/HYPERLINK|SUM\(A1/.test((c.content as { formula: string }).formula)),
    ).toBe(true);
  });
});

describe('II.06b (grouped)', () => {
  const spec = getForm('II.06b')!;
  const options: FormOptions = {
    ...BASE,
    groups: [
      { label: 'Cấp tỉnh', rows: ['Đất đai', 'Xây dựng'] },
      { label: 'Cấp xã', rows: ['Hộ tịch', 'Chứng thực', 'Đất đai'] },
    ],
  };
  const plan = buildSheetPlan(spec, options);
  const cells = cellMap(plan);
  const col = plan.layout.columns;

  it('puts a SUBTOTAL on each group row and a SUBTOTAL over the whole block in TỔNG CỘNG', () => {
    const [g1, g2] = plan.layout.groupRows;
    expect(g1).toMatchObject({ label: 'Cấp tỉnh', subtotal: true });
    expect(g2.row).toBe(g1.row + 3);
    const c = col.online;
    expect(cells.get(`${g1.row},${c}`)?.content).toEqual({
      kind: 'formula',
      formula: `=SUBTOTAL(9,D${g1.row + 2}:INDEX(D:D,ROW(D${g2.row + 1})-1))`,
    });
    expect(plan.layout.totalRow).toBe(g2.row + 4);
    expect(cells.get(`${g2.row},${c}`)?.content).toEqual({
      kind: 'formula',
      formula: `=SUBTOTAL(9,D${g2.row + 2}:INDEX(D:D,ROW(D${g2.row + 5})-1))`,
    });
    expect(cells.get(`${plan.layout.totalRow},${c}`)?.content).toEqual({
      kind: 'formula',
      formula: `=SUBTOTAL(9,D${g1.row + 1}:INDEX(D:D,ROW()-1))`,
    });
    expect(cells.get(`${g1.row},0`)?.content).toEqual({ kind: 'text', text: 'I' });
    expect(cells.get(`${g1.row + 1},0`)?.content).toEqual({ kind: 'number', value: 1 });
  });

  it('computes subtotals per group and a total that counts each row once', () => {
    const [g1, g2] = plan.layout.groupRows;
    const inputs = new Map<string, number>();
    [1, 2].forEach((i) => inputs.set(`${g1.row + i},${col.online}`, 10 * i)); // 10 + 20
    [1, 2, 3].forEach((i) => inputs.set(`${g2.row + i},${col.online}`, i)); // 1 + 2 + 3
    inputs.set(`${g2.row + 1},${col.carried}`, 5);
    const expected = computeExpected(spec, plan, inputs);
    expect(expected.get(`${g1.row},${col.online}`)).toBe(30);
    expect(expected.get(`${g2.row},${col.online}`)).toBe(6);
    expect(expected.get(`${plan.layout.totalRow},${col.online}`)).toBe(36);
    expect(expected.get(`${g2.row},${col.received}`)).toBe(11);
    expect(expected.get(`${plan.layout.totalRow},${col.received}`)).toBe(41);
  });

  it('proposes cấp huyện only for periods that began before the two-tier reform', () => {
    const before = buildSheetPlan(spec, {
      ...BASE,
      period: { label: 'Quý I năm 2025', from: '15/12/2024', to: '14/03/2025' },
    });
    const after = buildSheetPlan(spec, BASE);
    const levels = (p: SheetPlan) => p.layout.groupRows.map((g) => g.label.split(' (')[0]);
    expect(levels(before)).toEqual(['Cấp tỉnh', 'Cấp huyện', 'Cấp xã']);
    expect(levels(after)).toEqual(['Cấp tỉnh', 'Cấp xã']);
  });
});

describe('fixed-row forms', () => {
  it('computes KSTT-DT sums and rates from its own rows, blank when the denominator is 0', () => {
    const spec = getForm('KSTT-DT')!;
    const plan = buildSheetPlan(spec, BASE);
    const rows = plan.layout.rows!;
    const v = plan.layout.columns.value;
    const inputs = new Map([
      [`${rows.received},${v}`, 1568],
      [`${rows.fullOnline},${v}`, 122],
      [`${rows.partialOnline},${v}`, 277],
    ]);
    const expected = computeExpected(spec, plan, inputs);
    expect(expected.get(`${rows.online},${v}`)).toBe(399);
    expect(expected.get(`${rows.onlineRate},${v}`)).toBeCloseTo(399 / 1568, 12);
    expect(expected.get(`${rows.payRate},${v}`)).toBe('');
    const rate = plan.cells.find((c) => c.row === rows.onlineRate && c.col === v);
    expect(rate?.content).toEqual({
      kind: 'formula',
      formula: `=IF(D${rows.received + 1}=0,"",D${rows.online + 1}/D${rows.received + 1})`,
    });
    expect(
      plan.styles.some(
        (s) =>
          s.box.row <= rows.onlineRate &&
          rows.onlineRate < s.box.row + s.box.rowCount &&
          s.style.numberFormat === '0.00%',
      ),
    ).toBe(true);
  });

  it('prefills targets and maximum points in KSTT-CT, lets options override them, tints results below target', () => {
    const spec = getForm('KSTT-CT')!;
    const plan = buildSheetPlan(spec, { ...BASE, prefill: { 'target:onlinePayment': { target: 60 } } });
    const rows = plan.layout.rows!;
    const cols = plan.layout.columns;
    const cells = cellMap(plan);
    expect(cells.get(`${rows['target:onlineDossiers']},${cols.target}`)?.content).toEqual({
      kind: 'number',
      value: 50,
    });
    expect(cells.get(`${rows['target:onlinePayment']},${cols.target}`)?.content).toEqual({
      kind: 'number',
      value: 60,
    });
    expect(cells.get(`${rows['score:progress']},${cols.maxPoints}`)?.content).toEqual({
      kind: 'number',
      value: 20,
    });
    expect(cells.has(`${rows['score:progress']},${cols.target}`)).toBe(false);
    const expected = computeExpected(
      spec,
      plan,
      new Map([[`${rows['score:transparency']},${cols.points}`, 17.5]]),
    );
    expect(expected.get(`${rows.scoreTotal},${cols.maxPoints}`)).toBe(100);
    expect(expected.get(`${rows.scoreTotal},${cols.points}`)).toBe(17.5);
    const tint = plan.conditionalFormats.find(
      (f) => f.box.row === rows['target:onlineDossiers'] && f.box.col === cols.result,
    );
    expect(tint?.formula).toMatch(/\*100</);
  });

  it('lays out the Đề cương headings I–V and II.1–II.11 without numbers or signatures', () => {
    const plan = buildSheetPlan(getForm('KSTT-DC')!, BASE);
    const labels = plan.cells
      .filter((c) => c.role === 'label' && c.col === plan.layout.columns.heading)
      .map((c) => (c.content as { text: string }).text);
    expect(labels).toContain('Tình hình, kết quả giải quyết TTHC');
    expect(labels).toContain('Kiến nghị, đề xuất');
    expect(Object.keys(plan.layout.rows!).filter((id) => id.startsWith('II.'))).toHaveLength(11);
    expect(plan.validations).toHaveLength(0);
    expect(plan.cells.some((c) => c.content.kind === 'formula')).toBe(false);
    expect(plan.cells.some((c) => c.content.kind === 'text' && c.content.text === 'NGƯỜI LẬP BIỂU')).toBe(
      false,
    );
  });
});

describe('validateFormOptions and buildSheetPlan errors', () => {
  const spec = getForm('II.06a')!;
  const errorsOf = (options: FormOptions): string[] => {
    try {
      buildSheetPlan(spec, options);
      return [];
    } catch (e) {
      expect(e).toBeInstanceOf(FormOptionsError);
      return (e as FormOptionsError).errors;
    }
  };

  it('accepts the defaults', () => {
    expect(errorsOf(BASE)).toEqual([]);
  });
  it('refuses an empty list, blank, duplicate and over-long lĩnh vực', () => {
    expect(errorsOf({ ...BASE, rowLabels: [] }).join()).toMatch(/trống/);
    expect(errorsOf({ ...BASE, rowLabels: ['Hộ tịch', '  '] }).join()).toMatch(/dòng 2 chưa có tên lĩnh vực/);
    expect(errorsOf({ ...BASE, rowLabels: ['Hộ tịch', 'Đất đai', ' hộ  TỊCH '] }).join()).toMatch(
      /«hộ {2}TỊCH» bị trùng \(dòng 1 và dòng 3\)/,
    );
    expect(errorsOf({ ...BASE, rowLabels: ['x'.repeat(32_768)] }).join()).toMatch(/dài 32\.768 ký tự, vượt quá 32\.767 ký tự của một ô Excel/);
  });
  it('limits are Excel\'s: a 300-character lĩnh vực and 5.000 rows are fine, more rows than a sheet holds are refused', () => {
    expect(errorsOf({ ...BASE, rowLabels: ['Lĩnh vực '.repeat(34)] })).toEqual([]);
    expect(errorsOf({ ...BASE, rowLabels: Array.from({ length: 5000 }, (_, i) => `Đơn vị ${i + 1}`) })).toEqual([]);
    const tooMany = errorsOf({ ...BASE, rowLabels: Array.from({ length: 1_048_537 }, (_, i) => `Đơn vị ${i + 1}`) });
    expect(tooMany).toEqual([
      'Danh sách dòng: có 1.048.537 dòng, vượt quá sức chứa của một trang tính Excel (1.048.576 dòng, trong đó biểu cần 40 dòng cho tiêu đề, tiêu đề cột và chữ ký): hãy chia thành nhiều biểu.',
    ]);
  });
  it('refuses a missing unit, a bad report date and an invalid sheet name', () => {
    expect(errorsOf({ ...BASE, reportingUnit: ' ' })).toContain('Chưa nhập tên đơn vị báo cáo.');
    expect(errorsOf({ ...BASE, reportDate: '31/02/2026' }).join()).toMatch(/Ngày báo cáo/);
    expect(errorsOf({ ...BASE, period: { ...BASE.period, to: '2026-03-14' } }).join()).toMatch(
      /ngày\/tháng\/năm/,
    );
    expect(errorsOf({ ...BASE, sheetName: 'Biểu: II/06a' }).join()).toMatch(/Tên trang tính/);
  });
  it('refuses an empty group of II.06b and duplicates inside a group', () => {
    const grouped = getForm('II.06b')!;
    expect(() => buildSheetPlan(grouped, { ...BASE, groups: [{ label: 'Cấp xã', rows: [] }] })).toThrow(
      /Nhóm «Cấp xã»/,
    );
    expect(() =>
      buildSheetPlan(grouped, { ...BASE, groups: [{ label: 'Cấp xã', rows: ['A', 'a'] }] }),
    ).toThrow(/bị trùng/);
    expect(() => buildSheetPlan(grouped, { ...BASE, groups: [] })).toThrow(/Chưa có nhóm/);
  });
});

describe('placeAndDate', () => {
  it('writes the administrative date with leading zeros where the style wants them', () => {
    expect(placeAndDate('Tam Thanh', '18/03/2026')).toBe('Tam Thanh, ngày 18 tháng 3 năm 2026');
    expect(placeAndDate('Bỉm Sơn', '05/01/2026')).toBe('Bỉm Sơn, ngày 05 tháng 01 năm 2026');
    expect(placeAndDate('', '')).toBe('……, ngày … tháng … năm …');
  });
});
