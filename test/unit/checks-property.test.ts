/**
 * Property tests: a random consistent II.06a / II.06b gives no finding; changing one stated figure gives exactly
 * the finding(s) of that contradiction, on the cell(s) that state a total disagreeing with its parts.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../src/domain/checks';
import { ref } from '../../src/domain/layout/a1';
import { recogniseSheet, recogniseWorkbook, type InputSheet } from '../../src/domain/read';
import { addinSheet, handTypedII06a, HAND_FIRST_DATA_ROW, type DossierInputs } from '../fixtures/check/grids';

const count = fc.integer({ min: 0, max: 5000 });

/** Inputs that balance: received = resolved + in progress + returned + paused. */
const balancedRow: fc.Arbitrary<DossierInputs> = fc
  .record({ early: count, onTime: count, late: count, pendingOnTime: count, pendingLate: count, returned: count, paused: count, carriedShare: fc.double({ min: 0, max: 1, noNaN: true }), directShare: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map((r) => {
    const total = r.early + r.onTime + r.late + r.pendingOnTime + r.pendingLate + r.returned + r.paused;
    const carried = Math.floor(total * r.carriedShare);
    const direct = Math.floor((total - carried) * r.directShare);
    return { early: r.early, onTime: r.onTime, late: r.late, pendingOnTime: r.pendingOnTime, pendingLate: r.pendingLate, returned: r.returned, paused: r.paused, carried, direct, online: total - carried - direct };
  });

const LABELS = ['Chứng thực', 'Hộ tịch', 'Đất đai', 'Bảo trợ xã hội', 'Người có công', 'Xây dựng'];
const data = fc.array(balancedRow, { minLength: 1, maxLength: LABELS.length }).map((rows) => rows.map((inputs, i) => ({ label: LABELS[i], inputs })));

/** Sheet columns of the hand-typed layout (col index) and which computed column each input belongs to. */
const COL: Record<string, number> = { received: 2, online: 3, direct: 4, carried: 5, resolved: 6, early: 7, onTime: 8, late: 9, pending: 10, pendingOnTime: 11, pendingLate: 12 };
const TARGET_OF: Record<string, string> = { online: 'received', direct: 'received', carried: 'received', early: 'resolved', onTime: 'resolved', late: 'resolved', pendingOnTime: 'pending', pendingLate: 'pending' };
const INPUTS = Object.keys(TARGET_OF);
const COMPUTED = ['received', 'resolved', 'pending'];

const sorted = (xs: string[][]) => xs.map((x) => x.join(' ')).sort();
const findingsOf = (sheet: InputSheet) => checkWorkbook(recogniseSheet(sheet)).map((f) => [f.rule, f.cell]);

describe('II.06a typed by hand', () => {
  it('a random consistent report has no finding', () => {
    fc.assert(fc.property(data, (d) => expect(checkWorkbook(recogniseSheet(handTypedII06a(d)))).toEqual([])), { numRuns: 60 });
  });

  it('one changed input cell of a data row: its row total and its column total disagree (two findings)', () => {
    fc.assert(
      fc.property(data, fc.nat(), fc.constantFrom(...INPUTS), fc.integer({ min: 1, max: 999 }), (d, rowPick, id, delta) => {
        const i = rowPick % d.length;
        const row = HAND_FIRST_DATA_ROW + i;
        const totalRow = HAND_FIRST_DATA_ROW + d.length;
        const sheet = handTypedII06a(d, { edit: (rows) => void ((rows[row][COL[id]] as number) += delta) });
        expect(sorted(findingsOf(sheet))).toEqual(
          sorted([['row-sum', ref(row, COL[TARGET_OF[id]])], ['col-sum', ref(totalRow, COL[id])]]),
        );
      }),
      { numRuns: 80 },
    );
  });

  it('one changed computed cell of a data row: one row-sum finding on it', () => {
    fc.assert(
      fc.property(data, fc.nat(), fc.constantFrom(...COMPUTED), fc.integer({ min: 1, max: 999 }), (d, rowPick, id, delta) => {
        const row = HAND_FIRST_DATA_ROW + (rowPick % d.length);
        const sheet = handTypedII06a(d, { edit: (rows) => void ((rows[row][COL[id]] as number) += delta) });
        expect(findingsOf(sheet)).toEqual([['row-sum', ref(row, COL[id])]]);
      }),
      { numRuns: 80 },
    );
  });

  it('one changed TỔNG CỘNG cell: one finding on it (col-sum for an input column, row-sum for a computed one)', () => {
    fc.assert(
      fc.property(data, fc.constantFrom(...INPUTS, ...COMPUTED), fc.integer({ min: 1, max: 999 }), (d, id, delta) => {
        const totalRow = HAND_FIRST_DATA_ROW + d.length;
        const sheet = handTypedII06a(d, { edit: (rows) => void ((rows[totalRow][COL[id]] as number) += delta) });
        expect(findingsOf(sheet)).toEqual([[COMPUTED.includes(id) ? 'row-sum' : 'col-sum', ref(totalRow, COL[id])]]);
      }),
      { numRuns: 80 },
    );
  });
});

describe('II.06b made by the add-in (groups with subtotals)', () => {
  const build = (values: Map<string, DossierInputs>) =>
    addinSheet('II.06b', (label, id) => (values.get(label) as unknown as Record<string, number> | undefined)?.[id] ?? 0, {
      optionalColumns: { returned: true, paused: true },
    });
  const rowsArb = fc.array(balancedRow, { minLength: 18, maxLength: 18 });
  const withValues = (rows: DossierInputs[]) => {
    const probe = addinSheet('II.06b', () => 0);
    const labels = probe.plan.cells.filter((c) => c.col === 1 && c.role === 'label' && c.row >= probe.plan.layout.dataRows.first && !probe.plan.layout.groupRows.some((g) => g.row === c.row)).map((c) => (c.content.kind === 'text' ? c.content.text : ''));
    // Labels repeat across groups (Xây dựng in cấp tỉnh and cấp xã): same figures for a repeated label.
    return new Map(labels.map((l, i) => [l, rows[i]]));
  };

  it('a random consistent II.06b has no finding', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const s = build(withValues(rows));
        expect(checkWorkbook(recogniseWorkbook({ sheets: [s.sheet], definedNames: s.definedNames }))).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it('one changed input of a data row: its row total and its group subtotal disagree', () => {
    fc.assert(
      fc.property(rowsArb, fc.nat(), fc.constantFrom(...INPUTS), fc.integer({ min: 1, max: 999 }), (rows, pick, id, delta) => {
        const s = build(withValues(rows));
        const { layout } = s.plan;
        const groupRows = layout.groupRows.map((g) => g.row);
        const dataRows: number[] = [];
        for (let r = layout.dataRows.first; r <= layout.dataRows.last; r++) if (!groupRows.includes(r)) dataRows.push(r);
        const row = dataRows[pick % dataRows.length];
        const group = [...groupRows].reverse().find((g) => g < row)!;
        const col = layout.columns[id];
        const sheet = { ...s.sheet, cells: s.sheet.cells.map((c) => (c.row === row && c.col === col ? { ...c, value: (c.value as number) + delta } : c)) };
        const fs = checkWorkbook(recogniseWorkbook({ sheets: [sheet], definedNames: s.definedNames }));
        expect(sorted(fs.map((f) => [f.rule, f.cell]))).toEqual(
          sorted([['row-sum', ref(row, layout.columns[TARGET_OF[id]])], ['col-sum', ref(group, col)]]),
        );
      }),
      { numRuns: 40 },
    );
  });
});
