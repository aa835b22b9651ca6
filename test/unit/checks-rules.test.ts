/** Reconciliation rules on recognised forms, with the sample reports' figures and contradictions. */
import { checkWorkbook, judgeRate, type Finding } from '../../src/domain/checks';
import { recogniseSheet, recogniseWorkbook, type ReadValue } from '../../src/domain/read';
import { addinSheet, handTypedII06a, oneStopPaste, TAM_THANH_ROWS, HAND_FIRST_DATA_ROW } from '../fixtures/check/grids';

const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error');
const only = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule);
const TOTAL_ROW = HAND_FIRST_DATA_ROW + TAM_THANH_ROWS.length; // zero-based
const excelRow = (zeroBased: number) => zeroBased + 1;

describe('a consistent report gives no false errors', () => {
  it('hand-typed II.06a with the Tam Thanh figures (returned and paused columns): no finding at all', () => {
    expect(checkWorkbook(recogniseSheet(handTypedII06a()))).toEqual([]);
  });

  it('pasted from one-stop software (returned dossiers counted in «Đúng hạn»): only the text-number warning', () => {
    const fs = checkWorkbook(recogniseSheet(oneStopPaste()));
    expect(fs).toHaveLength(1);
    expect(only(fs, 'type')[0]).toMatchObject({ severity: 'warning' });
    expect(only(fs, 'type')[0].message).toMatch(/dạng chữ/);
  });

  it('made by the add-in and filled in (formulas with stored results): no finding', () => {
    const byLabel = new Map(TAM_THANH_ROWS.map((r) => [r.label, r.inputs as unknown as Record<string, number>]));
    const a = addinSheet('II.06a', (l, id) => byLabel.get(l)?.[id] ?? 0, {
      rowLabels: TAM_THANH_ROWS.map((r) => r.label),
      optionalColumns: { returned: true, paused: true },
    });
    expect(checkWorkbook(recogniseWorkbook({ sheets: [a.sheet], definedNames: a.definedNames }))).toEqual([]);
  });

  it('made by the add-in but never calculated: one info, no error', () => {
    const a = addinSheet('II.06a', () => 2, {}, false);
    const fs = checkWorkbook(recogniseWorkbook({ sheets: [a.sheet], definedNames: a.definedNames }));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ rule: 'formula', severity: 'info' });
  });
});

describe('arithmetic contradictions', () => {
  it('row-sum: «Tổng số hồ sơ … là 14 nhưng (4)+(5)+(6) = 0», one finding on the stated total', () => {
    const sheet = handTypedII06a(undefined, {
      extraColumns: false,
      edit: (rows) => {
        const r = rows[HAND_FIRST_DATA_ROW + 3];
        r[3] = 0; r[4] = 0; r[5] = 0; r[2] = 14; // Bảo trợ xã hội: total 14, parts 0
      },
    });
    const fs = errors(checkWorkbook(recogniseSheet(sheet)));
    const rowSum = only(fs, 'row-sum');
    expect(rowSum).toHaveLength(1);
    expect(rowSum[0]).toMatchObject({ cell: `C${excelRow(HAND_FIRST_DATA_ROW + 3)}`, found: 14, expected: 0 });
    expect(rowSum[0].message).toBe(
      `Ô C15 (dòng «Bảo trợ xã hội»): Tổng số hồ sơ nhận giải quyết là 14 nhưng (4)+(5)+(6) = 0 (chênh lệch 14).`,
    );
  });

  it('col-sum: the online column adds up to 1.620 but TỔNG CỘNG says 1.640', () => {
    const sheet = handTypedII06a(undefined, {
      edit: (rows) => {
        // Rows sum to 1.620 (52 fewer online dossiers in one row, balanced by direct); total row claims 1.640.
        rows[HAND_FIRST_DATA_ROW][3] = 952; rows[HAND_FIRST_DATA_ROW][4] = 0;
        rows[HAND_FIRST_DATA_ROW + 1][3] = 400; rows[HAND_FIRST_DATA_ROW + 2][3] = 200; rows[HAND_FIRST_DATA_ROW + 3][3] = 68;
        rows[HAND_FIRST_DATA_ROW][2] = 972;
        rows[TOTAL_ROW][3] = 1640;
      },
    });
    const fs = checkWorkbook(recogniseSheet(sheet));
    const colSum = only(fs, 'col-sum');
    expect(colSum).toHaveLength(1);
    expect(colSum[0]).toMatchObject({ severity: 'error', cell: `D${excelRow(TOTAL_ROW)}`, found: 1640, expected: 1620 });
    expect(colSum[0].message).toContain('1.640');
    expect(colSum[0].message).toContain('1.620');
  });

  it('a wrong TỔNG CỘNG input cell is one col-sum finding, not also a row-sum of the total row', () => {
    const sheet = handTypedII06a(undefined, { edit: (rows) => void (rows[TOTAL_ROW][5] = 70) });
    const fs = checkWorkbook(recogniseSheet(sheet));
    expect(fs.map((f) => [f.rule, f.cell])).toEqual([['col-sum', `F${excelRow(TOTAL_ROW)}`]]);
  });

  it('balance without the returned and paused columns: an error per row that names the missing columns, none on TỔNG CỘNG', () => {
    const fs = checkWorkbook(recogniseSheet(handTypedII06a(undefined, { extraColumns: false })));
    const balance = only(fs, 'balance');
    // Chứng thực: 920 received, 882 resolved + 10 in progress; the 28 returned or paused have no column.
    expect(balance.map((f) => [f.severity, f.cell])).toEqual(TAM_THANH_ROWS.map((_r, i) => ['error', `C${excelRow(HAND_FIRST_DATA_ROW + i)}`]));
    expect(balance[0].message).toBe(
      'Ô C12 (dòng «Chứng thực»): (3) = 920 nhưng (7)+(11) = 892 (chênh lệch 28), trong khi số hồ sơ nhận giải quyết bằng số đã giải quyết cộng số đang giải quyết (và số không đủ điều kiện, tạm dừng nếu có). ' +
        'Biểu không có cột «Số hồ sơ không đủ điều kiện giải quyết (trả lại)», «Số hồ sơ tạm dừng giải quyết»: nếu chênh lệch là các hồ sơ này, hãy thêm cột hoặc tính chúng vào số đã giải quyết.',
    );
    expect(errors(fs)).toEqual(balance);
  });

  it('balance in a workbook Excel has recalculated: one error on the row whose input was typed wrong', () => {
    // Hộ tịch: 40 online dossiers too many, and the row total and TỔNG CỘNG recomputed as Excel would.
    const sheet = handTypedII06a(undefined, {
      edit: (rows) => {
        for (const r of [HAND_FIRST_DATA_ROW + 1, TOTAL_ROW]) {
          (rows[r][3] as number) += 40;
          (rows[r][2] as number) += 40;
        }
      },
    });
    const fs = checkWorkbook(recogniseSheet(sheet));
    expect(fs.map((f) => [f.rule, f.severity, f.cell])).toEqual([['balance', 'error', `C${excelRow(HAND_FIRST_DATA_ROW + 1)}`]]);
    expect(fs[0].message).toContain('chênh lệch 40');
  });

  it('subset: published PAKN above processed PAKN (II.05a)', () => {
    const s = addinSheet('II.05a', (_l, id) => ({ new: 1, carried: 0, processed: 1, published: 3, inProgress: 0 })[id] ?? 0);
    const fs = checkWorkbook(recogniseWorkbook({ sheets: [s.sheet], definedNames: s.definedNames }));
    const subset = only(fs, 'subset');
    expect(subset.length).toBeGreaterThanOrEqual(1);
    expect(subset[0].message).toMatch(/lớn hơn/);
  });
});

describe('rates: rounding is fine, truncation a warning, anything else an error', () => {
  const cell = (value: number | string, numberFormat?: string): ReadValue => ({
    row: 0, col: 0, address: 'A1', raw: value,
    kind: typeof value === 'number' ? 'number' : 'text-number',
    value: typeof value === 'number' ? value : Number(value.replace('%', '').replace(',', '.')),
    isPercent: typeof value === 'string' && value.endsWith('%'),
    ...(numberFormat ? { numberFormat } : {}),
  });
  it('979/998 printed 98,09% is truncated (98,10%)', () => {
    expect(judgeRate(cell('98,09%'), 979, 998)).toMatchObject({ kind: 'truncated', expectedPercent: 98.1 });
    expect(judgeRate(cell(0.9809, '0.00%'), 979, 998)).toMatchObject({ kind: 'truncated' });
  });
  it('rounded values and unrounded formula results are fine', () => {
    expect(judgeRate(cell('98,10%'), 979, 998).kind).toBe('ok');
    expect(judgeRate(cell('98,1%'), 979, 998).kind).toBe('ok');
    expect(judgeRate(cell(979 / 998, '0.00%'), 979, 998).kind).toBe('ok');
    expect(judgeRate(cell(99.39), 1642, 1652).kind).toBe('ok');
  });
  it('a different figure is wrong', () => {
    expect(judgeRate(cell('84,39%'), 979, 998)).toMatchObject({ kind: 'wrong', statedPercent: 84.39 });
  });
  it('KSTT-DT: the online rate typed as 98,09% for 979/998 gives one rate warning', () => {
    const s = addinSheet('KSTT-DT', (label) => (/trực tuyến toàn trình/.test(label) ? 979 : /tiếp nhận mới/.test(label) ? 998 : undefined));
    const rateRow = s.plan.layout.rows!.onlineRate;
    const sheet = { ...s.sheet, cells: s.sheet.cells.map((c) => (c.row === rateRow && c.col === s.plan.layout.columns.value ? { row: c.row, col: c.col, value: '98,09%' } : c)) };
    const fs = checkWorkbook(recogniseSheet(sheet));
    const rate = only(fs, 'rate');
    expect(rate).toHaveLength(1);
    expect(rate[0]).toMatchObject({ severity: 'warning', found: 98.09, expected: 98.1 });
    expect(rate[0].message).toContain('979/998 = 98,10%');
  });
});

describe('cells, periods, other forms', () => {
  it('type: a decimal count is an error (once), a negative count an error, a text number a warning', () => {
    const sheet = handTypedII06a(undefined, {
      edit: (rows) => {
        rows[HAND_FIRST_DATA_ROW + 1][7] = 0.37; // 370 typed as «0,37»? -> decimal
        rows[HAND_FIRST_DATA_ROW + 2][9] = '04';
      },
    });
    const fs = checkWorkbook(recogniseSheet(sheet));
    const type = only(fs, 'type');
    expect(type.map((f) => [f.severity, f.cell])).toEqual([
      ['error', `H${excelRow(HAND_FIRST_DATA_ROW + 1)}`],
      ['warning', `J${excelRow(HAND_FIRST_DATA_ROW + 2)}`],
    ]);
    // The decimal cell is kept out of the sums: no cascade of row-sum/col-sum errors from it.
    expect(fs.filter((f) => f.rule === 'row-sum' || f.rule === 'col-sum')).toEqual([]);
  });

  it('type: 1.652 typed into an English Excel (1,652) is read as a decimal count with its likely value', () => {
    const sheet = handTypedII06a(undefined, { edit: (rows) => void (rows[HAND_FIRST_DATA_ROW][3] = 0.9) });
    const f = only(checkWorkbook(recogniseSheet(sheet)), 'type')[0];
    expect(f).toMatchObject({ severity: 'error', expected: 900 });
  });

  it('period: the Tam Thanh dates «15/12/2026 đến 15/03/2026» and a report signed in 2025', () => {
    const sheet = handTypedII06a(undefined, {
      reportDate: 'Tam Thanh, ngày 18 tháng 3 năm 2025',
      edit: (rows) => void (rows[5] = ['(Từ ngày 15/12/2026 đến ngày 15/03/2026)']),
    });
    const fs = only(checkWorkbook(recogniseSheet(sheet)), 'period');
    expect(errors(fs).length).toBe(2);
    expect(fs.some((f) => /sau ngày kết thúc/.test(f.message))).toBe(true);
    expect(fs.some((f) => /sau ngày báo cáo/.test(f.message))).toBe(true);
  });

  it('period: dates deviating from the cut-off are info; a «Quý...» placeholder is a warning', () => {
    const deviating = handTypedII06a(undefined, { edit: (rows) => void (rows[5] = ['(Từ ngày 15/12/2025 đến ngày 15/03/2026)']) });
    expect(only(checkWorkbook(recogniseSheet(deviating)), 'period').map((f) => f.severity)).toEqual(['info']);
    const placeholder = handTypedII06a(undefined, { period: 'Quý.../20...' });
    expect(only(checkWorkbook(recogniseSheet(placeholder)), 'period').map((f) => f.severity)).toEqual(['warning']);
  });

  it('formula: a computed cell of an add-in form typed over is a warning', () => {
    const a = addinSheet('II.06a', (_l, id) => ({ online: 1, direct: 1, carried: 1, early: 1, onTime: 1, pendingOnTime: 1 })[id] ?? 0);
    const target = a.sheet.cells.find((c) => c.formula && c.row === a.plan.layout.dataRows.first && c.col === a.plan.layout.columns.received)!;
    const sheet = { ...a.sheet, cells: a.sheet.cells.map((c) => (c === target ? { row: c.row, col: c.col, value: 3 } : c)) };
    const fs = checkWorkbook(recogniseWorkbook({ sheets: [sheet], definedNames: a.definedNames }));
    expect(fs.map((f) => [f.rule, f.severity])).toEqual([['formula', 'warning']]);
    // The same sheet without the add-in's marker: a typed total is normal there.
    expect(checkWorkbook(recogniseSheet(sheet))).toEqual([]);
  });

  it('cross-form: online dossiers 1.646 in the e-environment form vs 1.640 in II.06a', () => {
    const a = addinSheet('II.06a', (l, id) => (l === 'Chứng thực' && id === 'online' ? 1640 : 0), { optionalColumns: {} });
    const dt = addinSheet('KSTT-DT', (label) => (/toàn trình/.test(label) ? 1646 : /tiếp nhận mới/.test(label) ? 1640 : undefined));
    const forms = recogniseWorkbook({ sheets: [a.sheet, { ...dt.sheet, name: 'Điện tử' }], definedNames: a.definedNames });
    const cross = only(checkWorkbook(forms), 'cross-form');
    expect(cross).toHaveLength(1);
    expect(cross[0]).toMatchObject({ sheet: 'Điện tử', found: 1646, expected: 1640, severity: 'warning' });
  });

  it('carry-over: (6) «từ kỳ trước» vs (11) of the previous report, per lĩnh vực, total not repeated', () => {
    const current = recogniseSheet(handTypedII06a());
    const prevRows = TAM_THANH_ROWS.map((r) => ({ ...r, inputs: { ...r.inputs } }));
    prevRows[1].inputs.pendingOnTime = 31; // Hộ tịch: previous report left 31 in progress, this one carries 30
    const previous = recogniseSheet(handTypedII06a(prevRows.map((r, i) => ({ label: r.label, inputs: { ...r.inputs, pendingOnTime: i === 1 ? 31 : r.inputs.carried, pendingLate: 0 } }))));
    const fs = checkWorkbook(current, { previous });
    const carry = only(fs, 'carry-over');
    expect(carry.map((f) => [f.cell, f.found, f.expected])).toEqual([[`F${excelRow(HAND_FIRST_DATA_ROW + 1)}`, 30, 31]]);
  });
});
