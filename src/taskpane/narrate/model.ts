/**
 * Pure logic of the «Soạn thuyết minh» view: draft from a read grid, choose sections, describe figures, render
 * text and sheet lines, and fingerprint the figures so the pane can tell when the draft is older than the numbers.
 */
import {
  NEEDS_CHECK_MARK,
  OUTLINE,
  type AttachedTable,
  cellsOf,
  paragraphText,
  renderDraftText,
  sectionHeading,
  type CellSource,
  type DraftReport,
  type DraftSection,
  type Figure,
  type SectionId,
} from '../../domain/narrative';
import type { CarrySummary, SourceParagraph } from '../../domain/narrative/carry';
import type { CellValue, InputWorkbook, RecognisedForm } from '../../domain/read/types';
import type { NarrativeLine } from '../../excel/narrative-sheet';
import { asciiFileName } from '../insert/text';

/** The sections one can choose: every outline entry that holds text (I, II, III are only containers). */
export const CHOOSABLE_SECTIONS: readonly SectionId[] = OUTLINE.filter(
  (entry) => !OUTLINE.some((other) => other.id.startsWith(`${entry.id}.`)),
).map((entry) => entry.id);

/** The level-1 entries, for grouping the choices. */
export const SECTION_GROUPS: readonly { id: SectionId; members: SectionId[] }[] = OUTLINE.filter(
  (entry) => entry.level === 1,
).map((entry) => ({
  id: entry.id,
  members: CHOOSABLE_SECTIONS.filter((id) => id === entry.id || id.startsWith(`${entry.id}.`)),
}));

export const SHEET_TITLE =
  'THUYẾT MINH BÁO CÁO KẾT QUẢ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH, THỰC HIỆN CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG';

export interface Drafted {
  report: DraftReport;
  forms: { code: string; sheet: string }[];
  /** This period's cells the draft printed or relied on. */
  cells: CellSource[];
  /** fingerprintOf(grid, cells) at drafting time. */
  fingerprint: string;
  /** The forms as tables, for «kèm theo biểu». */
  attachments: AttachedTable[];
  /** What was carried from last period's report, when one was given. */
  carry: CarrySummary | null;
}

/** The user's choices of how figures are written: precision of percentages, zero parts stated or left out. */
export interface DraftChoices {
  percentDecimals: number;
  zeroParts: boolean;
}

export const DEFAULT_CHOICES: DraftChoices = { percentDecimals: 2, zeroParts: false };
export const DECIMAL_CHOICES: readonly number[] = [0, 1, 2, 3];

/** What else the official gave: other periods' workbooks and last period's report. */
export interface DraftExtras {
  previous?: readonly RecognisedForm[];
  lastYear?: readonly RecognisedForm[];
  /** Last period's report: paragraphs of a .docx, or 'sheet' for this workbook's «Thuyết minh» sheet. */
  carry?: readonly SourceParagraph[] | 'sheet';
  /** How figures are written; DEFAULT_CHOICES when not given. */
  choices?: DraftChoices;
}

export const NO_NARRATIVE_SHEET = 'Sổ tính không có trang «Thuyết minh» của kỳ trước.';

/** Every distinct this-period cell behind the draft's figures and sentences, in order of appearance. */
export function figureCells(report: DraftReport): CellSource[] {
  const seen = new Map<string, CellSource>();
  for (const section of report.sections)
    for (const paragraph of section.paragraphs) {
      const sources = [
        ...paragraph.segments.flatMap((s) =>
          s.kind === 'figure'
            ? cellsOf(s.source)
            : s.kind === 'cell-text'
              ? [s.source]
              : s.kind === 'missing'
                ? s.cells
                : [],
        ),
        ...(paragraph.relatedCells ?? []),
      ];
      for (const cell of sources)
        if (!cell.workbook) seen.set(`${cell.sheet}!${cell.cell}`, { sheet: cell.sheet, cell: cell.cell });
    }
  return [...seen.values()];
}

/** «D20» → zero-based row and column; null for anything else (a range). */
export function parseA1(a1: string): { row: number; col: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(a1.trim());
  if (!match) return null;
  const col = [...match[1]!.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, col };
}

function valueAt(grid: InputWorkbook, source: CellSource): CellValue | undefined {
  const sheet = grid.sheets.find((s) => s.name === source.sheet);
  if (!sheet) return undefined;
  const at = parseA1(source.cell);
  if (!at) return undefined;
  return sheet.cells.find((c) => c.row === at.row && c.col === at.col)?.value ?? null;
}

/**
 * A short text that changes whenever one of `cells` changes value (or its sheet disappears). Not a secret, only a
 * comparison: FNV-1a over «sheet!cell=value» lines.
 */
export function fingerprintOf(grid: InputWorkbook, cells: readonly CellSource[]): string {
  const text = cells
    .map((c) => {
      const value = valueAt(grid, c);
      return `${c.sheet}!${c.cell}=${value === undefined ? '∅' : JSON.stringify(value)}`;
    })
    .join('\n');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${cells.length}:${hash.toString(16).padStart(8, '0')}`;
}

/** The report limited to the chosen sections; a container (II) stays when one of its items is chosen. */
export function selectSections(report: DraftReport, chosen: ReadonlySet<SectionId>): DraftReport {
  const sections = report.sections.filter(
    (s) => chosen.has(s.id) || [...chosen].some((id) => id.startsWith(`${s.id}.`)),
  );
  return { ...report, sections };
}

/** The plain text of one section (heading, paragraphs, flagged reasons), as renderDraftText prints it. */
export function sectionText(section: DraftSection, report: DraftReport): string {
  return renderDraftText({ ...report, sections: [section] });
}

/** The outline as rows of the «Thuyết minh» sheet. */
export function outlineLines(report: DraftReport): NarrativeLine[] {
  const lines: NarrativeLine[] = [{ text: SHEET_TITLE, style: 'title' }];
  if (report.periodLabel) lines.push({ text: `Kỳ báo cáo: ${report.periodLabel}`, style: 'subtitle' });
  for (const paragraph of report.preamble ?? [])
    lines.push({ text: paragraphText(paragraph), style: 'paragraph' });
  for (const section of report.sections) {
    lines.push({ text: sectionHeading(section), style: section.level === 1 ? 'heading1' : 'heading2' });
    for (const paragraph of section.paragraphs) {
      const body = paragraphText(paragraph);
      const marked = paragraph.flags.length > 0 ? `${body} ${NEEDS_CHECK_MARK}` : body;
      lines.push({ text: paragraph.bullet ? `- ${marked}` : marked, style: 'paragraph' });
      for (const flag of paragraph.flags) lines.push({ text: `(Lý do: ${flag.reason})`, style: 'flag' });
    }
  }
  return lines;
}

/** Where a click on the figure goes: its (first) cell in this period's workbook, or nowhere. */
export function figureTarget(figure: Figure): CellSource | null {
  return cellsOf(figure.source).find((c) => !c.workbook) ?? null;
}

export interface FigureLabels {
  cell: string; // «Ô {cell}, trang {sheet}»
  derived: string; // «Tính từ {cells}»
  previous: string; // «Kỳ trước: ô {cell}, trang {sheet}»
  target: string; // «Chỉ tiêu năm {year}»
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** The hover text of a figure: «Ô D20, trang II.06a», or how it was derived. */
export function figureTitle(figure: Figure, labels: FigureLabels): string {
  const source = figure.source;
  if ('target' in source) return fill(labels.target, { year: source.target.year });
  if ('cell' in source)
    return fill(source.workbook ? labels.previous : labels.cell, { cell: source.cell, sheet: source.sheet });
  const cells = cellsOf(source);
  const list = cells
    .map((c) => fill(c.workbook ? labels.previous : labels.cell, { cell: c.cell, sheet: c.sheet }))
    .join('; ');
  return fill(labels.derived, { cells: list });
}

/** «thuyet-minh-kstt-quy-i-2026.docx»: ASCII so the name survives e-mail and old file shares. */
export function docxFileName(periodLabel: string | null): string {
  // «Quý I/2026 (Từ ngày 15/12/2025 đến ngày 14/3/2026)»: the dates in brackets would only make the name long.
  return asciiFileName('thuyet-minh-kstt', (periodLabel ?? '').replace(/\s*\(.*\)\s*$/, ''), 'docx');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The same lines as rich text for the clipboard: Times New Roman 14, bold headings, flags in red. */
export function reportHtml(report: DraftReport): string {
  const lines = outlineLines(report).filter((l) => l.style !== 'title' && l.style !== 'subtitle');
  const body = lines
    .map((line) => {
      const text = escapeHtml(line.text);
      switch (line.style) {
        case 'heading1':
          return `<p style="margin:6pt 0"><b>${text}</b></p>`;
        case 'heading2':
          return `<p style="margin:6pt 0"><b><i>${text}</i></b></p>`;
        case 'flag':
          return `<p style="margin:0 0 6pt 0;color:#C00000"><i>${text}</i></p>`;
        default:
          return `<p style="margin:0 0 6pt 0;text-align:justify;text-indent:1cm">${text}</p>`;
      }
    })
    .join('');
  return `<div style="font-family:'Times New Roman',serif;font-size:14pt">${body}</div>`;
}
