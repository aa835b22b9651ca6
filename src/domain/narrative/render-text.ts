/** Plain-text rendering of a draft: headings numbered as in Phụ lục I, bullets as «- », flagged sentences marked. */
import { NEEDS_CHECK_MARK, type DraftParagraph, type DraftReport, type DraftSection } from './types';

export function paragraphText(paragraph: DraftParagraph): string {
  return paragraph.segments.map((s) => s.text).join('');
}

/** «I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH» for level 1 (capitals, as the reports print them), «5. Tình hình, …» below. */
export function sectionHeading(section: DraftSection): string {
  return section.level === 1
    ? `${section.number}. ${section.heading.toLocaleUpperCase('vi')}`
    : `${section.number}. ${section.heading}`;
}

function renderParagraph(paragraph: DraftParagraph): string[] {
  const body = paragraphText(paragraph);
  const marked = paragraph.flags.length > 0 ? `${body} ${NEEDS_CHECK_MARK}` : body;
  const lines = [paragraph.bullet ? `- ${marked}` : marked];
  for (const flag of paragraph.flags) lines.push(`    (Lý do: ${flag.reason})`);
  return lines;
}

export function renderDraftText(report: DraftReport): string {
  // Carried text that stood before the first section («Thực hiện Công văn số …»).
  const lines: string[] = (report.preamble ?? []).flatMap(renderParagraph);
  for (const section of report.sections) {
    if (lines.length > 0) lines.push('');
    lines.push(sectionHeading(section));
    for (const paragraph of section.paragraphs) lines.push(...renderParagraph(paragraph));
  }
  return `${lines.join('\n')}\n`;
}

/** Every flagged sentence of the draft, for a summary («3 câu cần kiểm tra»). */
export function flaggedParagraphs(
  report: DraftReport,
): { section: DraftSection; paragraph: DraftParagraph }[] {
  return report.sections.flatMap((section) =>
    section.paragraphs.filter((p) => p.flags.length > 0).map((paragraph) => ({ section, paragraph })),
  );
}
