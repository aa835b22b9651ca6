/**
 * How the main figures moved: against the previous period («tăng 12,5% so với kỳ trước», «giảm 3 hồ sơ so với kỳ
 * trước», «bằng kỳ trước») and against the same period last year («… so với cùng kỳ năm trước»). Applied once, after
 * the sections are drafted: the first sentence that states a main figure gets the comparison right after the figure
 * and its noun, so the section drafters stay free of it.
 *
 * Wording: a change of fewer than 10 units, or on a base under 20, is said as a count («giảm 3 hồ sơ»); otherwise as
 * a percent of the earlier figure, rounded half up to two decimals (rateFig). An earlier figure of 0 is said in
 * words («kỳ trước không có hồ sơ»), never as a percent. Every number printed is a Figure that names its cells.
 */
import type { RecognisedForm } from '../read/types';
import { roundHalfUp } from '../format';
import { diffFig, findForm, FormFigures, rateFig, sumFigs, type Fig } from './figures';
import { countFigure, percentFigure } from './paragraph';
import type { DraftParagraph, DraftReport, FigureSource, Segment } from './types';

export interface ComparisonBases {
  /** The previous period's forms. */
  previous?: readonly RecognisedForm[];
  /** The same period of last year. */
  lastYear?: readonly RecognisedForm[];
  /** Decimals of the printed percentages: the user's choice for the whole draft. */
  percentDecimals?: number;
}

interface MainFigure {
  codes: readonly string[];
  read(f: FormFigures): Fig | null;
  noun: string;
  /** A rate: compared at the end of its sentence, with the earlier rate in brackets. */
  rate?: boolean;
}

function timelyRate(f: FormFigures): Fig | null {
  const early = f.total('early');
  const onTime = f.total('onTime');
  const resolved = f.total('resolved');
  return early && onTime && resolved ? rateFig(sumFigs([early, onTime]), resolved) : null;
}

/** The figures a reader compares between periods. */
const MAIN_FIGURES: readonly MainFigure[] = [
  { codes: ['II.06b', 'II.06a'], read: (f) => f.total('received'), noun: 'hồ sơ' },
  { codes: ['II.06b', 'II.06a'], read: (f) => f.total('resolved'), noun: 'hồ sơ' },
  { codes: ['II.06b', 'II.06a'], read: timelyRate, noun: '', rate: true },
  { codes: ['II.06b', 'II.06a'], read: (f) => f.total('pending'), noun: 'hồ sơ' },
  { codes: ['II.05a'], read: (f) => f.total('received'), noun: 'phản ánh, kiến nghị' },
  { codes: ['KSTT-DT'], read: (f) => f.fixed('received'), noun: 'hồ sơ' },
  { codes: ['KSTT-DT'], read: (f) => f.fixed('payOnline'), noun: 'giao dịch' },
];

const BASIS_WORDS = { previous: 'kỳ trước', lastYear: 'cùng kỳ năm trước' } as const;

/**
 * «giảm so với kỳ trước (99,28%)» for a rate: the earlier rate itself, so every printed number is a figure its cells
 * give exactly (a difference of two rounded rates would not be).
 */
export function rateComparisonSegments(
  current: Fig,
  earlier: Fig,
  basis: keyof typeof BASIS_WORDS,
  decimals?: number,
): Segment[] {
  const words = BASIS_WORDS[basis];
  const delta = roundHalfUp(current.value - earlier.value, 2);
  if (delta === 0)
    return [
      { kind: 'text', text: `bằng ${words} (` },
      percentFigure(earlier, decimals),
      { kind: 'text', text: ')' },
    ];
  return [
    { kind: 'text', text: `${delta > 0 ? 'tăng' : 'giảm'} so với ${words} (` },
    percentFigure(earlier, decimals),
    { kind: 'text', text: ')' },
  ];
}

/** The words and figures of one comparison, e.g. «tăng 12,5% so với kỳ trước». */
export function comparisonSegments(
  current: Fig,
  earlier: Fig,
  noun: string,
  basis: keyof typeof BASIS_WORDS,
  decimals?: number,
): Segment[] {
  const words = BASIS_WORDS[basis];
  const change = diffFig(current, earlier);
  if (change.value === 0) return [{ kind: 'text', text: `bằng ${words}` }];
  if (earlier.value === 0) return [{ kind: 'text', text: `${words} không có ${noun}` }];
  const amount = change.value > 0 ? change : diffFig(earlier, current);
  const verb = change.value > 0 ? 'tăng ' : 'giảm ';
  const rate = Math.abs(change.value) < 10 || earlier.value < 20 ? null : rateFig(amount, earlier);
  if (rate)
    return [
      { kind: 'text', text: verb },
      percentFigure(rate, decimals),
      { kind: 'text', text: ` so với ${words}` },
    ];
  return [
    { kind: 'text', text: verb },
    countFigure(amount),
    { kind: 'text', text: ` ${noun} so với ${words}` },
  ];
}

function sameSource(a: FigureSource, b: FigureSource): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Puts `insert` right after the figure at `index` and the noun that follows it. */
function insertAfterFigure(
  paragraph: DraftParagraph,
  index: number,
  noun: string,
  insert: Segment[],
): DraftParagraph {
  const segments = [...paragraph.segments];
  const next = segments[index + 1];
  if (next?.kind === 'text' && next.text.startsWith(` ${noun}`)) {
    const cut = noun.length + 1;
    segments.splice(index + 1, 1, { kind: 'text', text: next.text.slice(0, cut) }, ...insert, {
      kind: 'text',
      text: next.text.slice(cut),
    });
  } else segments.splice(index + 1, 0, ...insert);
  return { ...paragraph, segments: segments.filter((s) => s.kind !== 'text' || s.text !== '') };
}

/** Puts `insert` before the sentence's final full stop (or at its end). */
function insertAtSentenceEnd(paragraph: DraftParagraph, insert: Segment[]): DraftParagraph {
  const segments = [...paragraph.segments];
  const last = segments[segments.length - 1];
  if (last?.kind === 'text' && last.text.endsWith('.')) {
    segments.splice(segments.length - 1, 1, { kind: 'text', text: last.text.slice(0, -1) }, ...insert, {
      kind: 'text',
      text: '.',
    });
  } else segments.push(...insert);
  return { ...paragraph, segments: segments.filter((s) => s.kind !== 'text' || s.text !== '') };
}

/** The report with each main figure compared, at its first statement, against the periods given. */
export function withComparisons(
  report: DraftReport,
  forms: readonly RecognisedForm[],
  bases: ComparisonBases,
): DraftReport {
  const sections = report.sections.map((s) => ({ ...s, paragraphs: [...s.paragraphs] }));
  for (const main of MAIN_FIGURES) {
    const form = findForm(forms, ...main.codes);
    const current = form ? main.read(new FormFigures(form)) : null;
    if (!form || !current || current.value === 0) continue;
    const earlier = (['previous', 'lastYear'] as const).flatMap((basis) => {
      const old = findForm(bases[basis] ?? [], form.code);
      const fig = old ? main.read(new FormFigures(old, true)) : null;
      return fig ? [{ basis, fig }] : [];
    });
    if (earlier.length === 0) continue;
    const insert: Segment[] = [{ kind: 'text', text: main.rate ? ', ' : ' (' }];
    earlier.forEach(({ basis, fig }, i) => {
      if (i > 0) insert.push({ kind: 'text', text: main.rate ? ', ' : '; ' });
      insert.push(
        ...(main.rate
          ? rateComparisonSegments(current, fig, basis, bases.percentDecimals)
          : comparisonSegments(current, fig, main.noun, basis, bases.percentDecimals)),
      );
    });
    if (!main.rate) insert.push({ kind: 'text', text: ')' });
    found: for (const section of sections)
      for (let p = 0; p < section.paragraphs.length; p++) {
        const paragraph = section.paragraphs[p]!;
        const index = paragraph.segments.findIndex(
          (s) => s.kind === 'figure' && sameSource(s.source, current.source),
        );
        if (index < 0) continue;
        section.paragraphs[p] = main.rate
          ? insertAtSentenceEnd(paragraph, insert)
          : insertAfterFigure(paragraph, index, main.noun, insert);
        break found;
      }
  }
  return { ...report, sections };
}
