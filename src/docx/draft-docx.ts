/**
 * The report as officials send it, laid out per Nghị định 30/2020/NĐ-CP (Phụ lục I, văn bản hành chính): A4 portrait,
 * Times New Roman 14, margins top/bottom 20 mm, left 30 mm, right 15 mm; a borderless two-column header (cơ quan
 * ban hành with a short rule under it and the «Số: …/BC-…» line on the left; Quốc hiệu, the underlined tiêu ngữ and
 * «địa danh, ngày … tháng … năm …» on the right); «BÁO CÁO» and the trích yếu with the period; «Kính gửi»; the
 * Phụ lục I sections (drafted, carried from last period, or left to fill); the closing line; «Nơi nhận:» bottom-left
 * and quyền hạn, chức vụ, the signer's name bottom-right; and, when asked, the forms attached as tables on
 * landscape pages («kèm theo biểu»).
 *
 * Browser-safe: no Node imports. `Packer.toArrayBuffer` works in Node and in the task pane (docx 9.x), so one code
 * path serves the CLI and the pane's «Xuất .docx».
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { formatDateLong } from '../domain/format';
import {
  NEEDS_CHECK_MARK,
  paragraphText,
  sectionHeading,
  type AttachedTable,
  type DraftParagraph,
  type DraftReport,
} from '../domain/narrative';
import { parseDate } from '../domain/period';

export interface DocxMeta {
  /** Cơ quan ban hành, e.g. «UBND phường Tam Thanh» (printed «ỦY BAN NHÂN DÂN / PHƯỜNG TAM THANH»). */
  unit: string;
  /** Period label, e.g. «Quý I năm 2026». */
  period: string;
  /** Địa danh before the date, e.g. «Tam Thanh». */
  place: string;
  /** dd/mm/yyyy or yyyy-mm-dd; empty leaves «ngày … tháng … năm …» to fill in by hand. */
  date: string;
  /** «Kính gửi: …» when given (and «- Như trên;» opens the Nơi nhận list). */
  receiver?: string;
  /** The agency above the unit (cơ quan chủ quản), printed above it when given. */
  parentUnit?: string;
  /** Số/ký hiệu: «235» (the ký hiệu is derived from the unit: «235/BC-UBND») or in full «235/BC-SNV». */
  number?: string;
  /** Quyền hạn above the chức vụ: «TM. ỦY BAN NHÂN DÂN», «KT. CHỦ TỊCH». */
  signerAuthority?: string;
  /** Chức vụ of the signer (default «THỦ TRƯỞNG ĐƠN VỊ») and the signer's name. */
  signerTitle?: string;
  signerName?: string;
  /** Further recipients for «Nơi nhận:» («UBND tỉnh (b/c)»); «Như trên» and «Lưu: VT» are added. */
  recipients?: readonly string[];
  /** The forms to attach as tables at the end («kèm theo biểu»). */
  attachments?: readonly AttachedTable[];
}

/** Millimetres to twentieths of a point (twips), Word's page unit. */
const mm = (value: number): number => Math.round((value * 1440) / 25.4);

export const PAGE = {
  width: mm(210),
  height: mm(297),
  margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
} as const;

const FONT = 'Times New Roman';
/** docx sizes are half-points: 28 = 14 pt. */
const BODY_SIZE = 28;
/** Quốc hiệu and agency lines: 12–13 pt in the decree; 12 keeps the Quốc hiệu on one line of its column. */
const HEADER_SIZE = 24;
const RED = 'C00000';
const STALE_MARK = /\[cần cập nhật:[^\]]*\]/g;

export const REPORT_TITLE =
  'Kết quả thực hiện công tác kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông và thực hiện thủ tục hành chính trên môi trường điện tử';

interface RunOptions {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  color?: string;
  underline?: boolean;
}

function run(text: string, options: RunOptions = {}): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: options.size ?? BODY_SIZE,
    bold: options.bold,
    italics: options.italics,
    color: options.color,
    underline: options.underline ? {} : undefined,
  });
}

function centred(children: TextRun[], after = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after }, children });
}

/** A short centred rule under a line (the decree's «đường kẻ ngang, nét liền»): a bottom border on an indented paragraph. */
function rule(columnWidth: number, share: number, after = 120): Paragraph {
  const side = Math.round((columnWidth * (1 - share)) / 2);
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [run('', { size: 4 })],
  });
}

/** «Tam Thanh, ngày 18 tháng 3 năm 2026», or blanks to fill in by hand. */
export function placeDateLine(place: string, date: string): string {
  const iso = date.trim() ? parseDate(date) : null;
  const when = iso ? formatDateLong(iso) : 'ngày … tháng … năm …';
  return `${place.trim() || '……'}, ${when}`;
}

/** «UBND phường Tam Thanh» → [«ỦY BAN NHÂN DÂN», «PHƯỜNG TAM THANH»], the way People's Committees print their name. */
export function agencyLines(unit: string): string[] {
  const name = unit.trim().replace(/\s+/g, ' ');
  if (!name) return ['……………'];
  const upper = name.toLocaleUpperCase('vi');
  const committee = /^(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+(.+)$/.exec(upper);
  return committee ? ['ỦY BAN NHÂN DÂN', committee[1]!] : [upper];
}

/** The ký hiệu of the issuing body: «UBND» for a People's Committee, else left for the user to type. */
function issuerSymbol(unit: string): string {
  return /^(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\b/i.test(unit.trim()) ? 'UBND' : '……';
}

/** «Số: 235/BC-UBND»; a bare number gets the report's ký hiệu; empty leaves room for the văn thư. */
export function numberLine(number: string | undefined, unit: string): string {
  const text = (number ?? '').trim().replace(/^Số\s*:?\s*/i, '');
  if (text.includes('/')) return `Số: ${text}`;
  return `Số: ${text || '      '}/BC-${issuerSymbol(unit)}`;
}

/** The text width between the margins; table columns are given in twips so Word and LibreOffice agree. */
const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children });
}

/** A borderless two-column table (header block, signature block). */
function twoColumns(left: Paragraph[], right: Paragraph[], leftWidth: number): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, TEXT_WIDTH - leftWidth],
    borders: TableBorders.NONE,
    // One row that never splits: the signer's name stays on the page of its chức vụ.
    rows: [
      new TableRow({
        cantSplit: true,
        children: [cell(left, leftWidth), cell(right, TEXT_WIDTH - leftWidth)],
      }),
    ],
  });
}

/** Cơ quan and số on the left; Quốc hiệu, tiêu ngữ and địa danh, ngày on the right; no borders. */
function headerBlock(meta: DocxMeta): Table {
  const leftWidth = Math.round(TEXT_WIDTH * 0.38);
  const left: Paragraph[] = [];
  if (meta.parentUnit?.trim())
    left.push(centred([run(meta.parentUnit.trim().toLocaleUpperCase('vi'), { size: HEADER_SIZE })]));
  for (const line of agencyLines(meta.unit))
    left.push(centred([run(line, { bold: true, size: HEADER_SIZE })]));
  left.push(rule(leftWidth, 0.4));
  left.push(centred([run(numberLine(meta.number, meta.unit), { size: HEADER_SIZE })]));
  const right = [
    centred([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: HEADER_SIZE })]),
    centred([run('Độc lập - Tự do - Hạnh phúc', { bold: true, underline: true })], 240),
    centred([run(placeDateLine(meta.place, meta.date), { italics: true })]),
  ];
  return twoColumns(left, right, leftWidth);
}

/** «Quý I/2026 (Từ ngày 15/12/2025 đến ngày 14/3/2026)» → the name, and the dates when given. */
function splitPeriod(label: string): { name: string; range: string | null } {
  const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(label.trim());
  return match ? { name: match[1]!, range: match[2]! } : { name: label.trim(), range: null };
}

function titleBlock(meta: DocxMeta, report: DraftReport): Paragraph[] {
  const { name, range } = splitPeriod(meta.period.trim() || report.periodLabel || '');
  const out = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 360, after: 0 },
      children: [run('BÁO CÁO', { bold: true })],
    }),
    centred([run(`${REPORT_TITLE} ${name || '……'}`, { bold: true })]),
  ];
  if (range) out.push(centred([run(`(${range})`, { italics: true })]));
  out.push(rule(TEXT_WIDTH, 0.25, 240));
  if (meta.receiver?.trim()) out.push(centred([run(`Kính gửi: ${meta.receiver.trim()}.`)], 240));
  return out;
}

function bodyParagraph(
  children: TextRun[],
  options: { heading?: boolean; keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(10) },
    keepNext: options.keepNext,
    spacing: { before: options.heading ? 120 : 60, after: 60, line: 288 },
    children,
  });
}

/** Carried text with its «[cần cập nhật: …]» marks in bold red, so the official sees each one. */
function markedRuns(text: string, base: RunOptions): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const match of text.matchAll(STALE_MARK)) {
    if (match.index > at) runs.push(run(text.slice(at, match.index), base));
    runs.push(run(match[0], { ...base, bold: true, color: RED }));
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push(run(text.slice(at), base));
  return runs;
}

function draftParagraph(paragraph: DraftParagraph, placeholder: boolean): Paragraph[] {
  const text = `${paragraph.bullet ? '- ' : ''}${paragraphText(paragraph)}`;
  if (paragraph.carried === 'subheading')
    return [bodyParagraph([run(text, { bold: true, italics: true })], { heading: true, keepNext: true })];
  const runs = markedRuns(text, { italics: placeholder, color: placeholder ? '595959' : undefined });
  if (paragraph.flags.length > 0) runs.push(run(` ${NEEDS_CHECK_MARK}`, { bold: true, color: RED }));
  const out = [bodyParagraph(runs)];
  for (const flag of paragraph.flags)
    out.push(bodyParagraph([run(`(Lý do: ${flag.reason})`, { italics: true, size: 24, color: RED })]));
  return out;
}

function small(text: string, options: RunOptions = {}): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(text, { size: 22, ...options })] });
}

/** «Nơi nhận:» (bold italic 12, items 11) on the left; quyền hạn, chức vụ, room to sign, the name on the right. */
function signatureBlock(meta: DocxMeta): Table {
  const recipients = [
    ...(meta.receiver?.trim() ? ['Như trên'] : []),
    ...(meta.recipients ?? []).map((r) => r.trim()).filter(Boolean),
  ];
  const left = [
    new Paragraph({
      spacing: { before: 0, after: 0 },
      children: [run('Nơi nhận:', { bold: true, italics: true, size: 24 })],
    }),
    ...(recipients.length > 0 ? recipients : ['……']).map((r) => small(`- ${r};`)),
    small('- Lưu: VT.'),
  ];
  const right: Paragraph[] = [];
  if (meta.signerAuthority?.trim())
    right.push(centred([run(meta.signerAuthority.trim().toLocaleUpperCase('vi'), { bold: true })]));
  right.push(
    centred(
      [run((meta.signerTitle?.trim() || 'THỦ TRƯỞNG ĐƠN VỊ').toLocaleUpperCase('vi'), { bold: true })],
      1440,
    ),
  );
  right.push(centred([run(meta.signerName?.trim() || '', { bold: true })]));
  return twoColumns(left, right, Math.round(TEXT_WIDTH * 0.5));
}

/** Landscape A4 for the forms, with the same margins turned. */
const LANDSCAPE_TEXT_WIDTH = PAGE.height - PAGE.margin.left - PAGE.margin.right;

function tableCellOf(
  text: string,
  width: number,
  options: { bold: boolean; span: number; centred: boolean },
) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: options.span > 1 ? options.span : undefined,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 40, right: 40 },
    children: [
      new Paragraph({
        alignment: options.centred ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { before: 0, after: 0 },
        children: [run(text, { size: 20, bold: options.bold })],
      }),
    ],
  });
}

/** One attached form: its code and title above, the grid as a bordered table (header rows bold, centred). */
function attachedForm(table: AttachedTable, first: boolean): (Paragraph | Table)[] {
  const columnCount = Math.max(1, ...table.rows.map((r) => r.reduce((n, c) => n + c.span, 0)));
  const weights =
    table.columnWeights.length === columnCount ? table.columnWeights : Array(columnCount).fill(1);
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((LANDSCAPE_TEXT_WIDTH * w) / total));
  const rows = table.rows.map((cells, r) => {
    let col = 0;
    return new TableRow({
      tableHeader: r < table.headerRows,
      cantSplit: true,
      children: cells.map((c) => {
        const width = widths.slice(col, col + c.span).reduce((a, b) => a + b, 0);
        col += c.span;
        return tableCellOf(c.text, width, {
          bold: r < table.headerRows || c.bold,
          span: c.span,
          centred: c.centred,
        });
      }),
    });
  });
  return [
    new Paragraph({
      pageBreakBefore: !first,
      spacing: { before: 0, after: 0 },
      children: [run(table.code, { bold: true, size: 24 })],
    }),
    centred([run(table.title.toLocaleUpperCase('vi'), { bold: true, size: 24 })]),
    ...table.subtitles.map((s) => centred([run(s, { italics: true, size: 24 })])),
    centred([run('', { size: 12 })], 120),
    new Table({ width: { size: LANDSCAPE_TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows }),
  ];
}

function attachmentsSection(attachments: readonly AttachedTable[]): ISectionOptions {
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
        margin: PAGE.margin,
      },
    },
    children: attachments.flatMap((t, i) => attachedForm(t, i === 0)),
  };
}

/** The document model (for callers that pack it themselves). */
export function buildDraftDocument(report: DraftReport, meta: DocxMeta): Document {
  const children: (Paragraph | Table)[] = [headerBlock(meta), ...titleBlock(meta, report)];
  for (const paragraph of report.preamble ?? []) children.push(...draftParagraph(paragraph, false));
  for (const section of report.sections) {
    children.push(
      bodyParagraph([run(sectionHeading(section), { bold: true })], { heading: true, keepNext: true }),
    );
    for (const paragraph of section.paragraphs)
      children.push(...draftParagraph(paragraph, section.placeholder));
  }
  children.push(
    bodyParagraph([run(`${meta.unit.trim() || 'Đơn vị'} trân trọng báo cáo./.`)], { keepNext: true }),
  );
  children.push(new Paragraph({ spacing: { before: 120, after: 0 }, children: [] }));
  children.push(signatureBlock(meta));
  const sections: ISectionOptions[] = [
    {
      properties: {
        page: {
          size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
          margin: PAGE.margin,
        },
      },
      children,
    },
  ];
  if (meta.attachments && meta.attachments.length > 0) sections.push(attachmentsSection(meta.attachments));
  return new Document({
    creator: 'Báo cáo KSTT',
    title: `Báo cáo KSTT ${meta.period}`.trim(),
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    sections,
  });
}

/** The .docx bytes; works in Node and in the browser. */
export async function draftToDocx(report: DraftReport, meta: DocxMeta): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildDraftDocument(report, meta)));
}
