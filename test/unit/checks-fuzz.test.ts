/**
 * Fuzz, in the style of checks-property.test.ts, for the two sets a tester's 1.480 fuzzed workbooks missed
 * (issue 16). Each case is a hand-typed II.06a (shifted, with or without the optional columns and the
 * column-number row, TỔNG CỘNG spelled several ways) whose figures balance; then:
 * - set 1: two or more blank rows inside the table, and one input typed wrong (no recalculation): every row is
 *   still read and the contradiction is found on its cells;
 * - set 2: one input typed wrong in a workbook Excel has recalculated (row totals and TỔNG CỘNG follow it), so
 *   every sum agrees and only the balance rule can find it: exactly one error, on that row.
 * 0 misses of ≥ 200 each: any miss fails the property.
 */
import fc from 'fast-check';
import { checkWorkbook, type Finding } from '../../src/domain/checks';
import { ref } from '../../src/domain/layout/a1';
import { recogniseSheet } from '../../src/domain/read';
import { sheetFromRows, totals, type DossierInputs } from '../fixtures/check/grids';

const count = fc.integer({ min: 0, max: 3000 });

/** Inputs that balance: received = resolved + in progress (+ returned + paused when the form has those columns). */
const balancedRow = (extra: boolean): fc.Arbitrary<DossierInputs> =>
  fc
    .record({
      early: count, onTime: count, late: count, pendingOnTime: count, pendingLate: count, returned: count, paused: count,
      carriedShare: fc.double({ min: 0, max: 1, noNaN: true }), directShare: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map((r) => {
      const returned = extra ? r.returned : 0;
      const paused = extra ? r.paused : 0;
      const total = r.early + r.onTime + r.late + r.pendingOnTime + r.pendingLate + returned + paused;
      const carried = Math.floor(total * r.carriedShare);
      const direct = Math.floor((total - carried) * r.directShare);
      return { early: r.early, onTime: r.onTime, late: r.late, pendingOnTime: r.pendingOnTime, pendingLate: r.pendingLate, returned, paused, carried, direct, online: total - carried - direct };
    });

const LABELS = ['Chứng thực', 'Hộ tịch', 'Lĩnh vực', 'Đất đai', 'Bảo trợ xã hội', 'Người có công', 'Xây dựng', 'Tư pháp', 'Ghi chú', 'Số hồ sơ'];

interface Layout {
  extra: boolean;
  numbersRow: boolean;
  row0: number;
  col0: number;
  totalLabel: string;
  /** Blank rows before data row i (index = data length: before TỔNG CỘNG). */
  blanks: number[];
}

interface Case {
  layout: Layout;
  rows: { label: string; inputs: DossierInputs }[];
}

/** Relative columns of the hand-typed layout. */
const COL: Record<string, number> = { received: 2, online: 3, direct: 4, carried: 5, resolved: 6, early: 7, onTime: 8, late: 9, pending: 10, pendingOnTime: 11, pendingLate: 12, returned: 13, paused: 14 };
const TARGET_OF: Record<string, string> = { online: 'received', direct: 'received', carried: 'received', early: 'resolved', onTime: 'resolved', late: 'resolved', pendingOnTime: 'pending', pendingLate: 'pending' };

type Row = (string | number | null)[];

function values(t: ReturnType<typeof totals>, extra: boolean): number[] {
  const v = [t.received, t.online, t.direct, t.carried, t.resolved, t.early, t.onTime, t.late, t.pending, t.pendingOnTime, t.pendingLate];
  return extra ? [...v, t.returned, t.paused] : v;
}

/**
 * The sheet, with every row total and TỔNG CỘNG computed from the inputs (what Excel stores after recalculation).
 * Returns the sheet rows of the data rows and of TỔNG CỘNG.
 */
function build(c: Case, edit?: (grid: Row[], at: { data: number[]; total: number }) => void) {
  const { layout } = c;
  const t = c.rows.map((r) => totals(r.inputs));
  const sum = t.reduce((a, b) => {
    const out = { ...a };
    for (const k of Object.keys(a) as (keyof typeof a)[]) (out[k] as number) = (a[k] as number) + (b[k] as number);
    return out;
  });
  const header1: Row = ['STT', 'Lĩnh vực giải quyết', 'Số hồ sơ nhận giải quyết', null, null, null, 'Số hồ sơ đã giải quyết', null, null, null, 'Số hồ sơ đang giải quyết', null, null];
  const header2: Row = [null, null, 'Tổng số', 'Trong kỳ', null, 'Từ kỳ trước', 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn'];
  const header3: Row = [null, null, null, 'Trực tuyến', 'Trực tiếp, dịch vụ bưu chính', null, null, null, null, null, null, null, null];
  const numbers: Row = ['(1)', '(2)', '(3)=(4)+(5)+(6)', '(4)', '(5)', '(6)', '(7)=(8)+(9)+(10)', '(8)', '(9)', '(10)', '(11)=(12)+(13)', '(12)', '(13)'];
  if (layout.extra) {
    header1.push('Số hồ sơ không đủ điều kiện giải quyết (trả lại)', 'Số hồ sơ tạm dừng giải quyết');
    header2.push(null, null);
    header3.push(null, null);
    numbers.push('(14)', '(15)');
  }
  const grid: Row[] = [['Biểu số II.06a/VPCP/KSTT'], ['Kỳ báo cáo: Quý I năm 2026'], [], header1, header2, header3];
  if (layout.numbersRow) grid.push(numbers);
  const data: number[] = [];
  c.rows.forEach((r, i) => {
    for (let b = 0; b < layout.blanks[i]; b++) grid.push([]);
    data.push(grid.length);
    grid.push([i + 1, r.label, ...values(t[i], layout.extra)]);
  });
  for (let b = 0; b < layout.blanks[c.rows.length]; b++) grid.push([]);
  const total = grid.length;
  grid.push([layout.totalLabel, null, ...values(sum, layout.extra)]);
  grid.push([], [null, null, null, null, null, null, null, 'Tam Thanh, ngày 18 tháng 3 năm 2026'], ['NGƯỜI LẬP BIỂU', null, null, null, null, null, null, 'THỦ TRƯỞNG ĐƠN VỊ']);
  edit?.(grid, { data, total });
  const sheet = sheetFromRows('II.06a', grid, layout.row0, layout.col0);
  return { sheet, data: data.map((r) => r + layout.row0), total: total + layout.row0 };
}

const caseArb = (blankRuns: fc.Arbitrary<number>, minBlankRun: number): fc.Arbitrary<Case> =>
  fc
    .record({
      extra: fc.boolean(),
      numbersRow: fc.boolean(),
      row0: fc.integer({ min: 0, max: 6 }),
      col0: fc.integer({ min: 0, max: 3 }),
      totalLabel: fc.constantFrom('TỔNG CỘNG', 'Tổng cộng:', 'TỔNG SỐ', 'Cộng'),
      n: fc.integer({ min: 1, max: 8 }),
      forced: fc.nat(),
    })
    .chain((l) =>
      fc.record({
        rows: fc.array(balancedRow(l.extra), { minLength: l.n, maxLength: l.n }),
        labels: fc.shuffledSubarray(LABELS, { minLength: l.n, maxLength: l.n }),
        blanks: fc.array(blankRuns, { minLength: l.n + 1, maxLength: l.n + 1 }),
      }).map((d) => {
        const blanks = [...d.blanks];
        // At least one run of ≥ minBlankRun blank rows inside the table (header → row, row → row, row → TỔNG CỘNG).
        const at = l.forced % blanks.length;
        blanks[at] = Math.max(blanks[at], minBlankRun);
        return {
          layout: { extra: l.extra, numbersRow: l.numbersRow, row0: l.row0, col0: l.col0, totalLabel: l.totalLabel, blanks },
          rows: d.rows.map((inputs, i) => ({ label: d.labels[i], inputs })),
        };
      }),
    );

const errorsOf = (fs: Finding[]) => fs.filter((f) => f.severity === 'error');
const sorted = (xs: string[][]) => xs.map((x) => x.join(' ')).sort();

const RUNS = 250;

describe('set 1: two or more blank rows inside the table', () => {
  const inputIds = (extra: boolean) => [...Object.keys(TARGET_OF), ...(extra ? ['returned', 'paused'] : [])];

  it(`${RUNS} cases: every row is read, the clean table has no finding, one wrong input is found (0 misses)`, () => {
    fc.assert(
      fc.property(caseArb(fc.integer({ min: 0, max: 3 }), 2), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 999 }), (c, rowPick, idPick, delta) => {
        const clean = build(c);
        const [form] = recogniseSheet(clean.sheet);
        expect(form.dataRows.map((r) => r.row)).toEqual(clean.data);
        expect(form.totalRow?.row).toBe(clean.total);
        expect(checkWorkbook([form])).toEqual([]);

        const ids = inputIds(c.layout.extra);
        const id = ids[idPick % ids.length];
        const i = rowPick % c.rows.length;
        const col = 2 + COL[id] - 2;
        const bad = build(c, (grid, at) => void ((grid[at.data[i]][col] as number) += delta));
        const row = bad.data[i];
        const cell = (key: string, r: number) => ref(r, c.layout.col0 + COL[key]);
        const expected = TARGET_OF[id]
          ? [['row-sum', cell(TARGET_OF[id], row)], ['col-sum', cell(id, bad.total)]]
          : [['balance', cell('received', row)], ['col-sum', cell(id, bad.total)]];
        expect(sorted(errorsOf(checkWorkbook(recogniseSheet(bad.sheet))).map((f) => [f.rule, f.cell]))).toEqual(sorted(expected));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('set 2: one wrong input in a workbook Excel has recalculated', () => {
  it(`${RUNS} cases: exactly one error, the balance of that row (0 misses)`, () => {
    fc.assert(
      fc.property(
        caseArb(fc.constantFrom(0, 0, 0, 1, 2), 0),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 999 }),
        fc.boolean(),
        (c, rowPick, idPick, delta, down) => {
          const ids = [...Object.keys(TARGET_OF), ...(c.layout.extra ? ['returned', 'paused'] : [])];
          const id = ids[idPick % ids.length] as keyof DossierInputs;
          const i = rowPick % c.rows.length;
          const before = c.rows[i].inputs[id] ?? 0;
          // Typed too high, or too low when there is room: recomputing every formula cell, as Excel does.
          const after = down && before >= delta ? before - delta : before + delta;
          const mutated: Case = { ...c, rows: c.rows.map((r, k) => (k === i ? { ...r, inputs: { ...r.inputs, [id]: after } } : r)) };
          const bad = build(mutated);
          const fs = checkWorkbook(recogniseSheet(bad.sheet));
          expect(fs.map((f) => [f.rule, f.severity, f.cell])).toEqual([['balance', 'error', ref(bad.data[i], c.layout.col0 + COL.received)]]);
          expect(fs[0].message).toContain(`chênh lệch ${Math.abs(after - before).toLocaleString('de-DE')}`);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
