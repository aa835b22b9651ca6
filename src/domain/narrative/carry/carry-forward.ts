/**
 * Carrying last period's report forward into this period's draft: the report is split by the outline; under each
 * heading the unit's own paragraphs are kept (in their order) and its figure sentences give way to this period's
 * drafted ones (placed where the first of them stood); a section this period cannot draft keeps everything, figure
 * sentences included, with every figure in them marked. Every kept paragraph goes through markStale.
 */
import type { RecognisedForm } from '../../read/types';
import {
  compareIsoDates,
  addDays,
  parsePeriodLabel,
  previousPeriod,
  proposePeriod,
  parseDate,
  type IsoDate,
  type ReportPeriod,
} from '../../period';
import type { DraftParagraph, DraftReport, DraftSection, SectionId } from '../types';
import { isFigureSentence } from './classify';
import { splitByOutline } from './split';
import { markStale, numbersIn, type PreviousFigure, type StaleContext, type StaleMark } from './stale';
import type { CarriedBlock, SourceParagraph } from './types';

export interface CarryOptions {
  /** This period (for «kỳ này là …» and to infer last period when the old report does not name it). */
  current?: Pick<ReportPeriod, 'kind' | 'year' | 'index' | 'label'> | null;
  /** Last period's workbook: its figures are recognised in carried text. */
  previousForms?: readonly RecognisedForm[];
}

export interface CarrySummary {
  /** Last period as read from its report (or inferred). */
  previousLabel: string | null;
  headings: { id: SectionId; text: string }[];
  /** Paragraphs of the unit kept. */
  kept: number;
  /** Figure sentences of the old report replaced by this period's, verbatim. */
  replaced: string[];
  marks: StaleMark[];
  /** The report picked is of this very period (an earlier draft): its text is kept but nothing is marked stale. */
  samePeriod: boolean;
}

export interface CarryResult {
  report: DraftReport;
  summary: CarrySummary;
}

/** The period a label names («Quý II năm 2026»), for «kỳ này là …» and to infer last period; null when it names none. */
export function periodOfLabel(label: string | null): ReportPeriod | null {
  const parsed = label ? parsePeriodLabel(label) : null;
  if (!parsed || parsed.placeholder || parsed.year === null) return null;
  const period = proposePeriod(parsed.kind, parsed.year, parsed.index);
  return period.ok ? period.value : null;
}

/** Last period: named in the old report's title block, else the one before `current`. */
function previousOf(header: readonly SourceParagraph[], options: CarryOptions): ReportPeriod | null {
  // The trích yếu names the period; the «…, ngày 18 tháng 3 năm 2026» line would read as a month.
  for (const p of header) {
    if (/ngày\s+\d|^\s*số\s*:/i.test(p.text)) continue;
    const parsed = parsePeriodLabel(p.text);
    if (parsed && !parsed.placeholder && parsed.year !== null) {
      const proposed = proposePeriod(parsed.kind, parsed.year, parsed.index);
      if (proposed.ok) return proposed.value;
    }
  }
  if (options.current) {
    const before = previousPeriod(options.current);
    if (before.ok) return before.value;
  }
  return null;
}

/** «…, ngày 18 tháng 3 năm 2026» of the old report when it is plausible, else last period's deadline. */
function staleUntilOf(header: readonly SourceParagraph[], period: ReportPeriod): IsoDate {
  for (const p of header) {
    const m = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/i.exec(p.text);
    if (!m) continue;
    const iso = parseDate(`${m[1]}/${m[2]}/${m[3]}`);
    if (iso && compareIsoDates(iso, period.to) >= 0 && compareIsoDates(iso, addDays(period.to, 45)) <= 0)
      return iso;
  }
  return compareIsoDates(period.deadline, period.to) > 0 ? period.deadline : addDays(period.to, 11);
}

/** Every number the previous workbook's forms hold, with its cell. */
function workbookFigures(forms: readonly RecognisedForm[]): PreviousFigure[] {
  const out: PreviousFigure[] = [];
  for (const form of forms)
    for (const row of [...form.dataRows, ...(form.totalRow ? [form.totalRow] : [])])
      for (const read of Object.values(row.values)) {
        if (read.value === null || read.kind === 'blank') continue;
        const percentCell = read.isPercent || read.numberFormat?.includes('%');
        const value = percentCell && !read.isPercent ? Math.round(read.value * 10000) / 100 : read.value;
        out.push({
          value,
          isPercent: Boolean(percentCell),
          where: `ô ${read.address}, trang «${form.sheet}» của sổ tính kỳ trước`,
        });
      }
  return out;
}

function carriedParagraph(block: CarriedBlock, ctx: StaleContext, marks: StaleMark[]): DraftParagraph {
  const marked = markStale(block.paragraph.text, ctx);
  marks.push(...marked.marks);
  return {
    segments: [{ kind: 'text', text: marked.text }],
    flags: [],
    carried: block.subheading ? 'subheading' : 'text',
  };
}

/** A figure sentence kept because this period has no figures for its section: each of its numbers is last period's. */
function keptFigureSentence(block: CarriedBlock, ctx: StaleContext, marks: StaleMark[]): DraftParagraph {
  const own: PreviousFigure[] = numbersIn(block.paragraph.text)
    .filter((n) => n.value !== 0)
    .map((n) => ({ ...n, where: 'câu số liệu của báo cáo kỳ trước; kỳ này chưa có biểu để thay' }));
  return carriedParagraph(block, { ...ctx, figures: [...own, ...ctx.figures] }, marks);
}

export function carryForward(
  draft: DraftReport,
  previousReport: readonly SourceParagraph[],
  options: CarryOptions = {},
): CarryResult {
  const split = splitByOutline(previousReport);
  const previous = previousOf(split.header, options);
  const summary: CarrySummary = {
    previousLabel: previous?.label ?? null,
    headings: split.headings,
    kept: 0,
    replaced: [],
    marks: [],
    samePeriod:
      previous !== null &&
      options.current != null &&
      previous.kind === options.current.kind &&
      previous.year === options.current.year &&
      previous.index === options.current.index,
  };
  const drafted = (section: DraftSection) => !section.placeholder && section.paragraphs.length > 0;
  // Figures stated by the old report's figure sentences in sections drafted anew: they are last period's.
  const statedFigures: PreviousFigure[] = [];
  for (const section of draft.sections) {
    if (!drafted(section)) continue;
    for (const block of split.sections.get(section.id) ?? [])
      if (!block.subheading && isFigureSentence(block.paragraph.text))
        for (const n of numbersIn(block.paragraph.text))
          if (n.value !== 0) statedFigures.push({ ...n, where: 'nêu trong báo cáo kỳ trước' });
  }
  const ctx: StaleContext | null =
    previous && !summary.samePeriod
      ? {
          previous,
          staleUntil: staleUntilOf(split.header, previous),
          currentLabel: options.current?.label ?? draft.periodLabel,
          figures: [...workbookFigures(options.previousForms ?? []), ...statedFigures],
        }
      : null;
  const keep = (block: CarriedBlock, figureSentence: boolean): DraftParagraph => {
    summary.kept += 1;
    if (!ctx)
      return {
        segments: [{ kind: 'text', text: block.paragraph.text }],
        flags: [],
        carried: block.subheading ? 'subheading' : 'text',
      };
    return figureSentence
      ? keptFigureSentence(block, ctx, summary.marks)
      : carriedParagraph(block, ctx, summary.marks);
  };

  const sections = draft.sections.map((section): DraftSection => {
    const blocks = split.sections.get(section.id) ?? [];
    if (blocks.length === 0) return section;
    if (!drafted(section)) {
      const paragraphs = blocks.map((b) => keep(b, !b.subheading && isFigureSentence(b.paragraph.text)));
      return { ...section, paragraphs, placeholder: false };
    }
    const paragraphs: DraftParagraph[] = [];
    let placed = false;
    for (const block of blocks) {
      if (!block.subheading && isFigureSentence(block.paragraph.text)) {
        summary.replaced.push(block.paragraph.text);
        if (!placed) paragraphs.push(...section.paragraphs);
        placed = true;
        continue;
      }
      paragraphs.push(keep(block, false));
    }
    if (!placed) paragraphs.push(...section.paragraphs);
    return { ...section, paragraphs };
  });
  const preamble = split.preamble.map((p) => keep({ paragraph: p, subheading: false }, false));
  return { report: { ...draft, preamble, sections }, summary };
}
