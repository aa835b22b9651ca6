/**
 * The drafted narrative as a Word document (.docx) laid out per Nghị định 30/2020/NĐ-CP: A4 portrait, Times New
 * Roman 14, margins top/bottom 20 mm, left 30 mm, right 15 mm, the agency and national-motto header block, the title
 * «BÁO CÁO …» with its period, the whole Phụ lục I outline, and the signature block.
 *
 * Browser-safe: no Node imports. `Packer.toArrayBuffer` works in Node and in the task pane (docx 9.x), so one code
 * path serves the CLI and a later «Tải về .docx» button.
 */
import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatDateLong } from '../domain/format';
import {
  NEEDS_CHECK_MARK,
  paragraphText,
  sectionHeading,
  type DraftParagraph,
  type DraftReport,
} from '../domain/narrative';
import { parseDate } from '../domain/period';

export interface DocxMeta {
  /** Reporting unit, e.g. «UBND phường Tam Thanh». */
  unit: string;
  /** Period label, e.g. «Quý I năm 2026». */
  period: string;
  /** Place before the date, e.g. «Tam Thanh». */
  place: string;
  /** dd/mm/yyyy or yyyy-mm-dd; empty leaves «ngày … tháng … năm …» to fill in by hand. */
  date: string;
  /** «Kính gửi: …» when given. */
  receiver?: string;
  /** The agency above the unit (cơ quan chủ quản), printed above it when given. */
  parentUnit?: string;
  /** Signer's title (default «THỦ TRƯỞNG ĐƠN VỊ») and name. */
  signerTitle?: string;
  signerName?: string;
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
/** Quốc hiệu and agency lines: 12 pt (Nghị định 30/2020 allows 12–13) so the motto fits one line. */
const HEADER_SIZE = 24;
const RED = 'C00000';

export const REPORT_TITLE =
  'Kết quả thực hiện công tác kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông và thực hiện thủ tục hành chính trên môi trường điện tử';

function run(
  text: string,
  options: { bold?: boolean; italics?: boolean; size?: number; color?: string; underline?: boolean } = {},
): TextRun {
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

/** «Tam Thanh, ngày 18 tháng 3 năm 2026», or blanks to fill in by hand. */
export function placeDateLine(place: string, date: string): string {
  const iso = date.trim() ? parseDate(date) : null;
  const when = iso ? formatDateLong(iso) : 'ngày … tháng … năm …';
  return `${place.trim() || '……'}, ${when}`;
}

/** The text width between the margins; table columns are given in twips so Word and LibreOffice agree. */
const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children });
}

/** A borderless two-column table (header block, signature block). */
function twoColumns(left: Paragraph[], right: Paragraph[], leftShare: number): Table {
  const leftWidth = Math.round(TEXT_WIDTH * leftShare);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, TEXT_WIDTH - leftWidth],
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(left, leftWidth), cell(right, TEXT_WIDTH - leftWidth)] })],
  });
}

/** Agency on the left, national motto and place-date on the right, without borders. */
function headerBlock(meta: DocxMeta): Table {
  const left: Paragraph[] = [];
  if (meta.parentUnit?.trim())
    left.push(centred([run(meta.parentUnit.trim().toLocaleUpperCase('vi'), { size: HEADER_SIZE })]));
  left.push(
    centred([run(meta.unit.trim().toLocaleUpperCase('vi') || '……………', { bold: true, size: HEADER_SIZE })]),
  );
  left.push(centred([run('Số:       /BC-……', { size: HEADER_SIZE })], 120));
  const right = [
    centred([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: HEADER_SIZE })]),
    centred([run('Độc lập - Tự do - Hạnh phúc', { bold: true, underline: true })], 240),
    centred([run(placeDateLine(meta.place, meta.date), { italics: true })]),
  ];
  return twoColumns(left, right, 0.38);
}

function titleBlock(meta: DocxMeta, report: DraftReport): Paragraph[] {
  const period = meta.period.trim() || report.periodLabel || '……';
  const out = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 360, after: 0 },
      children: [run('BÁO CÁO', { bold: true })],
    }),
    centred([run(REPORT_TITLE, { bold: true })]),
    centred([run(`Kỳ báo cáo: ${period}`, { bold: true })], 240),
  ];
  if (meta.receiver?.trim()) out.push(centred([run(`Kính gửi: ${meta.receiver.trim()}.`)], 240));
  return out;
}

function bodyParagraph(children: TextRun[], options: { bold?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(10) },
    spacing: { before: options.bold ? 120 : 60, after: 60, line: 288 },
    children,
  });
}

function draftParagraph(paragraph: DraftParagraph, placeholder: boolean): Paragraph[] {
  const text = `${paragraph.bullet ? '- ' : ''}${paragraphText(paragraph)}`;
  const runs = [run(text, { italics: placeholder, color: placeholder ? '595959' : undefined })];
  if (paragraph.flags.length > 0) runs.push(run(` ${NEEDS_CHECK_MARK}`, { bold: true, color: RED }));
  const out = [bodyParagraph(runs)];
  for (const flag of paragraph.flags)
    out.push(bodyParagraph([run(`(Lý do: ${flag.reason})`, { italics: true, size: 24, color: RED })]));
  return out;
}

function signatureBlock(meta: DocxMeta): Table {
  const left = [
    new Paragraph({ children: [run('Nơi nhận:', { bold: true, italics: true, size: 24 })] }),
    new Paragraph({ children: [run(`- ${meta.receiver?.trim() ? 'Như trên' : '……'};`, { size: 22 })] }),
    new Paragraph({ children: [run('- Lưu: VT.', { size: 22 })] }),
  ];
  const right = [
    centred(
      [run((meta.signerTitle?.trim() || 'THỦ TRƯỞNG ĐƠN VỊ').toLocaleUpperCase('vi'), { bold: true })],
      1200,
    ),
    centred([run(meta.signerName?.trim() || '', { bold: true })]),
  ];
  return twoColumns(left, right, 0.5);
}

/** The document model (for callers that pack it themselves). */
export function buildDraftDocument(report: DraftReport, meta: DocxMeta): Document {
  const children: (Paragraph | Table)[] = [headerBlock(meta), ...titleBlock(meta, report)];
  for (const section of report.sections) {
    children.push(bodyParagraph([run(sectionHeading(section), { bold: true })], { bold: true }));
    for (const paragraph of section.paragraphs)
      children.push(...draftParagraph(paragraph, section.placeholder));
  }
  children.push(bodyParagraph([run(`${meta.unit.trim() || 'Đơn vị'} trân trọng báo cáo./.`)]));
  children.push(signatureBlock(meta));
  return new Document({
    creator: 'Báo cáo KSTT',
    title: `Báo cáo KSTT ${meta.period}`.trim(),
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: PAGE.margin,
          },
        },
        children,
      },
    ],
  });
}

/** The .docx bytes; works in Node and in the browser. */
export async function draftToDocx(report: DraftReport, meta: DocxMeta): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildDraftDocument(report, meta)));
}
