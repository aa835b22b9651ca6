/** @jest-environment jsdom */
/**
 * The narrate preview shows a draft in steps (issue 14): a sentence can list a thousand figures (the fields with
 * overdue files of a 2.000-row II.06b), so the steps are counted in segments and such a sentence arrives in runs,
 * never all at once; what ends on the page is the whole draft, in order, with its flags.
 */
import { screen, waitFor } from '@testing-library/react';
import {
  NEEDS_CHECK_MARK,
  type DraftParagraph,
  type DraftReport,
  type DraftSection,
  type Segment,
} from '../../src/domain/narrative';
import { DraftPreview } from '../../src/taskpane/narrate/DraftPreview';
import { renderInPane, setUpPaneTests } from '../helpers/pane';

setUpPaneTests();

/** «0.2 (01 hồ sơ), 0.4 (01 hồ sơ), …»: `count` figures, each linked to its own cell, with text between. */
function longList(count: number): DraftParagraph {
  const segments: Segment[] = [{ kind: 'text', text: 'Hồ sơ giải quyết quá hạn thuộc các lĩnh vực: ' }];
  for (let i = 0; i < count; i++) {
    segments.push({ kind: 'figure', text: `0.${2 * i}`, value: i, source: { sheet: 'II.06b', cell: `A${i + 10}` } });
    segments.push({ kind: 'text', text: i === count - 1 ? ' (01 hồ sơ).' : ' (01 hồ sơ), ' });
  }
  return { segments, flags: [] };
}

function section(id: DraftSection['id'], paragraphs: DraftParagraph[]): DraftSection {
  return { id, number: id, heading: `Mục ${id}`, level: 2, paragraphs, placeholder: false, sources: [] };
}

const FLAGGED: DraftParagraph = {
  segments: [
    { kind: 'text', text: 'Tổng số hồ sơ: ' },
    { kind: 'figure', text: '1.652', value: 1652, source: { sheet: 'II.06a', cell: 'C12' } },
    { kind: 'text', text: ' hồ sơ.' },
  ],
  flags: [{ reason: 'Tổng không khớp', cells: [{ sheet: 'II.06a', cell: 'C12' }] }],
};

const FIGURES = 400;
const REPORT: DraftReport = {
  periodLabel: null,
  sections: [section('II.5', [longList(FIGURES), FLAGGED]), section('II.6', [FLAGGED])],
};

function plainText(paragraph: DraftParagraph): string {
  return paragraph.segments.map((s) => s.text).join('');
}

test('a sentence of 400 figures comes in runs, one per step, and ends whole, in order, with the flags', async () => {
  // How many figures each commit (one step) left on the page.
  const seen: number[] = [];
  const observer = new MutationObserver(() => seen.push(document.querySelectorAll('[data-testid="narrate-figure"]').length));
  observer.observe(document.body, { childList: true, subtree: true });
  renderInPane(<DraftPreview report={REPORT} selected={null} onSelect={() => {}} onCopySection={() => {}} />);
  expect(screen.getByTestId('narrate-preview-partial').getAttribute('aria-busy')).toBe('true');
  // The long sentence is not complete yet, so its section's flag is not shown in the middle of it.
  expect(screen.queryAllByTestId('narrate-flag')).toHaveLength(0);
  await screen.findByTestId('narrate-preview');
  observer.disconnect();

  const added = seen.map((count, i) => count - (seen[i - 1] ?? 0)).filter((n) => n > 0);
  expect(added.length).toBeGreaterThanOrEqual(4);
  expect(Math.max(...added)).toBeLessThanOrEqual(75); // 150 segments: half of them figures

  const paragraphs = screen.getAllByTestId('narrate-paragraph');
  expect(paragraphs).toHaveLength(3);
  expect(paragraphs[0].textContent).toBe(plainText(REPORT.sections[0].paragraphs[0]));
  const figures = paragraphs[0].querySelectorAll('[data-testid="narrate-figure"]');
  expect(figures).toHaveLength(FIGURES);
  expect([...figures].map((f) => f.getAttribute('data-cell'))).toEqual(
    Array.from({ length: FIGURES }, (_, i) => `A${i + 10}`),
  );
  expect(screen.getAllByTestId('narrate-flag').map((f) => f.textContent)).toEqual([
    NEEDS_CHECK_MARK,
    NEEDS_CHECK_MARK,
  ]);
  await waitFor(() => expect(screen.getByTestId('narrate-preview').getAttribute('aria-busy')).toBeNull());
});
