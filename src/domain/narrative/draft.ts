/**
 * draftReport: recognised forms in, the whole Phụ lục I outline out — sections II.1–II.7 and III.1 drafted from the
 * figures, every other section a heading with PLACEHOLDER_TEXT for the official's own words.
 */
import type { RecognisedForm } from '../read/types';
import type { DraftContext } from './context';
import { withComparisons } from './compare';
import { cellsOf } from './figures';
import { covers, proseFindings, type ProseFinding } from './findings';
import { DEFAULT_STYLE, type DraftStyle } from './paragraph';
import { hasChildren, OUTLINE } from './outline';
import { draftSection, sourcesOf } from './section';
import { SECTIONS } from './sections';
import {
  PLACEHOLDER_TEXT,
  type CellSource,
  type DraftParagraph,
  type DraftReport,
  type DraftSection,
  type NarrativeFinding,
} from './types';

export interface DraftOptions {
  /** The previous period's forms: increases, decreases and the carry-over check. */
  previous?: readonly RecognisedForm[];
  /** The same period of last year: «so với cùng kỳ năm trước». */
  lastYear?: readonly RecognisedForm[];
  /** The checker's findings: a sentence using a cell with an error or warning is flagged with the finding's message. */
  findings?: readonly NarrativeFinding[];
  locale?: 'vi';
  /** Decimals of every percentage (default 2: «98,10%»). */
  percentDecimals?: number;
  /** State sub-parts that are zero («không có hồ sơ quá hạn») instead of leaving them out. */
  zeroParts?: boolean;
}

function placeholderParagraph(): DraftParagraph {
  return { segments: [{ kind: 'text', text: PLACEHOLDER_TEXT }], flags: [] };
}

function paragraphCells(paragraph: DraftParagraph): CellSource[] {
  const printed = paragraph.segments.flatMap((s) => (s.kind === 'figure' ? cellsOf(s.source) : []));
  return [...printed, ...(paragraph.relatedCells ?? [])];
}

/**
 * Flags a sentence for each discrepancy one of its cells is involved in. The checker's reason replaces the sentence's
 * own reason about the same cell: one discrepancy, one reason.
 */
function applyFindings(paragraph: DraftParagraph, findings: readonly ProseFinding[]): void {
  // Findings are about this period's workbook; a previous-period cell of the same name is another cell.
  const cells = paragraphCells(paragraph).filter((c) => !c.workbook);
  for (const finding of findings) {
    const hit = cells.some((c) =>
      finding.involved.some((i) => i.sheet === c.sheet && covers(i.cell, c.cell)),
    );
    if (!hit) continue;
    paragraph.flags = paragraph.flags.filter(
      (f) =>
        !(
          f.cell &&
          !f.cell.workbook &&
          f.cell.sheet === finding.cell.sheet &&
          covers(finding.cell.cell, f.cell.cell)
        ),
    );
    if (paragraph.flags.some((f) => f.reason === finding.reason)) continue;
    paragraph.flags.push({ reason: finding.reason, cells: [finding.cell], cell: finding.cell });
  }
}

function yearOf(forms: readonly RecognisedForm[]): number | null {
  for (const form of forms) {
    const parsed = form.period.parsed;
    if (parsed && !parsed.placeholder && parsed.year !== null) return parsed.year;
  }
  return null;
}

function periodLabelOf(forms: readonly RecognisedForm[]): string | null {
  for (const form of forms) {
    const parsed = form.period.parsed;
    const text = form.period.label?.text.trim();
    if (text && parsed && !parsed.placeholder) return text;
  }
  return null;
}

export function draftReport(forms: readonly RecognisedForm[], options: DraftOptions = {}): DraftReport {
  const style: DraftStyle = {
    percentDecimals: options.percentDecimals ?? DEFAULT_STYLE.percentDecimals,
    zeroParts: options.zeroParts ?? DEFAULT_STYLE.zeroParts,
  };
  const ctx: DraftContext = { forms, previous: options.previous ?? [], year: yearOf(forms), style };
  const findings = proseFindings(options.findings ?? [], forms);
  const sections: DraftSection[] = OUTLINE.map((entry) => {
    const spec = SECTIONS.find((s) => s.id === entry.id);
    const base = { id: entry.id, number: entry.number, heading: entry.heading, level: entry.level };
    if (hasChildren(entry.id)) return { ...base, paragraphs: [], placeholder: false, sources: [] };
    const paragraphs = spec ? draftSection(spec, ctx) : null;
    const sources = spec ? sourcesOf(spec) : [];
    if (!paragraphs) return { ...base, paragraphs: [placeholderParagraph()], placeholder: true, sources };
    for (const p of paragraphs) applyFindings(p, findings);
    return { ...base, paragraphs, placeholder: false, sources };
  });
  const report = { sections, periodLabel: periodLabelOf(forms) };
  // Comparisons between periods are added in one place, after every section is drafted (compare.ts).
  if (ctx.previous.length === 0 && !options.lastYear?.length) return report;
  return withComparisons(report, forms, {
    previous: ctx.previous,
    lastYear: options.lastYear,
    percentDecimals: style.percentDecimals,
  });
}
