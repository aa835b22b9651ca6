/**
 * Last period's report (.docx) as paragraphs of text, for carrying it forward (src/domain/narrative/carry).
 *
 * Reads word/document.xml with fflate and a small WordprocessingML scanner (no DOM, so the same code runs in Node and
 * in the task pane): each <w:p> — in the body and inside tables (the header block is a table) — becomes one
 * paragraph with its text (<w:t>, tabs and breaks as spaces, footnote references dropped), whether all its text is
 * bold (a heading typed as bold only), its outline level when a Heading style or <w:outlineLvl> gives one, and
 * whether Word numbers it automatically (then its «1.» is not in the text).
 */
import { strFromU8, unzipSync } from 'fflate';
import type { SourceParagraph } from '../domain/narrative/carry';

export class NotADocxError extends Error {}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      );
    return ENTITIES[name] ?? whole;
  });
}

/** Attribute value of a tag's source text: «w:val="Heading1"» → Heading1. */
function attr(tag: string, name: string): string | null {
  const match = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return match ? decode(match[1]!) : null;
}

/** «Heading2», «heading 2», «Tiêu đề 2» style ids → 2. */
function styleLevel(styleId: string, headingStyles: ReadonlyMap<string, number>): number | null {
  const known = headingStyles.get(styleId);
  if (known !== undefined) return known;
  const match = /^(?:heading|titre|u|berschrift)\s*(\d)$/i.exec(styleId.trim());
  return match ? Number(match[1]) : null;
}

/** Style ids whose style (or its base) sets an outline level, from word/styles.xml. */
function headingStylesOf(stylesXml: string | null): Map<string, number> {
  const out = new Map<string, number>();
  if (!stylesXml) return out;
  for (const match of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = attr(match[1]!, 'w:styleId');
    const level = /<w:outlineLvl\b[^>]*w:val="(\d)"/.exec(match[2]!);
    const name = /<w:name\b[^>]*w:val="([^"]*)"/.exec(match[2]!);
    if (!id) continue;
    if (level) out.set(id, Number(level[1]) + 1);
    else if (name && /^heading\s*(\d)$/i.test(name[1]!)) out.set(id, Number(/(\d)$/.exec(name[1]!)![1]));
  }
  return out;
}

/** The paragraphs of document.xml, in reading order. */
export function paragraphsOfDocumentXml(xml: string, stylesXml: string | null = null): SourceParagraph[] {
  const headingStyles = headingStylesOf(stylesXml);
  const out: SourceParagraph[] = [];
  const body = xml.replace(/<!--[\s\S]*?-->/g, '');
  for (const p of body.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    const inner = p[1] ?? '';
    const pPr = /<w:pPr\b[^>]*>([\s\S]*?)<\/w:pPr>/.exec(inner)?.[1] ?? '';
    const style = /<w:pStyle\b[^>]*\/>/.exec(pPr)?.[0];
    const styleId = style ? attr(style, 'w:val') : null;
    const outline = /<w:outlineLvl\b[^>]*w:val="(\d)"/.exec(pPr);
    const headingLevel = outline
      ? Number(outline[1]) + 1
      : styleId
        ? styleLevel(styleId, headingStyles)
        : null;
    let text = '';
    let boldChars = 0;
    let visibleChars = 0;
    // Runs (including those inside hyperlinks, smart tags and insertions); deleted text (w:delText) is not read.
    for (const r of inner
      .replace(/<w:pPr\b[\s\S]*?<\/w:pPr>/, '')
      .matchAll(/<w:r\b[^>]*>([\s\S]*?)<\/w:r>/g)) {
      const runXml = r[1]!;
      const rPr = /<w:rPr\b[^>]*>([\s\S]*?)<\/w:rPr>/.exec(runXml)?.[1] ?? '';
      const boldTag = /<w:b(?:\s+w:val="([^"]*)")?\s*\/>/.exec(rPr);
      // Bold set on the run itself; the paragraph mark's own formatting (w:pPr/w:rPr) does not bold its text.
      const bold = boldTag ? !/^(?:0|false|off)$/i.test(boldTag[1] ?? '1') : false;
      let runText = '';
      for (const piece of runXml.matchAll(
        /<w:t\b[^>]*>([^<]*)<\/w:t>|<w:t\b[^>]*\/>|<w:(tab|br|cr)\b[^>]*\/>/g,
      )) {
        if (piece[2]) runText += ' ';
        else if (piece[1] !== undefined) runText += decode(piece[1]);
      }
      text += runText;
      const visible = runText.replace(/\s/g, '').length;
      visibleChars += visible;
      if (bold) boldChars += visible;
    }
    const clean = text
      .normalize('NFC')
      .replace(/[\u00a0\s]+/g, ' ')
      .trim();
    if (!clean) continue;
    out.push({
      text: clean,
      bold: visibleChars > 0 && boldChars === visibleChars,
      headingLevel,
      autoNumbered: /<w:numPr\b/.test(pPr),
    });
  }
  return out;
}

/** A .docx file's paragraphs; NotADocxError (Vietnamese message) when the bytes are not a Word document. */
export function readDocxParagraphs(bytes: Uint8Array): SourceParagraph[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => f.name === 'word/document.xml' || f.name === 'word/styles.xml',
    });
  } catch {
    throw new NotADocxError('Tệp không phải văn bản Word .docx (không mở được như tệp nén).');
  }
  const document = files['word/document.xml'];
  if (!document) throw new NotADocxError('Tệp không phải văn bản Word .docx (thiếu word/document.xml).');
  const styles = files['word/styles.xml'];
  return paragraphsOfDocumentXml(strFromU8(document), styles ? strFromU8(styles) : null);
}
