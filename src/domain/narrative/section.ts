/**
 * Narrative sections as data, the way forms are: a section names its form, the figures each sentence states (a
 * form's cell, with its trace), the sentence's wording, what a blank or a typed zero does to it, and the
 * contradictions it must flag. One engine (`draftSection`) renders every section; a sentence no template fits (a
 * grouped II.06b level by level, payment figures with a typed rate and no counts) is a `custom` sentence that builds
 * its paragraph with the same ParagraphBuilder.
 *
 * The rules every section shares live here, once: a sentence that states no figure of the workbook (only «[chưa có
 * số liệu: …]») is left out; a section with no sentence left is a placeholder; the last line names the form
 * («(Chi tiết tại Biểu số II.06a/VPCP/KSTT kèm theo)»).
 */
import { bulletOf, figuresOf, type DraftContext } from './context';
import { sumStated, type Fig, type FormFigures } from './figures';
import { detailLine, type DraftStyle, type ParagraphBuilder } from './paragraph';
import type { CellSource, DraftParagraph, SectionId } from './types';

/**
 * A figure of the section's form: a column's whole-table figure (TỔNG CỘNG, or the sum of the item rows), a fixed
 * row's cell, or the sum of the stated figures among several (blank ones left out).
 */
export type FigureRef = { total: string } | { row: string; col?: string } | { sumOf: readonly FigureRef[] };

export const total = (col: string): FigureRef => ({ total: col });
export const row = (id: string, col?: string): FigureRef => (col ? { row: id, col } : { row: id });
export const sumOf = (...refs: FigureRef[]): FigureRef => ({ sumOf: refs });

/** The figures of the section's form, addressed by FigureRef. */
export class FigureReader {
  constructor(readonly f: FormFigures) {}

  fig(ref: FigureRef): Fig | null {
    if ('total' in ref) return this.f.total(ref.total);
    if ('row' in ref) return this.f.fixed(ref.row, ref.col);
    return sumStated(ref.sumOf.map((r) => this.fig(r)));
  }

  /** Where a blank figure would be typed, for «[chưa có số liệu: ô …]». */
  where(ref: FigureRef): CellSource | null {
    if ('total' in ref) return this.f.totalCell(ref.total);
    if ('row' in ref) return this.f.fixedCell(ref.row, ref.col);
    return null;
  }

  /** A figure typed in its own cell (a typed rate), never one rebuilt from other cells. */
  stated(ref: FigureRef): Fig | null {
    return 'row' in ref ? this.f.statedFixed(ref.row, ref.col) : null;
  }
}

/**
 * «, đạt 99,39%{suffix}»: the sentence's figure over `over`, printed when `over` is stated and not zero; a typed rate
 * (`stated`, named `name` in the reason) is checked against it.
 */
export interface RateSpec {
  over: FigureRef;
  stated?: FigureRef;
  name?: string;
  suffix?: string;
  /** Said only when this figure is above zero: the part (no «không có …, đạt 0,00%»), or `over` (a plan of none). */
  positive?: 'part' | 'over';
}

/** How a list treats a part typed as zero: the user's style decides, never listed, or always said in words. */
export type ZeroParts = 'style' | 'never' | 'always';

export interface PartSpec {
  label: string;
  figure: FigureRef;
  /** «…, trong đó đã được đánh giá tác động 5 TTHC, đạt 50,00%»: the part's share, after it. */
  rate?: RateSpec;
  /** Its own parts, in brackets after it when it is above zero: «tiếp nhận trực tuyến 1.568 hồ sơ (toàn trình …)». */
  parts?: PartList;
}

/** «{intro}{label} 12 hồ sơ; {label} 3 hồ sơ{close}»: blank parts left out, zero parts as `zeros` says. */
export interface PartList {
  intro: string;
  items: readonly PartSpec[];
  close?: string;
  zeros?: ZeroParts;
  /** Listed even when the whole is a typed zero (default: «không có» says it all). */
  evenWhenZero?: boolean;
}

/** A contradiction the sentence flags: a whole that is not the sum of its parts, a part larger than its whole. */
export type CheckSpec =
  | { sum: FigureRef; name: string; parts: readonly FigureRef[]; partsName: string }
  | { part: FigureRef; name: string; atMost: FigureRef; wholeName: string };

/**
 * «- {label}: 1.488 {noun}{parts}{detail}{rate}.» — a headline figure and what it breaks into. A blank figure is
 * said as missing («[chưa có số liệu: ô …]», kept when a part states a figure) or leaves the sentence out; a typed
 * zero is said in words («{label}: không có»).
 */
export interface FigureSentence {
  kind: 'figure';
  label: string;
  figure: FigureRef;
  noun: string;
  blank: 'missing' | 'omit';
  parts?: PartList;
  /** «; trong đó số TTHC được công khai: 12 TTHC» — one sub-figure, when the whole is not a typed zero. */
  detail?: { intro: string; figure: FigureRef; noun: string; rate?: RateSpec };
  rate?: RateSpec;
  checks?: readonly CheckSpec[];
  /** Further condition on the figures and the style («the number issued is blank and its part a typed zero»). */
  when?: (read: FigureReader, style: DraftStyle) => boolean;
  /** Checks against other forms of the workbook (KSTT-DT's counts against II.06a's). */
  crossCheck?: (ctx: DraftContext, p: ParagraphBuilder, read: FigureReader) => void;
}

/** «- {intro}{label} 12 TTHC; {label} 3 TTHC.» — the parts of a figure stated elsewhere; left out when none is listed. */
export interface ListSentence {
  kind: 'list';
  intro: string;
  items: readonly PartSpec[];
  noun: string;
  zeros: ZeroParts;
  checks?: readonly CheckSpec[];
  when?: (read: FigureReader, style: DraftStyle) => boolean;
}

type Built = ParagraphBuilder | null | readonly (ParagraphBuilder | null)[];

/** A sentence built by code: `form` is the section's form (null when the section drafts without it). */
export interface CustomSentence {
  kind: 'custom';
  build(ctx: DraftContext, form: FormFigures | null): Built;
}

export type SentenceSpec = FigureSentence | ListSentence | CustomSentence;

export interface SectionSpec {
  /** The outline item the section drafts. */
  id: SectionId;
  /** Its form, first filled one of these codes; `optional`: the section drafts from other forms without it. */
  form: { codes: readonly string[]; optional?: boolean } | null;
  /** Form codes whose figures the section uses (a placeholder section names them). Default: form.codes. */
  sources?: readonly string[];
  sentences: readonly SentenceSpec[];
}

/** A part as written in a spec: [label, figure], or with its share or its own parts: [label, figure, { rate, parts }]. */
export type PartEntry = readonly [label: string, figure: FigureRef, more?: Pick<PartSpec, 'rate' | 'parts'>];

/** «{intro}{label} 12 hồ sơ; {label} 3 hồ sơ{close}» */
export function list(
  intro: string,
  entries: readonly PartEntry[],
  more: Omit<PartList, 'intro' | 'items'> = {},
): PartList {
  return {
    intro,
    items: entries.map(([label, figure, extra]) => ({ label, figure, ...extra })),
    ...more,
  };
}

type SentenceOptions = Omit<FigureSentence, 'kind' | 'label' | 'figure' | 'noun' | 'blank'>;

/** A headline figure that is always stated: a blank one says «[chưa có số liệu: ô …]». */
export function stated(
  label: string,
  figure: FigureRef,
  noun: string,
  more: SentenceOptions = {},
): FigureSentence {
  return { kind: 'figure', label, figure, noun, blank: 'missing', ...more };
}

/** A headline figure stated only when the workbook states it: `stated`, left out when blank. */
export function ifStated(...args: Parameters<typeof stated>): FigureSentence {
  return { ...stated(...args), blank: 'omit' };
}

/** The whole must be the sum of its parts. */
export function addsUp(
  whole: FigureRef,
  name: string,
  parts: readonly FigureRef[],
  partsName: string,
): CheckSpec {
  return { sum: whole, name, parts, partsName };
}

/** The part must not exceed the whole. */
export function atMost(part: FigureRef, name: string, whole: FigureRef, wholeName: string): CheckSpec {
  return { part, name, atMost: whole, wholeName };
}

/** A custom sentence that needs the section's form: not built without it. */
export function ofForm(build: (ctx: DraftContext, form: FormFigures) => Built): CustomSentence {
  return { kind: 'custom', build: (ctx, form) => (form ? build(ctx, form) : null) };
}

/** A custom sentence drafted from the workbook as a whole. */
export function fromWorkbook(build: (ctx: DraftContext) => Built): CustomSentence {
  return { kind: 'custom', build: (ctx) => build(ctx) };
}

function listed(fig: Fig | null, zeros: ZeroParts, p: ParagraphBuilder): fig is Fig {
  if (zeros === 'style') return p.shows(fig);
  return fig !== null && (zeros === 'always' || fig.value > 0);
}

function writeRate(p: ParagraphBuilder, read: FigureReader, part: Fig, spec: RateSpec): void {
  const over = read.fig(spec.over);
  if (!over || (spec.positive === 'part' && part.value <= 0) || (spec.positive === 'over' && over.value <= 0))
    return;
  const rate = p.rate(part, over);
  if (!rate) return;
  p.text(', đạt ')
    .percent(rate)
    .text(spec.suffix ?? '');
  if (spec.stated) p.requireRate(read.stated(spec.stated), rate, spec.name ?? 'tỷ lệ');
}

/** Writes the listed parts; returns how many were listed. */
function writeParts(
  p: ParagraphBuilder,
  read: FigureReader,
  list: { intro: string; items: readonly PartSpec[]; zeros?: ZeroParts },
  noun: string,
): number {
  let count = 0;
  for (const item of list.items) {
    const fig = read.fig(item.figure);
    if (!listed(fig, list.zeros ?? 'style', p)) continue;
    p.text(count++ === 0 ? list.intro : '; ');
    p.measure(item.label, fig, noun);
    if (item.parts && fig.value > 0 && writeParts(p, read, item.parts, noun) > 0)
      p.text(item.parts.close ?? '');
    if (item.rate) writeRate(p, read, fig, item.rate);
  }
  return count;
}

/** Flags the sentence for each check its figures fail; `fig` reads a FigureRef (of a form, or of one level). */
export function applyChecks(
  p: ParagraphBuilder,
  fig: (ref: FigureRef) => Fig | null,
  checks: readonly CheckSpec[] = [],
): void {
  for (const check of checks) {
    if ('sum' in check) p.requireSum(fig(check.sum), check.name, check.parts.map(fig), check.partsName);
    else p.requireAtMost(fig(check.part), check.name, fig(check.atMost), check.wholeName);
  }
}

function writeChecks(p: ParagraphBuilder, read: FigureReader, checks?: readonly CheckSpec[]): void {
  applyChecks(p, (ref) => read.fig(ref), checks);
}

function figureSentence(
  ctx: DraftContext,
  read: FigureReader,
  spec: FigureSentence,
): ParagraphBuilder | null {
  const p = bulletOf(ctx);
  if (spec.when && !spec.when(read, p.style)) return null;
  const fig = read.fig(spec.figure);
  if (!fig && spec.blank === 'omit') return null;
  p.headline(spec.label, fig, spec.noun, read.where(spec.figure));
  const wholeSaysNone = fig !== null && fig.value <= 0;
  if (spec.parts && (!wholeSaysNone || spec.parts.evenWhenZero)) {
    const count = writeParts(p, read, spec.parts, spec.noun);
    if (count > 0 && spec.parts.close) p.text(spec.parts.close);
  }
  const detail = spec.detail;
  const sub = detail ? read.fig(detail.figure) : null;
  if (detail && !wholeSaysNone && p.shows(sub)) {
    p.text(detail.intro).amount(sub, detail.noun);
    if (detail.rate) writeRate(p, read, sub, detail.rate);
  }
  if (fig && spec.rate) writeRate(p, read, fig, spec.rate);
  p.text('.');
  writeChecks(p, read, spec.checks);
  spec.crossCheck?.(ctx, p, read);
  return p;
}

function listSentence(ctx: DraftContext, read: FigureReader, spec: ListSentence): ParagraphBuilder | null {
  const p = bulletOf(ctx);
  if (spec.when && !spec.when(read, p.style)) return null;
  if (writeParts(p, read, { intro: spec.intro, items: spec.items, zeros: spec.zeros }, spec.noun) === 0)
    return null;
  p.text('.');
  writeChecks(p, read, spec.checks);
  return p;
}

function sentence(ctx: DraftContext, form: FormFigures | null, spec: SentenceSpec): Built {
  if (spec.kind === 'custom') return spec.build(ctx, form);
  if (!form) return null;
  const read = new FigureReader(form);
  return spec.kind === 'figure' ? figureSentence(ctx, read, spec) : listSentence(ctx, read, spec);
}

/** Drafts one section: its sentences, then the line naming its form; null when no sentence states a figure. */
export function draftSection(spec: SectionSpec, ctx: DraftContext): DraftParagraph[] | null {
  const form = spec.form ? figuresOf(ctx.forms, ...spec.form.codes) : null;
  if (spec.form && !form && !spec.form.optional) return null;
  // A sentence with no figure the workbook states (only «[chưa có số liệu]») is left out.
  const built = spec.sentences
    .flatMap((s) => sentence(ctx, form, s))
    .filter((p): p is ParagraphBuilder => p !== null && p.hasFigure());
  if (built.length === 0) return null;
  if (form) built.push(detailLine(form.form));
  return built.map((p) => p.build());
}

/** The form codes a section uses. */
export function sourcesOf(spec: SectionSpec): string[] {
  return [...(spec.sources ?? spec.form?.codes ?? [])];
}
