/**
 * The reader never loses a row between the header and TỔNG CỘNG (issue 16): blank rows inside the table,
 * rows without a name, lĩnh vực named like headers or totals. Grids are typed here by hand, unlike the add-in's
 * own output: headers on two rows, no column-number row, counts as numbers and as text, tables shifted.
 */
import { checkWorkbook, type Finding } from '../../src/domain/checks';
import { createConsolidation } from '../../src/domain/consolidate';
import { recogniseSheet, type InputSheet, type RecognisedForm } from '../../src/domain/read';
import { sheetFromRows } from '../fixtures/check/grids';

type Row = (string | number | null)[];

const HEADER: Row[] = [
  ['TT', 'Lĩnh vực', 'Số hồ sơ nhận giải quyết', null, null, null, 'Số hồ sơ đã giải quyết', null, null, null, 'Số hồ sơ đang giải quyết', null, null],
  [null, null, 'Tổng số', 'Trực tuyến', 'Trực tiếp, dịch vụ bưu chính', 'Từ kỳ trước', 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn'],
];

/** A balanced row: online, direct, carried in; early, late out; the rest in progress within time. */
function row(stt: string | number | null, label: string | null, online: number, direct: number, carried: number, early: number, late: number): Row {
  const received = online + direct + carried;
  const resolved = early + late;
  const pending = received - resolved;
  return [stt, label, received, online, direct, carried, resolved, early, 0, late, pending, pending, 0];
}

function totalOf(rows: Row[], label = 'Tổng cộng'): Row {
  const out: Row = [null, label];
  for (let c = 2; c < 13; c++) out.push(rows.reduce((s, r) => s + ((r[c] as number | null) ?? 0), 0));
  return out;
}

/** Six lĩnh vực, 1.742 dossiers received in all. */
const ROWS: Row[] = [
  row(1, 'Chứng thực', 500, 20, 30, 520, 5),
  row(2, 'Hộ tịch', 233, 0, 30, 250, 3),
  row(3, 'Đất đai', 300, 12, 40, 300, 10),
  row(4, 'Bảo trợ xã hội', 210, 0, 10, 200, 0),
  row(5, 'Người có công', 120, 0, 7, 120, 0),
  row(6, 'Xây dựng', 220, 0, 10, 200, 5),
];

/** Title above, the table at column B row 5, place-and-date and signatures below; `body` between header and total. */
function sheet(body: Row[], total: Row = totalOf(body.filter((r) => r.length > 0 && typeof r[2] === 'number')), below: Row[] = []): InputSheet {
  return sheetFromRows(
    'Báo cáo',
    [
      ['UBND XÃ AN PHÚ'],
      ['TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC'],
      ['Kỳ báo cáo: Quý II năm 2026'],
      [],
      ...HEADER,
      ...body,
      total,
      ...below,
      [],
      [null, null, null, null, null, null, null, null, 'An Phú, ngày 18 tháng 6 năm 2026'],
      ['Người lập biểu', null, null, null, null, null, null, null, 'Thủ trưởng đơn vị'],
    ],
    0,
    1,
  );
}

const received = (f: RecognisedForm) => f.dataRows.reduce((s, r) => s + (r.values.received.value ?? 0), 0);
const rule = (fs: Finding[], r: string) => fs.filter((f) => f.rule === r);

describe('blank rows inside a table do not end it', () => {
  it.each([
    ['two blank rows in the middle', [...ROWS.slice(0, 2), [], [], ...ROWS.slice(2)]],
    ['three blank rows between the header and the first row', [[], [], [], ...ROWS]],
    ['two blank rows before TỔNG CỘNG', [...ROWS, [], []]],
    ['blank rows in several places', [[], [], ROWS[0], [], [], [], [], ROWS[1], ROWS[2], [], ROWS[3], [], [], ROWS[4], ROWS[5], [], [], []]],
  ])('%s: all 6 rows and TỔNG CỘNG are read, 1.742 dossiers, no finding', (_name, body) => {
    const [form] = recogniseSheet(sheet(body as Row[]));
    expect(form.dataRows.map((r) => r.label)).toEqual(ROWS.map((r) => r[1]));
    expect(received(form)).toBe(1742);
    expect(form.totalRow?.values.received.value).toBe(1742);
    expect(checkWorkbook([form])).toEqual([]);
  });

  it('a table without TỔNG CỘNG goes on over two blank rows when figures follow', () => {
    const s = sheetFromRows('S', [...HEADER, ...ROWS.slice(0, 3), [], [], ...ROWS.slice(3), [], [], ['Ghi chú: số liệu tính đến ngày 14/6/2026']]);
    const [form] = recogniseSheet(s);
    expect(form.dataRows).toHaveLength(6);
    expect(form.totalRow).toBeNull();
  });

  it('the table still ends: a note with figures below TỔNG CỘNG and blank rows is not read as a row', () => {
    const note: Row = [null, 'Tỷ lệ giải quyết đúng hạn', 98.5, null, null, null, null, null, null, null, null, null, null];
    const [form] = recogniseSheet(sheet(ROWS, undefined, [[], [], note]));
    expect(form.dataRows).toHaveLength(6);
    expect(form.lastRow).toBe(form.totalRow!.row);
  });

  it('a second table below, with its own title and header, stays a second table', () => {
    const s = sheetFromRows('S', [...HEADER, ...ROWS.slice(0, 2), totalOf(ROWS.slice(0, 2)), [], [], ['Biểu số II.06a/VPCP/KSTT (kỳ trước)'], ...HEADER, ...ROWS.slice(2), totalOf(ROWS.slice(2))]);
    const forms = recogniseSheet(s);
    expect(forms.map((f) => f.dataRows.length)).toEqual([2, 4]);
    expect(forms.flatMap((f) => checkWorkbook([f]))).toEqual([]);
  });
});

describe('every row of figures is a data row, whatever its name', () => {
  it('a row without STT or name is read, counted in the check and reported (warning naming the row)', () => {
    const body = [...ROWS.slice(0, 3), row(null, null, 200, 0, 74, 260, 0), ...ROWS.slice(3)];
    const [form] = recogniseSheet(sheet(body));
    expect(form.dataRows).toHaveLength(7);
    expect(received(form)).toBe(1742 + 274);
    const fs = checkWorkbook([form]);
    expect(fs.map((f) => [f.rule, f.severity, f.cell])).toEqual([['rows', 'warning', 'C10']]);
    expect(fs[0].message).toBe('Dòng 10 có số liệu nhưng không ghi tên lĩnh vực (ô C10 để trống): số liệu vẫn được tính, đề nghị ghi tên.');
  });

  it.each(['Lĩnh vực', 'LĨNH VỰC', 'STT', 'Số hồ sơ', 'Tổng số hồ sơ nhận giải quyết', 'Trong kỳ', 'Ghi chú', '(2)', 'Người có công với cách mạng'])(
    'a lĩnh vực named «%s» is read with its figures',
    (name) => {
      const body = [...ROWS.slice(0, 2), row(3, name, 150, 0, 20, 170, 0), ...ROWS.slice(2)];
      const [form] = recogniseSheet(sheet(body));
      expect(form.dataRows.map((r) => r.label)).toContain(name);
      expect(received(form)).toBe(1742 + 170);
      expect(checkWorkbook([form])).toEqual([]);
    },
  );

  it('a row with words in some count cells stays a row: the rows below are read, the words are type errors', () => {
    const words = [...row(3, 'Đất đai', 300, 12, 40, 300, 10)];
    words[4] = 'không';
    words[9] = 'x';
    const body = [...ROWS.slice(0, 2), words, ...ROWS.slice(3)];
    const [form] = recogniseSheet(sheet(body, totalOf(ROWS)));
    expect(form.dataRows).toHaveLength(6);
    expect(form.totalRow).not.toBeNull();
    const fs = checkWorkbook([form]).filter((f) => f.severity === 'error');
    expect(fs.map((f) => [f.rule, f.cell])).toEqual([['type', 'F9'], ['type', 'K9']]);
  });

  it.each([
    ['numbered like the rows around it', 3],
    ['without STT, with rows of figures under it', null],
  ])('a row with words in every count cell (%s) stays a row: nothing below it is lost', (_case, stt) => {
    const words: Row = [stt, 'Đất đai', ...Array<string>(11).fill('không')];
    const body = [...ROWS.slice(0, 2), words, ...ROWS.slice(3)];
    const counted = [...ROWS.slice(0, 2), ...ROWS.slice(3)];
    const [form] = recogniseSheet(sheet(body, totalOf(counted)));
    expect(form.dataRows.map((r) => r.label)).toEqual(['Chứng thực', 'Hộ tịch', 'Đất đai', 'Bảo trợ xã hội', 'Người có công', 'Xây dựng']);
    expect(received(form)).toBe(1742 - 352);
    expect(form.totalRow?.values.received.value).toBe(1742 - 352);
    const fs = checkWorkbook([form]).filter((f) => f.severity === 'error');
    expect(fs).toHaveLength(11);
    expect(fs.map((f) => [f.rule, f.cell])).toEqual('DEFGHIJKLMN'.split('').map((c) => ['type', `${c}9`]));
  });

  it('the header of a second table under the first still ends the first', () => {
    const second: Row[] = [[], ['STT', 'Đơn vị', 'Tổng số', 'Trực tuyến', 'Trực tiếp', 'Từ kỳ trước', 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn']];
    const [form] = recogniseSheet(sheet(ROWS, totalOf(ROWS), second));
    expect(form.dataRows).toHaveLength(6);
    expect(form.totalRow?.values.received.value).toBe(1742);
    expect(checkWorkbook([form])).toEqual([]);
  });

  it('a lĩnh vực named «Tổng» in the middle is a data row, with a warning', () => {
    const body = [...ROWS.slice(0, 2), row(null, 'Tổng', 10, 0, 0, 10, 0), ...ROWS.slice(2)];
    const [form] = recogniseSheet(sheet(body));
    expect(form.dataRows).toHaveLength(7);
    expect(form.totalRow?.values.received.value).toBe(1752);
    const fs = checkWorkbook([form]);
    expect(fs.map((f) => [f.rule, f.severity])).toEqual([['rows', 'warning']]);
    expect(fs[0].message).toMatch(/^Dòng 9 ghi «Tổng» như dòng tổng cộng nhưng nằm giữa bảng/);
  });

  it('a «Cộng» under each group adds up its rows: left out of the figures (info), TỔNG CỘNG still right', () => {
    const body = [
      ['I', 'Cấp xã'], ROWS[0], ROWS[1], totalOf([ROWS[0], ROWS[1]], 'Cộng'),
      ['II', 'Cấp huyện'], ...ROWS.slice(2), totalOf(ROWS.slice(2), 'Cộng'),
    ] as Row[];
    const [form] = recogniseSheet(sheet(body, totalOf(ROWS)));
    expect(form.dataRows).toHaveLength(6);
    expect(form.totalRow?.values.received.value).toBe(1742);
    const fs = checkWorkbook([form]);
    expect(fs.map((f) => [f.rule, f.severity])).toEqual([['rows', 'info'], ['rows', 'info']]);
    expect(rule(fs, 'col-sum')).toEqual([]);
  });

  it('TỔNG CỘNG printed above the rows (as some software does) is the total, the rows below are read', () => {
    const s = sheetFromRows('S', [...HEADER, totalOf(ROWS, 'TỔNG SỐ'), ...ROWS]);
    const [form] = recogniseSheet(s);
    expect(form.dataRows).toHaveLength(6);
    expect(form.totalRow?.label).toBe('TỔNG SỐ');
    expect(checkWorkbook([form])).toEqual([]);
  });
});

describe('the merge keeps every row too', () => {
  it('a nameless row and a lĩnh vực named «Lĩnh vực» reach II.06b and the per-unit appendix alike', () => {
    const body = [...ROWS, row(null, null, 200, 0, 74, 260, 0), row(8, 'Lĩnh vực', 150, 0, 20, 170, 0)];
    const withUnit = (s: InputSheet): InputSheet => ({ ...s, cells: [...s.cells, { row: 0, col: 9, value: 'Đơn vị báo cáo: UBND xã An Phú' }] });
    const forms = recogniseSheet(withUnit(sheet(body))).map((f) => ({ ...f, code: 'II.06a' }));
    const merge = createConsolidation();
    merge.add({ kind: 'read', fileName: 'an-phu.xlsx', forms, unitName: 'UBND xã An Phú', level: 'xa', findings: checkWorkbook(forms) });
    const result = merge.result();
    const labels = result.groups.flatMap((g) => g.rows.map((r) => r.label));
    expect(labels).toEqual(expect.arrayContaining(['(Không ghi tên lĩnh vực)', 'Lĩnh vực']));
    const rowsTotal = result.groups.flatMap((g) => g.rows).reduce((s, r) => s + r.values.online + r.values.direct + r.values.carried, 0);
    expect(rowsTotal).toBe(1742 + 274 + 170);
    expect(result.totals.received).toBe(1742 + 274 + 170);
    expect(result.units[0].received).toBe(1742 + 274 + 170);
  });
});
