/** @jest-environment jsdom */
/**
 * The «Soạn thuyết minh» view in jsdom with a recording stub in place of Excel: drafting from the real sample grid,
 * section choice, figure links (hover text, click selects), flagged sentences with their reason, copy, the sheet
 * writer's confirm-before-replace, .docx export, staleness after the figures change, and the error and empty states.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { DocxMeta } from '../../src/docx/draft-docx';
import { NEEDS_CHECK_MARK, type DraftReport } from '../../src/domain/narrative';
import type { InputWorkbook } from '../../src/domain/read/types';
import type { NarrativeLine, NarrativeSheetResult } from '../../src/excel/narrative-sheet';
import { readWorkbook } from '../../src/excel/read-grid';
import type { Language } from '../../src/taskpane/i18n';
import type { NarrateActions } from '../../src/taskpane/narrate/actions';
import { copyText } from '../../src/taskpane/narrate/clipboard';
import {
  CHOOSABLE_SECTIONS,
  docxFileName,
  figureTitle,
  fingerprintOf,
  outlineLines,
  reportHtml,
  selectSections,
} from '../../src/taskpane/narrate/model';
import { runDraft } from '../../src/taskpane/narrate/run-draft';
import { NarrateView } from '../../src/taskpane/views/NarrateView';
import { SAMPLE_SHEET_NAME } from '../preview/sample-workbook';
import { renderInPane, setUpPaneTests } from '../helpers/pane';
import { plainExcel, sampleExcel } from '../helpers/sample-excel';

setUpPaneTests({ clearStorage: false });

let SAMPLE: InputWorkbook;
let PLAIN: InputWorkbook;
beforeAll(async () => {
  SAMPLE = await readWorkbook(sampleExcel());
  PLAIN = await readWorkbook(plainExcel());
});

/** The sample grid with C12 (TỔNG CỘNG, column (3)) changed: the number the draft printed as «1.637». */
function withC12(grid: InputWorkbook, value: number): InputWorkbook {
  return {
    ...grid,
    sheets: grid.sheets.map((s) =>
      s.name !== SAMPLE_SHEET_NAME
        ? s
        : {
            ...s,
            cells: s.cells.map((c) =>
              c.row === 11 && c.col === 2 ? { ...c, value, formula: undefined } : c,
            ),
          },
    ),
  };
}

interface Stub extends NarrateActions {
  reads: number;
  selects: [string, string][];
  sheets: { lines: NarrativeLine[]; replaceOwn: boolean }[];
  copies: string[];
  htmls: (string | undefined)[];
  docx: { report: DraftReport; meta: DocxMeta; file: string }[];
}

function stub(
  grid: () => InputWorkbook,
  options: { ownSheet?: boolean; failCopy?: boolean; failRead?: boolean } = {},
): Stub {
  let own = options.ownSheet ?? false;
  const s: Stub = {
    reads: 0,
    selects: [],
    sheets: [],
    copies: [],
    htmls: [],
    docx: [],
    read: async () => {
      s.reads++;
      if (options.failRead) throw Object.assign(new Error('Excel is busy'), { code: 'GeneralException' });
      return grid();
    },
    select: async (sheet, cell) => {
      s.selects.push([sheet, cell]);
    },
    writeSheet: async (lines, replaceOwn): Promise<NarrativeSheetResult> => {
      if (own && !replaceOwn) return { kind: 'exists', sheetName: 'Thuyết minh' };
      s.sheets.push({ lines: [...lines], replaceOwn });
      const replaced = own;
      own = true;
      return { kind: 'written', sheetName: 'Thuyết minh', replaced, rows: lines.length };
    },
    copy: async (text, html) => {
      if (options.failCopy) throw new Error('denied');
      s.copies.push(text);
      s.htmls.push(html);
    },
    downloadDocx: async (report, meta, file) => {
      s.docx.push({ report, meta, file });
    },
  };
  return s;
}

function show(actions: NarrateActions, language: Language = 'vi') {
  return renderInPane(<NarrateView actions={actions} />, language);
}

async function draft() {
  fireEvent.click(screen.getByTestId('narrate-draft'));
  await screen.findByTestId('narrate-preview');
}

const section = (id: string) =>
  screen.getAllByTestId('narrate-section').find((s) => s.dataset.section === id)!;

describe('NarrateView', () => {
  test('drafts II.5 with formatted, linked figures; a click selects the cell', async () => {
    const actions = stub(() => SAMPLE);
    show(actions);
    expect(screen.queryByTestId('narrate-preview')).toBeNull();
    await draft();
    expect(actions.reads).toBe(1);
    expect(screen.getByTestId('narrate-forms').textContent).toContain('II.06a («Dữ liệu mẫu»)');
    const ii5 = section('II.5');
    expect(ii5.textContent).toContain('5. Tình hình, kết quả giải quyết TTHC');
    const total = within(ii5)
      .getAllByTestId('narrate-figure')
      .find((f) => f.dataset.cell === 'C12')!;
    expect(total.textContent).toBe('1.637');
    expect(total.getAttribute('title')).toBe('Ô C12, trang Dữ liệu mẫu');
    fireEvent.click(total);
    await waitFor(() => expect(actions.selects).toEqual([[SAMPLE_SHEET_NAME, 'C12']]));
    expect(total.dataset.selected).toBe('true');
    // A derived rate names every cell it comes from.
    const rate = within(ii5)
      .getAllByTestId('narrate-figure')
      .find((f) => f.textContent === '99,26%')!;
    expect(rate.getAttribute('title')).toBe(
      'Tính từ: Ô H12, trang Dữ liệu mẫu; Ô I12, trang Dữ liệu mẫu; Ô G12, trang Dữ liệu mẫu',
    );
    // Placeholder sections say the unit writes them.
    expect(section('I.1').textContent).toContain('Mục này do đơn vị tự viết.');
  });

  test('the precision of percentages and zero parts are the user’s choice', async () => {
    show(stub(() => SAMPLE));
    await draft();
    expect(section('II.5').textContent).toContain('99,26%');
    expect(section('II.5').textContent).not.toContain('không có hồ sơ giải quyết đúng hạn');
    fireEvent.change(screen.getByTestId('narrate-decimals'), { target: { value: '1' } });
    fireEvent.click(screen.getByTestId('narrate-zero-parts'));
    await draft();
    await waitFor(() => expect(section('II.5').textContent).toContain('99,3%'));
    expect(section('II.5').textContent).not.toContain('99,26%');
    expect(section('II.5').textContent).toContain('không có hồ sơ giải quyết đúng hạn');
  });

  test('a sentence with a contradicting cell is flagged with the reason', async () => {
    show(stub(() => SAMPLE));
    await draft();
    const flagged = within(section('II.5'))
      .getAllByTestId('narrate-paragraph')
      .filter((p) => p.dataset.flagged === 'true');
    expect(flagged).toHaveLength(1);
    expect(flagged[0]!.textContent).toContain(NEEDS_CHECK_MARK);
    expect(within(flagged[0]!).getByTestId('narrate-reason').textContent).toContain(
      'Ô D12, trang Dữ liệu mẫu (dòng TỔNG CỘNG): cột (4) ghi 1.568 nhưng tổng các dòng bên trên là 1.586',
    );
    // The count in the summary is the number of flagged sentences on show (II.5, II.7 and the summary use D12).
    const shown = screen
      .getAllByTestId('narrate-paragraph')
      .filter((p) => p.dataset.flagged === 'true').length;
    expect(shown).toBeGreaterThanOrEqual(2);
    expect(screen.getByTestId('narrate-flag-count').textContent).toBe(`${shown} câu cần kiểm tra số liệu.`);
  });

  test('only the chosen sections are shown, copied and written', async () => {
    const actions = stub(() => SAMPLE);
    show(actions);
    fireEvent.click(screen.getByTestId('narrate-sections-toggle'));
    fireEvent.click(screen.getByTestId('narrate-sections-all'));
    expect(screen.getByTestId('narrate-draft')).toHaveProperty('disabled', true);
    const ii5 = screen.getAllByTestId('narrate-section-choice').find((c) => c.dataset.section === 'II.5')!;
    fireEvent.click(ii5);
    await draft();
    expect(screen.getAllByTestId('narrate-section').map((s) => s.dataset.section)).toEqual(['II', 'II.5']);

    fireEvent.click(screen.getByTestId('narrate-copy-all'));
    await screen.findByText('Đã sao chép vào bộ nhớ tạm.');
    expect(actions.copies[0]).toMatch(
      /^II\. TÌNH HÌNH, KẾT QUẢ THỰC HIỆN CÔNG TÁC KIỂM SOÁT TTHC\n\n5\. Tình hình/,
    );
    expect(actions.copies[0]).toContain('1.637 hồ sơ');
    expect(actions.copies[0]).not.toContain('CÔNG TÁC CHỈ ĐẠO');
    expect(actions.htmls[0]).toContain('<b><i>5. Tình hình, kết quả giải quyết TTHC</i></b>');
    expect(actions.htmls[0]).toContain('color:#C00000');

    fireEvent.click(within(section('II.5')).getByTestId('narrate-copy-section'));
    await waitFor(() => expect(actions.copies).toHaveLength(2));
    expect(actions.copies[1]).toMatch(/^5\. Tình hình/);
  });

  test("writing the sheet asks before replacing the add-in's own sheet", async () => {
    const actions = stub(() => SAMPLE, { ownSheet: true });
    show(actions);
    await draft();
    fireEvent.click(screen.getByTestId('narrate-write-sheet'));
    const confirm = await screen.findByTestId('narrate-confirm');
    expect(confirm.textContent).toContain('Thay trang «Thuyết minh»?');
    expect(actions.sheets).toHaveLength(0);

    fireEvent.click(screen.getByTestId('narrate-confirm-cancel'));
    expect(screen.queryByTestId('narrate-confirm')).toBeNull();
    expect(actions.sheets).toHaveLength(0);

    fireEvent.click(screen.getByTestId('narrate-write-sheet'));
    fireEvent.click(await screen.findByTestId('narrate-confirm-replace'));
    await screen.findByText(/Đã thay nội dung trang «Thuyết minh»/);
    expect(actions.sheets).toHaveLength(1);
    expect(actions.sheets[0]!.replaceOwn).toBe(true);
    expect(actions.sheets[0]!.lines[0]!.style).toBe('title');
    expect(actions.sheets[0]!.lines.some((l) => l.text.includes('1.637 hồ sơ'))).toBe(true);
  });

  test('exports a .docx named after the period', async () => {
    const actions = stub(() => SAMPLE);
    show(actions);
    await draft();
    fireEvent.click(screen.getByTestId('narrate-docx'));
    await screen.findByText(/Đã tạo tệp thuyet-minh-kstt-quy-i-2026/);
    expect(actions.docx).toHaveLength(1);
    expect(actions.docx[0]!.meta.period).toContain('Quý I/2026');
  });

  test('says the draft is stale when a figure behind it changed, and not before', async () => {
    let grid = SAMPLE;
    const actions = stub(() => grid);
    show(actions);
    await draft();
    const view = screen.getByTestId('view-narrate');
    const now = jest.spyOn(Date, 'now');
    try {
      now.mockReturnValue(Date.now() + 10_000);
      await act(async () => {
        fireEvent.pointerEnter(view);
      });
      await waitFor(() => expect(actions.reads).toBe(2));
      expect(screen.queryByTestId('narrate-stale')).toBeNull();

      grid = withC12(SAMPLE, 1700);
      now.mockReturnValue(Date.now() + 20_000);
      await act(async () => {
        fireEvent.pointerEnter(view);
      });
      expect((await screen.findByTestId('narrate-stale')).textContent).toContain(
        'Số liệu đã thay đổi sau khi soạn — bấm Soạn lại.',
      );
    } finally {
      now.mockRestore();
    }
    fireEvent.click(screen.getByTestId('narrate-draft'));
    await waitFor(() => expect(screen.queryByTestId('narrate-stale')).toBeNull());
    expect(
      within(section('II.5'))
        .getAllByTestId('narrate-figure')
        .find((f) => f.dataset.cell === 'C12')!.textContent,
    ).toBe('1.700');
  });

  test('no form: a warning and headings only', async () => {
    show(stub(() => PLAIN));
    await draft();
    expect(screen.getByTestId('narrate-no-form').textContent).toContain('Không nhận ra biểu mẫu nào');
    expect(screen.queryAllByTestId('narrate-figure')).toHaveLength(0);
  });

  test("a failed read shows Excel's message", async () => {
    show(stub(() => SAMPLE, { failRead: true }));
    fireEvent.click(screen.getByTestId('narrate-draft'));
    const error = await screen.findByTestId('narrate-outcome');
    expect(error.dataset.kind).toBe('error');
    expect(error.textContent).toContain('Excel is busy (GeneralException)');
    expect(screen.queryByTestId('narrate-preview')).toBeNull();
  });

  test('a refused clipboard says how to copy by hand', async () => {
    show(stub(() => SAMPLE, { failCopy: true }));
    await draft();
    fireEvent.click(screen.getByTestId('narrate-copy-all'));
    expect((await screen.findByTestId('narrate-outcome')).dataset.kind).toBe('copy-failed');
  });

  test('English interface', async () => {
    show(
      stub(() => SAMPLE),
      'en',
    );
    await draft();
    const total = within(section('II.5'))
      .getAllByTestId('narrate-figure')
      .find((f) => f.dataset.cell === 'C12')!;
    expect(total.getAttribute('title')).toBe('Cell C12, sheet Dữ liệu mẫu');
    expect(screen.getByTestId('narrate-draft').textContent).toBe('Draft again');
  });
});

describe('narrate model', () => {
  test('fingerprint changes with a figure cell and not with an unrelated cell', () => {
    const drafted = runDraft(SAMPLE);
    expect(fingerprintOf(SAMPLE, drafted.cells)).toBe(drafted.fingerprint);
    expect(fingerprintOf(withC12(SAMPLE, 1638), drafted.cells)).not.toBe(drafted.fingerprint);
    const unrelated: InputWorkbook = {
      ...SAMPLE,
      sheets: SAMPLE.sheets.map((s) => ({ ...s, cells: [...s.cells, { row: 200, col: 30, value: 5 }] })),
    };
    expect(fingerprintOf(unrelated, drafted.cells)).toBe(drafted.fingerprint);
    expect(fingerprintOf({ sheets: [], definedNames: [] }, drafted.cells)).not.toBe(drafted.fingerprint);
  });

  test('choices, outline lines and file names', () => {
    expect(CHOOSABLE_SECTIONS).not.toContain('II');
    expect(CHOOSABLE_SECTIONS).toContain('II.5');
    expect(CHOOSABLE_SECTIONS).toContain('IV');
    const report = selectSections(runDraft(SAMPLE).report, new Set(['II.5'] as const));
    const lines = outlineLines(report);
    expect(lines.map((l) => l.style).slice(0, 4)).toEqual(['title', 'subtitle', 'heading1', 'heading2']);
    expect(lines.filter((l) => l.style === 'flag')).toHaveLength(1);
    expect(lines.some((l) => l.text.startsWith('- Tổng số hồ sơ TTHC nhận giải quyết'))).toBe(true);
    expect(docxFileName('Quý I năm 2026')).toBe('thuyet-minh-kstt-quy-i-nam-2026.docx');
    expect(docxFileName(null)).toBe('thuyet-minh-kstt.docx');
    expect(docxFileName('Quý I/2026 (Từ ngày 15/12/2025 đến ngày 14/3/2026)')).toBe(
      'thuyet-minh-kstt-quy-i-2026.docx',
    );
    expect(
      figureTitle(
        { kind: 'figure', text: '50%', value: 50, source: { target: { year: 2026, id: 'x' } } },
        { cell: 'Ô {cell}', derived: '{cells}', previous: 'trước {cell}', target: 'Chỉ tiêu năm {year}' },
      ),
    ).toBe('Chỉ tiêu năm 2026');
  });

  test('copyText falls back to a textarea when the clipboard API refuses, and fails when both do', async () => {
    const writeText = jest.fn().mockRejectedValue(new Error('NotAllowedError'));
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
    const exec = jest.fn().mockReturnValue(true);
    (document as unknown as { execCommand: unknown }).execCommand = exec;
    await copyText('Tổng số 1.637');
    expect(writeText).toHaveBeenCalledWith('Tổng số 1.637');
    expect(exec).toHaveBeenCalledWith('copy');
    expect(document.querySelector('textarea')).toBeNull();
    exec.mockReturnValue(false);
    await expect(copyText('x')).rejects.toThrow('Clipboard unavailable');
  });
});

describe('rich copy', () => {
  test('copyText writes text and HTML through ClipboardItem when the host has it', async () => {
    const written: Record<string, Blob>[] = [];
    class FakeClipboardItem {
      constructor(public items: Record<string, Blob>) {
        written.push(items);
      }
    }
    const write = jest.fn().mockResolvedValue(undefined);
    const writeText = jest.fn();
    Object.defineProperty(window.navigator, 'clipboard', { value: { write, writeText }, configurable: true });
    (window as unknown as { ClipboardItem: unknown }).ClipboardItem = FakeClipboardItem;
    try {
      await copyText('II. KẾT QUẢ', document, '<b>II. KẾT QUẢ</b>');
      expect(write).toHaveBeenCalledTimes(1);
      expect(Object.keys(written[0]!).sort()).toEqual(['text/html', 'text/plain']);
      expect(writeText).not.toHaveBeenCalled();
      // Rich refused: plain text instead.
      write.mockRejectedValueOnce(new Error('NotAllowedError'));
      writeText.mockResolvedValue(undefined);
      await copyText('II. KẾT QUẢ', document, '<b>II. KẾT QUẢ</b>');
      expect(writeText).toHaveBeenCalledWith('II. KẾT QUẢ');
    } finally {
      delete (window as unknown as { ClipboardItem?: unknown }).ClipboardItem;
    }
  });

  test('reportHtml escapes cell text and marks headings', () => {
    const html = reportHtml({
      periodLabel: null,
      sections: [
        {
          id: 'IV',
          number: 'IV',
          heading: 'Kiến nghị',
          level: 1,
          placeholder: false,
          sources: [],
          paragraphs: [{ segments: [{ kind: 'text', text: 'a < b & c' }], flags: [] }],
        },
      ],
    });
    expect(html).toContain('<b>IV. KIẾN NGHỊ</b>');
    expect(html).toContain('a &lt; b &amp; c');
    expect(html).not.toContain('a < b');
  });
});
