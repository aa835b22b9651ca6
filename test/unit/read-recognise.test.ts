/** Recognition of forms from plain grids: by the add-in, typed by hand, pasted from one-stop software. */
import { recogniseSheet, recogniseWorkbook } from '../../src/domain/read';
import { addinSheet, handTypedII06a, oneStopPaste, sheetFromRows, TAM_THANH_ROWS, HAND_FIRST_DATA_ROW } from '../fixtures/check/grids';

const DOSSIER_IDS = ['received', 'online', 'direct', 'carried', 'resolved', 'early', 'onTime', 'late', 'pending', 'pendingOnTime', 'pendingLate'];

describe('recognition of II.06a typed by hand like the printed form', () => {
  const [form, ...rest] = recogniseSheet(handTypedII06a());

  it('finds one II.06a with its header block, column-number row, rows and TỔNG CỘNG', () => {
    expect(rest).toHaveLength(0);
    expect(form.code).toBe('II.06a');
    expect(form.printedCode?.text).toBe('Biểu số II.06a/VPCP/KSTT');
    expect(form.madeByAddin).toBe(false);
    expect(form.headerRows).toEqual({ first: 7, last: 9 });
    expect(form.columnNumberRow).toBe(10);
    expect(form.dataRows.map((r) => r.label)).toEqual(TAM_THANH_ROWS.map((r) => r.label));
    expect(form.totalRow?.row).toBe(HAND_FIRST_DATA_ROW + TAM_THANH_ROWS.length);
  });

  it('maps every column, including the optional returned and paused columns', () => {
    DOSSIER_IDS.forEach((id, i) => expect(form.columns[id]).toBe(i + 2));
    expect(form.columns.returned).toBe(13);
    expect(form.columns.paused).toBe(14);
    expect(form.columnNumbers.received).toBe(3);
  });

  it('reads the Tam Thanh totals with their cell addresses', () => {
    const total = form.totalRow!;
    expect(total.values.received).toMatchObject({ value: 1637, address: 'C16' });
    expect(total.values.online.value).toBe(1568);
    expect(total.values.carried.value).toBe(69);
    expect(total.values.resolved.value).toBe(1488);
    expect(total.values.pending.value).toBe(41);
    expect(total.values.returned.value).toBe(44);
    expect(total.values.paused.value).toBe(64);
  });

  it('reads the period, its dates and the report date', () => {
    expect(form.period.label?.text).toBe('Quý I năm 2026');
    expect(form.period.parsed).toMatchObject({ kind: 'quarter', index: 1, year: 2026 });
    expect([form.period.fromText, form.period.toText]).toEqual(['15/12/2025', '14/03/2026']);
    expect(form.reportDate?.iso).toBe('2026-03-18');
  });

  it('is not fooled by case, missing diacritics, line breaks and extra spaces in headers', () => {
    const sheet = handTypedII06a(undefined, {
      edit: (rows) => {
        rows[7] = rows[7].map((v) => (typeof v === 'string' ? v.toUpperCase().replace(/ /g, '\n') : v));
        rows[8] = rows[8].map((v) => (typeof v === 'string' ? v.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace('đ', 'd').replace('Đ', 'D') : v));
        rows[9] = rows[9].map((v) => (typeof v === 'string' ? `  ${v}  ` : v));
        rows[0] = []; // no «Biểu số» line
      },
    });
    const [f] = recogniseSheet(sheet);
    expect(f.code).toBe('II.06a');
    expect(f.printedCode).toBeNull();
    DOSSIER_IDS.forEach((id, i) => expect(f.columns[id]).toBe(i + 2));
  });
});

describe('recognition of a table pasted from one-stop software', () => {
  const [form] = recogniseSheet(oneStopPaste());

  it('accepts «TT», «Tiếp nhận», «Kỳ trước», «Đúng hạn» for (12) and a bare column-number row', () => {
    expect(form.code).toBe('II.06a');
    expect(form.columns.stt).toBe(1);
    DOSSIER_IDS.forEach((id, i) => expect(form.columns[id]).toBe(i + 3));
    expect(form.columnNumberRow).toBe(7);
    expect(form.totalRow?.stt).toBe('TỔNG SỐ');
  });

  it('reads text numbers the Vietnamese way and lists the conversions', () => {
    expect(form.totalRow!.values.received).toMatchObject({ kind: 'text-number', value: 1637, address: 'D13' });
    expect(form.conversions).toContainEqual(expect.objectContaining({ address: 'E13', text: '1.568', value: 1568 }));
  });
});

describe('recognition of sheets made by the add-in', () => {
  const byLabel = new Map(TAM_THANH_ROWS.map((r) => [r.label, r.inputs as unknown as Record<string, number>]));
  it('II.06a: marker says the add-in made it; headers give the same map as the plan', () => {
    const a = addinSheet('II.06a', (l, id) => byLabel.get(l)?.[id] ?? 0, {
      rowLabels: TAM_THANH_ROWS.map((r) => r.label),
      optionalColumns: { returned: true, paused: true },
    });
    const [form] = recogniseWorkbook({ sheets: [a.sheet], definedNames: a.definedNames });
    expect(form.madeByAddin).toBe(true);
    expect(form.columns).toEqual(a.plan.layout.columns);
    expect(form.totalRow?.row).toBe(a.plan.layout.totalRow);
    expect(form.totalRow?.values.received.formula).toMatch(/^=SUM\(/);
  });

  it('II.06b: group rows with subtotals and their members', () => {
    const b = addinSheet('II.06b', () => 1);
    const [form] = recogniseWorkbook({ sheets: [b.sheet], definedNames: b.definedNames });
    expect(form.code).toBe('II.06b');
    expect(form.groupRows.map((g) => g.stt)).toEqual(['I', 'II']);
    expect(form.groupRows.every((g) => g.hasSubtotal)).toBe(true);
    expect(form.groupRows[0].members.length + form.groupRows[1].members.length).toBe(form.dataRows.length);
    expect(form.groupRows.map((g) => g.row)).toEqual(b.plan.layout.groupRows.map((g) => g.row));
  });

  it('fixed forms are told apart by their row labels (KSTT-DT vs KSTT-CB share headers)', () => {
    for (const code of ['KSTT-DT', 'KSTT-CB', 'KSTT-RS', 'KSTT-DG', 'KSTT-CT', 'II.05a', 'II.07b']) {
      const s = addinSheet(code, () => 1);
      // Without the marker: recognition by headers and labels alone.
      const [form] = recogniseSheet(s.sheet);
      expect(form?.code).toBe(code);
    }
  });
});

describe('recognition: several tables, foreign sheets', () => {
  it('finds two tables in one sheet, one below the other', () => {
    const top = handTypedII06a();
    const below = oneStopPaste();
    const offset = 40;
    const sheet = { name: 'Hai bảng', cells: [...top.cells, ...below.cells.map((c) => ({ ...c, row: c.row + offset }))] };
    const forms = recogniseSheet(sheet);
    expect(forms.map((f) => f.code)).toEqual(['II.06a', 'II.06a']);
    expect(forms[1].headerRows.first).toBe(offset + 4);
    expect(forms[1].dataRows).toHaveLength(TAM_THANH_ROWS.length);
  });

  it('returns nothing for a sheet that holds no form', () => {
    const sheet = sheetFromRows('Ghi chú', [['Danh sách cán bộ'], ['STT', 'Họ và tên', 'Chức vụ'], [1, 'Nguyễn Văn A', 'Giám đốc']]);
    expect(recogniseSheet(sheet)).toEqual([]);
  });

  it('does not take a header-only sheet (no rows, no TỔNG CỘNG) for a form', () => {
    const sheet = handTypedII06a(undefined, { edit: (rows) => rows.splice(10) });
    expect(recogniseSheet(sheet)).toEqual([]);
  });
});
