/** @jest-environment jsdom */
/**
 * The «Kiểm tra số liệu» view in jsdom with a recording stub in place of Excel: findings grouped by sheet and
 * severity with counts, a click selects the cell, highlight / un-highlight reach the adapter, and the empty,
 * clean and error states.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Finding } from '../../src/domain/checks';
import type { InputWorkbook } from '../../src/domain/read/types';
import type { HighlightResult, RemoveResult } from '../../src/excel/highlight';
import { readActiveSheet, readWorkbook } from '../../src/excel/read-grid';
import type { CheckActions, CheckScope } from '../../src/taskpane/check/actions';
import { groupFindings, showValue } from '../../src/taskpane/check/model';
import type { Language } from '../../src/taskpane/i18n';
import { CheckView } from '../../src/taskpane/views/CheckView';
import { createFakeExcel } from '../fake-excel';
import {
  buildSampleWorkbook,
  DEMO_COLUMN_TOTAL,
  DEMO_ROW_TOTAL,
  SAMPLE_SHEET_NAME,
} from '../preview/sample-workbook';
import { renderInPane, setUpPaneTests } from '../helpers/pane';
import { plainExcel, sampleExcel } from '../helpers/sample-excel';

setUpPaneTests({ clearStorage: false });

/** Real grids read once from the fake host, so the view runs the real recognition and checks. */
let SAMPLE_SHEET: InputWorkbook;
let SAMPLE_BOOK: InputWorkbook;
let PLAIN: InputWorkbook;
beforeAll(async () => {
  const sample = sampleExcel();
  SAMPLE_SHEET = await readActiveSheet(sample);
  SAMPLE_BOOK = await readWorkbook(sample);
  PLAIN = await readActiveSheet(plainExcel());
});

interface Stub extends CheckActions {
  reads: CheckScope[];
  selects: [string, string][];
  highlights: Finding[][];
  unhighlights: number;
}

function stub(grid: () => InputWorkbook, options: { marked?: boolean; failHighlight?: boolean } = {}): Stub {
  const s: Stub = {
    reads: [],
    selects: [],
    highlights: [],
    unhighlights: 0,
    read: async (scope) => {
      s.reads.push(scope);
      return grid();
    },
    select: async (sheet, cell) => {
      s.selects.push([sheet, cell]);
    },
    highlight: async (findings): Promise<HighlightResult> => {
      if (options.failHighlight)
        throw Object.assign(new Error('The request payload size has exceeded the limit.'), {
          code: 'RequestPayloadSizeLimitExceeded',
        });
      s.highlights.push([...findings]);
      return {
        marked: new Set(findings.map((f) => f.cell)).size,
        annotation: 'note',
        keptUserNotes: [`${SAMPLE_SHEET_NAME}!D12`],
      };
    },
    unhighlight: async (): Promise<RemoveResult> => {
      s.unhighlights++;
      return { restored: 3, notesRemoved: 2, keptUserChanges: [], hadRecord: true };
    },
    hasHighlights: async () => options.marked ?? false,
  };
  return s;
}

function renderView(actions: CheckActions, language: Language = 'vi') {
  return renderInPane(<CheckView actions={actions} />, language);
}

async function click(testId: string) {
  await act(async () => {
    fireEvent.click(screen.getByTestId(testId));
  });
  // The check runs in steps across tasks (check/model.ts runCheckInSteps): wait until the view is idle again.
  await waitFor(() => expect(screen.getByTestId('view-check').getAttribute('aria-busy')).not.toBe('true'));
}

describe('CheckView', () => {
  it('lists the demo contradictions grouped by sheet and severity, with counts and Vietnamese sentences', async () => {
    const actions = stub(() => SAMPLE_BOOK);
    renderView(actions);
    await click('check-workbook');
    expect(actions.reads).toEqual(['workbook']);
    const groups = screen.getAllByTestId('check-sheet-group');
    expect(groups.map((g) => g.getAttribute('data-sheet'))).toEqual([SAMPLE_SHEET_NAME]);
    const items = screen.getAllByTestId('check-finding');
    const cells = items.map((i) => i.getAttribute('data-cell'));
    expect(cells).toEqual(expect.arrayContaining([DEMO_ROW_TOTAL.cell, DEMO_COLUMN_TOTAL.cell]));
    const row = items.find((i) => i.getAttribute('data-cell') === DEMO_ROW_TOTAL.cell)!;
    expect(row.textContent).toContain('Ô C9 (dòng «Hộ tịch»)');
    expect(row.textContent).toContain('Hiện có: 422 · Đúng ra: 440');
    const total = items.find((i) => i.getAttribute('data-cell') === DEMO_COLUMN_TOTAL.cell)!;
    expect(total.textContent).toContain('Hiện có: 1.568 · Đúng ra: 1.586');
    const errors = items.filter((i) => i.getAttribute('data-severity') === 'error').length;
    const warnings = items.filter((i) => i.getAttribute('data-severity') === 'warning').length;
    expect(errors).toBe(2);
    expect(screen.getByTestId('check-count-error').textContent).toBe(`Lỗi: ${errors}`);
    expect(screen.getByTestId('check-count-warning').textContent).toBe(`Cảnh báo: ${warnings}`);
    expect(screen.getByTestId('check-count-info').textContent).toBe('Thông tin: 0');
    expect(within(groups[0]).getByTestId('check-group-error').textContent).toBe(`${errors}Lỗi`);
    // Errors are listed before warnings.
    const order = items.map((i) => i.getAttribute('data-severity'));
    expect(order).toEqual([...order].sort((a, b) => (a === b ? 0 : a === 'error' ? -1 : 1)));
    expect(screen.getByTestId('check-forms').textContent).toContain('II.06a («Dữ liệu mẫu»)');
  });

  it('a click on a finding selects its cell in Excel and marks it as current', async () => {
    const actions = stub(() => SAMPLE_SHEET);
    renderView(actions);
    await click('check-sheet');
    expect(actions.reads).toEqual(['sheet']);
    const item = screen.getAllByTestId('check-finding').find((i) => i.getAttribute('data-cell') === 'D12')!;
    await act(async () => {
      fireEvent.click(item);
    });
    expect(actions.selects).toEqual([[SAMPLE_SHEET_NAME, 'D12']]);
    expect(
      screen
        .getAllByTestId('check-finding')
        .find((i) => i.getAttribute('data-cell') === 'D12')!
        .getAttribute('aria-current'),
    ).toBe('true');
  });

  it('«Đánh dấu trên bảng» sends the findings, «Bỏ đánh dấu» undoes, each says what it did', async () => {
    const actions = stub(() => SAMPLE_SHEET);
    renderView(actions);
    await click('check-sheet');
    expect((screen.getByTestId('check-unhighlight') as HTMLButtonElement).disabled).toBe(true);
    await click('check-highlight');
    expect(actions.highlights).toHaveLength(1);
    expect(actions.highlights[0].map((f) => f.cell)).toEqual(
      screen.getAllByTestId('check-finding').map((i) => i.getAttribute('data-cell')),
    );
    expect(screen.getByTestId('check-action-result').textContent).toMatch(
      /^Đã tô màu \d ô\. Mỗi ô có ghi chú giải thích\./,
    );
    expect(screen.getByTestId('check-kept-notes').textContent).toContain('D12');
    await click('check-unhighlight');
    expect(actions.unhighlights).toBe(1);
    expect(screen.getByTestId('check-action-result').textContent).toContain(
      'Đã trả lại màu nền cũ cho 3 ô và xóa 2 ghi chú',
    );
    expect((screen.getByTestId('check-unhighlight') as HTMLButtonElement).disabled).toBe(true);
  });

  it('offers «Bỏ đánh dấu» for a highlight left from an earlier session, before any check', async () => {
    renderView(stub(() => SAMPLE_SHEET, { marked: true }));
    await waitFor(() =>
      expect((screen.getByTestId('check-unhighlight') as HTMLButtonElement).disabled).toBe(false),
    );
    expect((screen.getByTestId('check-highlight') as HTMLButtonElement).disabled).toBe(true);
  });

  it('«Kiểm tra lại» reads the same scope again and shows the new result', async () => {
    let grid = SAMPLE_BOOK;
    const actions = stub(() => grid);
    renderView(actions);
    await click('check-workbook');
    expect(screen.getAllByTestId('check-finding').length).toBeGreaterThan(0);
    grid = PLAIN;
    await click('check-recheck');
    expect(actions.reads).toEqual(['workbook', 'workbook']);
    expect(screen.queryAllByTestId('check-finding')).toEqual([]);
    expect(screen.getByTestId('check-no-form').textContent).toContain('Không nhận ra biểu mẫu nào');
  });

  it('says so clearly when the forms agree', async () => {
    const clean = buildSampleWorkbook();
    const sheet = clean.sheets[0];
    sheet.cells.get('8,3')!.value = 402; // D9 as the report has it: both demo contradictions go away
    const grid = await readActiveSheet(createFakeExcel({ workbook: clean }).Excel as unknown as typeof Excel);
    renderView(stub(() => grid));
    await click('check-sheet');
    expect(screen.getByTestId('check-clean').textContent).toContain('Số liệu khớp');
    expect(screen.queryByTestId('check-highlight')).toBeNull();
  });

  it('shows Excel’s error instead of a result when an action fails', async () => {
    renderView(stub(() => SAMPLE_SHEET, { failHighlight: true }));
    await click('check-sheet');
    await click('check-highlight');
    expect(screen.getByTestId('check-error').textContent).toContain('RequestPayloadSizeLimitExceeded');
  });

  it('in English uses the checker’s English sentence and English numbers', async () => {
    renderView(
      stub(() => SAMPLE_SHEET),
      'en',
    );
    await click('check-sheet');
    const item = screen.getAllByTestId('check-finding').find((i) => i.getAttribute('data-cell') === 'D12')!;
    expect(item.textContent).toContain('Cell D12: column (4) states 1,568');
    expect(item.textContent).toContain('Found: 1,568 · Expected: 1,586');
    expect(screen.getByTestId('check-count-error').textContent).toMatch(/^Errors: \d+$/);
  });
});

describe('check model', () => {
  const f = (sheet: string, cell: string, severity: Finding['severity']): Finding => ({
    rule: 'col-sum',
    severity,
    sheet,
    cell,
    found: 1,
    expected: 2,
    message: cell,
  });

  it('groups by sheet in order of appearance, then errors, warnings, information', () => {
    const groups = groupFindings([
      f('B', 'A1', 'info'),
      f('A', 'A2', 'warning'),
      f('B', 'A3', 'error'),
      f('A', 'A4', 'error'),
    ]);
    expect(
      groups.map((g) => [g.sheet, g.bySeverity.map((s) => [s.severity, s.findings.map((x) => x.cell)])]),
    ).toEqual([
      [
        'B',
        [
          ['error', ['A3']],
          ['info', ['A1']],
        ],
      ],
      [
        'A',
        [
          ['error', ['A4']],
          ['warning', ['A2']],
        ],
      ],
    ]);
    expect(groups[0].counts).toEqual({ error: 1, warning: 0, info: 1 });
  });

  it('writes values the Vietnamese way, or English, and a dash for nothing', () => {
    expect(showValue(1652, 'vi')).toBe('1.652');
    expect(showValue(1652, 'en')).toBe('1,652');
    expect(showValue(null, 'vi')).toBe('—');
    expect(showValue('≤ 12', 'vi')).toBe('≤ 12');
  });
});
