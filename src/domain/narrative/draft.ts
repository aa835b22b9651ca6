/**
 * draftReport: recognised forms in, the whole Phụ lục I outline out — sections II.1–II.7 and III.1 drafted from the
 * figures, every other section a heading with PLACEHOLDER_TEXT for the official's own words.
 */
import type { RecognisedForm } from '../read/types';
import type { DraftContext, SectionDrafter } from './context';
import { withComparisons } from './compare';
import { cellsOf } from './figures';
import { hasChildren, OUTLINE } from './outline';
import { dossiersSection } from './sections/dossiers';
import { electronicSection } from './sections/electronic';
import { feedbackSection } from './sections/feedback';
import { oneStopSection } from './sections/one-stop';
import { assessmentSection, publicationSection, reviewSection } from './sections/procedures';
import { summarySection } from './sections/summary';
import {
  PLACEHOLDER_TEXT,
  type CellSource,
  type DraftParagraph,
  type DraftReport,
  type DraftSection,
  type NarrativeFinding,
  type SectionId,
} from './types';

export interface DraftOptions {
  /** The previous period's forms: increases, decreases and the carry-over check. */
  previous?: readonly RecognisedForm[];
  /** The same period of last year: «so với cùng kỳ năm trước». */
  lastYear?: readonly RecognisedForm[];
  /** The checker's findings: a sentence using a cell with an error or warning is flagged with the finding's message. */
  findings?: readonly NarrativeFinding[];
  locale?: 'vi';
}

const DRAFTERS: Partial<Record<SectionId, SectionDrafter>> = {
  'II.1': assessmentSection,
  'II.2': publicationSection,
  'II.3': reviewSection,
  'II.4': feedbackSection,
  'II.5': dossiersSection,
  'II.6': oneStopSection,
  'II.7': electronicSection,
  'III.1': summarySection,
};

function placeholderParagraph(): DraftParagraph {
  return { segments: [{ kind: 'text', text: PLACEHOLDER_TEXT }], flags: [] };
}

/** «$C$14» → «C14»; «C9:C20» stays a range. */
function normaliseCell(cell: string): string {
  return cell.replace(/\$/g, '').replace(/^.*!/, '').toUpperCase();
}

function colRow(a1: string): [number, number] | null {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) return null;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [col, Number(m[2])];
}

/** The finding's cell (or range) covers this cell. */
function covers(findingCell: string, cell: string): boolean {
  const target = normaliseCell(findingCell);
  const here = normaliseCell(cell);
  if (!target.includes(':')) return target === here;
  const [a, b] = target.split(':').map(colRow);
  const c = colRow(here);
  if (!a || !b || !c) return false;
  return (
    c[0] >= Math.min(a[0], b[0]) &&
    c[0] <= Math.max(a[0], b[0]) &&
    c[1] >= Math.min(a[1], b[1]) &&
    c[1] <= Math.max(a[1], b[1])
  );
}

function paragraphCells(paragraph: DraftParagraph): CellSource[] {
  const printed = paragraph.segments.flatMap((s) => (s.kind === 'figure' ? cellsOf(s.source) : []));
  return [...printed, ...(paragraph.relatedCells ?? [])];
}

/** Adds a flag for each error or warning the checker found in a cell this sentence states. */
function applyFindings(paragraph: DraftParagraph, findings: readonly NarrativeFinding[]): void {
  const cells = paragraphCells(paragraph);
  for (const finding of findings) {
    if (finding.severity === 'info') continue;
    // Findings are about this period's workbook; a previous-period cell of the same name is another cell.
    const hit = cells.filter((c) => !c.workbook && c.sheet === finding.sheet && covers(finding.cell, c.cell));
    if (hit.length === 0) continue;
    if (paragraph.flags.some((f) => f.reason === finding.message)) continue;
    paragraph.flags.push({
      reason: finding.message,
      cells: [{ sheet: finding.sheet, cell: normaliseCell(finding.cell) }],
    });
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
  const ctx: DraftContext = { forms, previous: options.previous ?? [], year: yearOf(forms) };
  const findings = options.findings ?? [];
  const sections: DraftSection[] = OUTLINE.map((entry) => {
    const drafter = DRAFTERS[entry.id];
    const base = { id: entry.id, number: entry.number, heading: entry.heading, level: entry.level };
    if (hasChildren(entry.id)) return { ...base, paragraphs: [], placeholder: false, sources: [] };
    const paragraphs = drafter?.draft(ctx) ?? null;
    if (!paragraphs)
      return {
        ...base,
        paragraphs: [placeholderParagraph()],
        placeholder: true,
        sources: [...(drafter?.sources ?? [])],
      };
    for (const p of paragraphs) applyFindings(p, findings);
    return { ...base, paragraphs, placeholder: false, sources: [...(drafter?.sources ?? [])] };
  });
  const report = { sections, periodLabel: periodLabelOf(forms) };
  // Comparisons between periods are added in one place, after every section is drafted (compare.ts).
  if (ctx.previous.length === 0 && !options.lastYear?.length) return report;
  return withComparisons(report, forms, { previous: ctx.previous, lastYear: options.lastYear });
}
