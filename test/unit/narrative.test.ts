/**
 * Narrative drafting, end to end on real .xlsx files (the add-in's layout written by exceljs, read back by the grid
 * reader and the recogniser): the Tam Thanh quý I/2026 figures come out right in II.5, every number of every draft
 * is a Figure equal to its source, contradictory cells are flagged, sections without figures are placeholders.
 */
import { checkWorkbook } from '../../src/domain/checks';
import { parseViNumber, percentOf } from '../../src/domain/format';
import { targetsForYear } from '../../src/domain/forms/targets-data';
import {
  cellsOf,
  draftReport,
  isCellSource,
  NEEDS_CHECK_MARK,
  paragraphText,
  PLACEHOLDER_TEXT,
  renderDraftText,
  type DraftReport,
  type DraftSection,
  type Figure,
  type FigureSource,
} from '../../src/domain/narrative';
import { recogniseWorkbook, type RecognisedForm } from '../../src/domain/read';
import { readWorkbookGrid, type WorkbookGrid } from '../../src/xlsx/read-grid';
import {
  buildWorkbook,
  TAM_THANH_II06A,
  TAM_THANH_II06A_PREVIOUS,
  TAM_THANH_OTHER_FORMS,
  type SheetInput,
} from '../fixtures/narrative/build-workbook';

interface Loaded {
  grid: WorkbookGrid;
  forms: RecognisedForm[];
}

async function load(inputs: SheetInput[]): Promise<Loaded> {
  const grid = await readWorkbookGrid(await buildWorkbook(inputs));
  return { grid, forms: recogniseWorkbook(grid) };
}

function section(report: DraftReport, id: string): DraftSection {
  const found = report.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

const sectionText = (s: DraftSection): string => s.paragraphs.map(paragraphText).join('\n');

function figuresOf(report: DraftReport): Figure[] {
  return report.sections.flatMap((s) =>
    s.paragraphs.flatMap((p) => p.segments.filter((x): x is Figure => x.kind === 'figure')),
  );
}

interface Grids {
  current: WorkbookGrid;
  previous?: WorkbookGrid;
}

/** The number a workbook cell holds (text read the Vietnamese way). */
function cellNumber(grids: WorkbookGrid[], sheet: string, a1: string): number {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(m[2]) - 1;
  for (const grid of grids) {
    const cell = grid.sheets.find((s) => s.name === sheet)?.cells.find((c) => c.row === row && c.col === col);
    if (!cell) continue;
    if (typeof cell.value === 'number') return cell.value;
    if (typeof cell.value === 'string') return parseViNumber(cell.value)!.value;
    if (cell.value === null) return 0;
  }
  throw new Error(`no cell ${sheet}!${a1}`);
}

/** Recomputes a figure from the workbook cells its source names, independently of the narrative code. */
function evaluate(source: FigureSource, grids: Grids): number {
  if (isCellSource(source)) {
    const grid = source.workbook === 'previous' ? grids.previous : grids.current;
    if (!grid) throw new Error(`no ${source.workbook} workbook`);
    return cellNumber([grid], source.sheet, source.cell);
  }
  if ('target' in source) {
    const { data } = targetsForYear(source.target.year);
    return data.targets.find((t) => t.id === source.target.id)!.targetPercent;
  }
  const values = source.from.map((s) => evaluate(s, grids));
  if (source.derived === 'sum') return values.reduce((a, b) => a + b, 0);
  if (source.derived === 'difference') return values[0]! - values[1]!;
  return percentOf(values[0]!, values[1]!, 2)!;
}

/** Every figure equals its source; its printed text says that value; plain text never carries a digit. */
function expectEveryNumberTraceable(report: DraftReport, grids: Grids): void {
  const figures = figuresOf(report);
  expect(figures.length).toBeGreaterThan(0);
  for (const figure of figures) {
    expect({ text: figure.text, value: evaluate(figure.source, grids) }).toEqual({
      text: figure.text,
      value: figure.value,
    });
    const printed = figure.text === 'không' ? 0 : parseViNumber(figure.text)!.value;
    expect({ text: figure.text, printed }).toEqual({ text: figure.text, printed: figure.value });
  }
  for (const s of report.sections) {
    for (const p of s.paragraphs) {
      for (const seg of p.segments) {
        if (seg.kind === 'text')
          expect({ section: s.id, text: seg.text, digit: /\d/.test(seg.text) }).toEqual({
            section: s.id,
            text: seg.text,
            digit: false,
          });
      }
    }
  }
}

let tamThanh: Loaded;
let full: Loaded;
let previous: Loaded;
beforeAll(async () => {
  tamThanh = await load([TAM_THANH_II06A]);
  full = await load([TAM_THANH_II06A, ...TAM_THANH_OTHER_FORMS]);
  previous = await load([TAM_THANH_II06A_PREVIOUS]);
});

describe('golden: Tam Thanh quý I/2026, section II.5', () => {
  test('the recogniser finds the II.06a the draft is made from', () => {
    expect(tamThanh.forms.map((f) => f.code)).toEqual(['II.06a']);
  });

  test('received, resolved, in progress, returned, paused and the timely rate are the report’s figures', () => {
    const report = draftReport(tamThanh.forms);
    const s = section(report, 'II.5');
    expect(s.placeholder).toBe(false);
    const text = sectionText(s);
    expect(text).toContain('Tổng số hồ sơ TTHC nhận giải quyết trong kỳ báo cáo: 1.637 hồ sơ');
    expect(text).toContain('tiếp nhận mới trong kỳ 1.568 hồ sơ');
    expect(text).toContain('tiếp nhận trực tuyến 1.568 hồ sơ');
    // A typed zero sub-part is left out (the style's default), never a blank one stated.
    expect(text).toContain('tiếp nhận mới trong kỳ 1.568 hồ sơ (tiếp nhận trực tuyến 1.568 hồ sơ);');
    expect(text).not.toContain('tiếp nhận trực tiếp');
    expect(text).toContain('từ kỳ trước chuyển sang 69 hồ sơ');
    expect(text).toContain('Số hồ sơ đã giải quyết: 1.488 hồ sơ, trong đó: giải quyết trước hạn 1.477 hồ sơ');
    expect(text).toContain('giải quyết trước hạn 1.477 hồ sơ; giải quyết quá hạn 11 hồ sơ');
    expect(text).not.toContain('đúng hạn 0');
    expect(text).toContain('Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt 99,26% (1.477/1.488 hồ sơ)');
    expect(text).toContain('Số hồ sơ đang giải quyết: 41 hồ sơ, trong đó: trong hạn 41 hồ sơ.');
    expect(text).toContain('Số hồ sơ không đủ điều kiện giải quyết (trả lại): 44 hồ sơ');
    expect(text).toContain('Số hồ sơ tạm dừng giải quyết: 64 hồ sơ');
    expect(text).toContain('nhiều nhất là lĩnh vực Chứng thực với 910 hồ sơ, chiếm 55,59%');
    expect(text).toContain('Hồ sơ giải quyết quá hạn thuộc lĩnh vực Đất đai (11 hồ sơ)');
    expect(text).toContain('Biểu số II.06a/VPCP/KSTT');
    // Consistent figures: nothing to check.
    expect(s.paragraphs.flatMap((p) => p.flags)).toEqual([]);
  });

  test('the figures point at the TỔNG CỘNG cells of the sheet', () => {
    const report = draftReport(tamThanh.forms);
    const form = tamThanh.forms[0]!;
    const total = form.totalRow!;
    const received = figuresOf(report).find((f) => f.text === '1.637')!;
    expect(received.source).toEqual({ sheet: form.sheet, cell: total.values['received']!.address });
    const rate = figuresOf(report).find((f) => f.text === '99,26%')!;
    expect(rate.source).toMatchObject({ derived: 'rate' });
    expect(rate.value).toBe(99.26);
  });

  test('a lĩnh vực name is traceable to its label cell', () => {
    const report = draftReport(tamThanh.forms);
    const label = section(report, 'II.5')
      .paragraphs.flatMap((p) => p.segments)
      .find((s) => s.kind === 'cell-text' && s.text === 'Chứng thực');
    expect(label).toMatchObject({ kind: 'cell-text', source: { sheet: 'II.06a' } });
  });
});

describe('every number in every draft is a traceable Figure', () => {
  test('II.06a alone', () => {
    expectEveryNumberTraceable(draftReport(tamThanh.forms), { current: tamThanh.grid });
  });

  test('all forms, with the previous period', () => {
    const report = draftReport(full.forms, { previous: previous.forms });
    expect(report.sections.filter((s) => !s.placeholder && s.paragraphs.length > 0).map((s) => s.id)).toEqual(
      ['II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.6', 'II.7', 'III.1'],
    );
    expectEveryNumberTraceable(report, { current: full.grid, previous: previous.grid });
  });

  test('a workbook never calculated: totals are rebuilt from the typed cells, still traceable', async () => {
    const raw = await load([{ ...TAM_THANH_II06A, cacheResults: false }]);
    expect(raw.forms[0]!.totalRow!.values['received']!.kind).toBe('pending');
    const report = draftReport(raw.forms);
    expect(sectionText(section(report, 'II.5'))).toContain(
      'Tổng số hồ sơ TTHC nhận giải quyết trong kỳ báo cáo: 1.637 hồ sơ',
    );
    const received = figuresOf(report).find((f) => f.text === '1.637')!;
    expect(received.source).toMatchObject({ derived: 'sum' });
    expectEveryNumberTraceable(report, { current: raw.grid });
  });

  test('the walker itself fails on a figure that does not match its cell', () => {
    const report = draftReport(tamThanh.forms);
    const figure = figuresOf(report).find((f) => f.text === '1.637')!;
    figure.value = 1638;
    expect(() => expectEveryNumberTraceable(report, { current: tamThanh.grid })).toThrow();
  });

  test('previous-period figures point into the previous workbook', () => {
    const report = draftReport(previous.forms, { previous: tamThanh.forms });
    expectEveryNumberTraceable(report, { current: previous.grid, previous: tamThanh.grid });
    // «giảm 10,20% so với kỳ trước»: the rate is derived from cells of both workbooks.
    const change = figuresOf(report).find((f) => f.text === '10,20%')!;
    expect(cellsOf(change.source)).toContainEqual(
      expect.objectContaining({ workbook: 'previous', sheet: 'II.06a' }),
    );
    // Read against the wrong workbook, the same walk fails.
    expect(() =>
      expectEveryNumberTraceable(report, { current: previous.grid, previous: previous.grid }),
    ).toThrow();
  });

  test('the walker fails on a digit in plain text', () => {
    const report = draftReport(tamThanh.forms);
    section(report, 'II.5').paragraphs[0]!.segments.push({ kind: 'text', text: ' khoảng 12 hồ sơ' });
    expect(() => expectEveryNumberTraceable(report, { current: tamThanh.grid })).toThrow();
  });
});

describe('inconsistent sources are flagged, never stated silently', () => {
  test('a perturbed TỔNG CỘNG is marked in the sentence that states it, with the reason', async () => {
    const bad = await load([
      { ...TAM_THANH_II06A, override: [{ row: 'TOTAL', col: 'received', value: 1640 }] },
    ]);
    const report = draftReport(bad.forms);
    const first = section(report, 'II.5').paragraphs[0]!;
    expect(paragraphText(first)).toContain('1.640');
    expect(first.flags.length).toBeGreaterThan(0);
    expect(first.flags[0]!.reason).toContain('1.640');
    expect(first.flags[0]!.reason).toContain('1.637');
    const cell = bad.forms[0]!.totalRow!.values['received']!.address;
    expect(first.flags[0]!.cells).toContainEqual({ sheet: 'II.06a', cell });
    const text = renderDraftText(report);
    expect(text).toContain(`1.640 hồ sơ`);
    expect(text).toContain(NEEDS_CHECK_MARK);
    expect(text).toContain('(Lý do: ');
  });

  test('the checker’s findings flag the sentences that use the cell', async () => {
    const bad = await load([
      { ...TAM_THANH_II06A, override: [{ row: 'TOTAL', col: 'received', value: 1640 }] },
    ]);
    const findings = checkWorkbook(bad.forms);
    const cell = bad.forms[0]!.totalRow!.values['received']!.address;
    const mine = findings.filter((f) => f.sheet === 'II.06a' && f.cell === cell && f.severity !== 'info');
    expect(mine.length).toBeGreaterThan(0);
    const report = draftReport(bad.forms, { findings });
    const reasons = section(report, 'II.5').paragraphs[0]!.flags.map((f) => f.reason);
    // One discrepancy (one cell) is one reason, named «ô C15, trang II.06a»; the lost formula stays in the check view.
    const sum = mine.find((f) => f.rule === 'row-sum')!;
    expect(reasons).toEqual([sum.message.replace(`Ô ${cell} `, `Ô ${cell}, trang II.06a `)]);
    expect(mine.some((f) => f.rule === 'formula')).toBe(true);
  });

  test('a finding elsewhere does not flag an unrelated sentence', () => {
    const report = draftReport(tamThanh.forms, {
      findings: [{ severity: 'error', sheet: 'II.06a', cell: 'Z99', message: 'lỗi ở ô khác' }],
    });
    expect(report.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.flags))).toEqual([]);
  });

  test('an info finding never flags', () => {
    const cell = tamThanh.forms[0]!.totalRow!.values['received']!.address;
    const report = draftReport(tamThanh.forms, {
      findings: [{ severity: 'info', sheet: 'II.06a', cell, message: 'ghi chú' }],
    });
    expect(report.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.flags))).toEqual([]);
  });

  test('online dossiers that differ between KSTT-DT and II.06a flag section II.7', async () => {
    const others = TAM_THANH_OTHER_FORMS.map((f) =>
      f.code === 'KSTT-DT' ? { ...f, rows: { ...f.rows, partialOnline: { value: 678 } } } : f,
    );
    const bad = await load([TAM_THANH_II06A, ...others]);
    const reasons = section(draftReport(bad.forms), 'II.7').paragraphs.flatMap((p) =>
      p.flags.map((f) => f.reason),
    );
    expect(reasons.some((r) => r.includes('1.578') && r.includes('1.568') && r.includes('II.06a'))).toBe(
      true,
    );
  });

  test('«từ kỳ trước» that is not the previous report’s «đang giải quyết» is flagged', async () => {
    const prevRows = {
      ...TAM_THANH_II06A_PREVIOUS.rows,
      'Đất đai': { ...TAM_THANH_II06A_PREVIOUS.rows['Đất đai']!, pendingOnTime: 40, paused: 5 },
    };
    const prev = await load([{ ...TAM_THANH_II06A_PREVIOUS, rows: prevRows }]);
    const report = draftReport(tamThanh.forms, { previous: prev.forms });
    const reasons = section(report, 'II.5').paragraphs[0]!.flags.map((f) => f.reason);
    expect(reasons.some((r) => r.includes('kỳ trước') && r.includes('70'))).toBe(true);
    // The matching previous report raises nothing.
    expect(
      draftReport(tamThanh.forms, { previous: previous.forms }).sections.flatMap((s) =>
        s.paragraphs.flatMap((p) => p.flags),
      ),
    ).toEqual([]);
  });
});

describe('overdue files by lĩnh vực', () => {
  const FIELDS = [
    'Chứng thực',
    'Hộ tịch',
    'Đất đai',
    'Xây dựng',
    'Bảo trợ xã hội',
    'Người có công',
    'Giáo dục',
    'Y tế',
    'Văn hóa',
    'Nông nghiệp',
    'Tài nguyên nước',
    'Môi trường',
    'Giao thông',
    'Tư pháp',
  ];
  /** Overdue files per lĩnh vực above, in an order unlike the counts' (the house style pads below 10: «03 hồ sơ»). */
  const LATE = [13, 24, 11, 19, 22, 15, 17, 12, 23, 14, 21, 16, 20, 18];

  /** A district's II.06a whose first `count` lĩnh vực all have overdue files. */
  function withFields(count: number): SheetInput {
    const rows: SheetInput['rows'] = {};
    FIELDS.slice(0, count).forEach((field, i) => {
      rows[field] = { online: 50, direct: 0, carried: 0, early: 50 - LATE[i]!, onTime: 0, late: LATE[i]! };
    });
    return { code: 'II.06a', rows };
  }

  const lateSentence = (forms: RecognisedForm[]) =>
    section(draftReport(forms), 'II.5')
      .paragraphs.map(paragraphText)
      .find((text) => text.startsWith('Hồ sơ giải quyết quá hạn'));

  test('many lĩnh vực: the sentence names the ten with most overdue files, most first, and says how many there are', async () => {
    const { forms } = await load([withFields(14)]);
    const named = [24, 23, 22, 21, 20, 19, 18, 17, 16, 15].map((n) => `${FIELDS[LATE.indexOf(n)]} (${n} hồ sơ)`);
    expect(lateSentence(forms)).toBe(
      `Hồ sơ giải quyết quá hạn thuộc 14 lĩnh vực, nhiều nhất là các lĩnh vực: ${named.join(', ')}.`,
    );
  });

  test('up to ten lĩnh vực: all of them, in the order of the table', async () => {
    const { forms } = await load([withFields(10)]);
    const named = FIELDS.slice(0, 10).map((field, i) => `${field} (${LATE[i]} hồ sơ)`);
    expect(lateSentence(forms)).toBe(`Hồ sơ giải quyết quá hạn thuộc các lĩnh vực: ${named.join(', ')}.`);
  });
});

describe('outline, placeholders and wording', () => {
  test('sections without figures keep their heading and the placeholder', () => {
    const report = draftReport(tamThanh.forms);
    for (const id of ['I.1', 'I.2', 'I.3', 'I.4', 'II.8', 'II.9', 'II.10', 'II.11', 'III.2', 'IV', 'V']) {
      const s = section(report, id);
      expect(s.placeholder).toBe(true);
      expect(s.paragraphs.map(paragraphText)).toEqual([PLACEHOLDER_TEXT]);
    }
    // Numeric sections whose forms are absent are placeholders that name the form they need.
    expect(section(report, 'II.4')).toMatchObject({ placeholder: true, sources: ['II.05a'] });
    expect(section(report, 'II.5').placeholder).toBe(false);
  });

  test('no forms: the whole outline, every section a placeholder', () => {
    const report = draftReport([]);
    expect(report.sections.map((s) => s.id)).toEqual([
      'I',
      'I.1',
      'I.2',
      'I.3',
      'I.4',
      'II',
      'II.1',
      'II.2',
      'II.3',
      'II.4',
      'II.5',
      'II.6',
      'II.7',
      'II.8',
      'II.9',
      'II.10',
      'II.11',
      'III',
      'III.1',
      'III.2',
      'IV',
      'V',
    ]);
    expect(figuresOf(report)).toEqual([]);
    expect(report.periodLabel).toBeNull();
  });

  test('a form inserted and never filled is not drafted from (no false «không có hồ sơ»)', async () => {
    const blank = await load([{ code: 'II.06a', rows: { 'Hộ tịch': {}, 'Đất đai': {} } }]);
    expect(blank.forms.map((f) => f.code)).toEqual(['II.06a']);
    const report = draftReport(blank.forms);
    expect(section(report, 'II.5').placeholder).toBe(true);
    expect(figuresOf(report)).toEqual([]);
    // One typed zero is a statement: the form is drafted.
    const zero = await load([{ code: 'II.06a', rows: { 'Hộ tịch': { online: 0 }, 'Đất đai': {} } }]);
    expect(sectionText(section(draftReport(zero.forms), 'II.5'))).toContain(
      'Tổng số hồ sơ TTHC nhận giải quyết trong kỳ báo cáo: không có.',
    );
  });

  test('plain text numbers the headings as Phụ lục I', () => {
    const text = renderDraftText(draftReport(tamThanh.forms));
    expect(text).toMatch(/^I\. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH$/m);
    expect(text).toMatch(/^II\. TÌNH HÌNH, KẾT QUẢ THỰC HIỆN CÔNG TÁC KIỂM SOÁT TTHC$/m);
    expect(text).toMatch(/^5\. Tình hình, kết quả giải quyết TTHC$/m);
    expect(text).toMatch(/^V\. KIẾN NGHỊ, ĐỀ XUẤT$/m);
    expect(text).not.toContain(NEEDS_CHECK_MARK);
  });

  test('the period label is read from the forms', () => {
    expect(draftReport(tamThanh.forms).periodLabel).toBe('Quý I năm 2026');
  });

  test('small counts take a leading zero, zeros are said in words', () => {
    const report = draftReport(full.forms);
    expect(sectionText(section(report, 'II.2'))).toContain('một cửa liên thông 02 TTHC');
    expect(sectionText(section(report, 'II.4'))).toContain('Số phản ánh, kiến nghị đang xử lý: không có');
    expect(sectionText(section(report, 'II.1'))).toContain('trong kỳ báo cáo: không có');
  });

  test('rates are judged against their targets: đạt / chưa đạt', () => {
    const report = draftReport(full.forms);
    const ii7 = sectionText(section(report, 'II.7'));
    expect(ii7).toContain(
      'Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 100,00% (1.568/1.568 hồ sơ), so với chỉ tiêu 50%',
    );
    expect(ii7).toContain('thanh toán trực tuyến 190 giao dịch, đạt 95,00%, so với chỉ tiêu 45%');
    expect(ii7).toContain('8.141/8.141 hồ sơ, đạt 100,00%, so với chỉ tiêu 80%');
    const iii = sectionText(section(report, 'III.1'));
    // Targets are cited by their legal text (the «Chỉ tiêu» sheet's heading row), never by the sheet's name.
    expect(iii).toContain(
      'đạt 20,00% (40/200), so với chỉ tiêu 80% (theo Nghị quyết số 01/NQ-CP, 02/NQ-CP năm 2024): chưa đạt',
    );
    expect(iii).toContain(
      'đạt 99,15% (233/235), so với chỉ tiêu 90% (theo Nghị quyết số 01/NQ-CP, 02/NQ-CP năm 2024): đạt',
    );
    expect(renderDraftText(report)).not.toContain('trang «Chỉ tiêu»');
  });

  test('without a «Chỉ tiêu» sheet the yearly targets data is used and cited', () => {
    const report = draftReport(tamThanh.forms);
    const ii7 = section(report, 'II.7');
    const target = ii7.paragraphs
      .flatMap((p) => p.segments)
      .find((s): s is Figure => s.kind === 'figure' && 'target' in s.source);
    expect(target).toMatchObject({ text: '50%', value: 50, source: { target: { id: 'onlineDossiers' } } });
    expect(sectionText(ii7)).toContain(
      '(theo Nghị quyết số 01/NQ-CP, 02/NQ-CP năm 2024; chưa có chỉ tiêu năm 2026)',
    );
  });

  test('with the previous period: increases and the rate change (compare.ts, at the figure they qualify)', () => {
    const text = sectionText(section(draftReport(tamThanh.forms, { previous: previous.forms }), 'II.5'));
    expect(text).toContain('trong kỳ báo cáo: 1.637 hồ sơ (tăng 11,36% so với kỳ trước), trong đó:');
    expect(text).toContain('Số hồ sơ đã giải quyết: 1.488 hồ sơ (tăng 7,83% so với kỳ trước), trong đó:');
    expect(text).toContain('đạt 99,26% (1.477/1.488 hồ sơ), giảm so với kỳ trước (99,28%).');
    // And the other way round: the earlier quarter against this one decreases.
    const back = sectionText(section(draftReport(previous.forms, { previous: tamThanh.forms }), 'II.5'));
    expect(back).toContain('1.470 hồ sơ (giảm 10,20% so với kỳ trước)');
  });
});
