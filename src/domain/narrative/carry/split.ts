/**
 * Splitting last period's report by the Phụ lục I outline. Units number and word their headings in many ways
 * («II.», «2.», «2.1», «a)», a bold line without a number, Word's automatic numbering, «Về công bố, công khai TTHC»),
 * so a heading is matched by its wording first and its number second, and only forwards: once a section is passed,
 * a later heading that resembles it («2.1. Đánh giá chung … so với kỳ trước» under III.2) is a subheading, not a jump
 * back. A heading the outline does not have («II. Tình hình triển khai Nghị quyết 131/NQ-CP») stays, with its
 * paragraphs, inside the section it follows — nothing the unit wrote is dropped except the title block and closing.
 */
import { OUTLINE, type OutlineEntry } from '../outline';
import type { SectionId } from '../types';
import { foldKeepingPositions } from './fold';
import type { CarriedBlock, SourceParagraph, SplitReport } from './types';

/** Wording of each outline heading, on folded text (no diacritics, lower case). */
const KEYWORDS: Record<SectionId, RegExp> = {
  I: /chi dao,? (?:va )?dieu hanh/,
  'I.1': /ban hanh (?:cac )?van ban|van ban chi dao|van ban trien khai/,
  'I.2': /don doc/,
  'I.3': /dau moi|bo tri can bo|bo tri cong chuc/,
  'I.4': /kinh phi/,
  II: /tinh hinh|ket qua thuc hien/,
  'II.1': /danh gia tac dong/,
  'II.2': /cong bo|cong khai/,
  'II.3': /ra soat|don gian hoa/,
  'II.4': /phan anh|kien nghi|pakn/,
  'II.5': /giai quyet (?:tthc|thu tuc)|ket qua giai quyet|tiep nhan,? (?:va )?giai quyet ho so/,
  'II.6': /mot cua/,
  'II.7': /moi truong dien tu|dich vu cong truc tuyen/,
  'II.8': /truyen thong/,
  'II.9': /sang kien/,
  'II.10': /kiem tra/,
  'II.11': /noi dung khac|nhiem vu khac|cong tac khac/,
  III: /danh gia chung|danh gia,? nhan xet/,
  'III.1': /ket qua dat duoc|uu diem|danh gia chung ve hieu qua|muc do hoan thanh|nhung ket qua/,
  'III.2': /kho khan|vuong mac|ton tai|han che|nguyen nhan/,
  IV: /phuong huong|nhiem vu (?:ky toi|thoi gian toi|trong tam|,? giai phap)/,
  V: /kien nghi|de xuat/,
};

/** A heading's number and the rest of its text. */
interface Numbered {
  kind: 'roman' | 'arabic' | 'letter' | null;
  /** «II», «5», «2.1», «a» */
  number: string | null;
  title: string;
}

const ROMAN = /^(?:phan\s+|muc\s+)?([ivx]{1,4})\s*[.:)–-]\s*(.*)$/;
const ARABIC = /^(\d{1,2}(?:\.\d{1,2}){0,3})(?:\s*[.):]\s*|\s+)(.*)$/;
const LETTER = /^([a-zđ])\s*[).]\s+(.*)$/;

function numbering(folded: string): Numbered {
  let m = ROMAN.exec(folded);
  if (m) return { kind: 'roman', number: m[1]!.toUpperCase(), title: m[2]! };
  m = ARABIC.exec(folded);
  if (m) return { kind: 'arabic', number: m[1]!, title: m[2]! };
  m = LETTER.exec(folded);
  if (m) return { kind: 'letter', number: m[1]!, title: m[2]! };
  return { kind: null, number: null, title: folded };
}

/** Mostly capitals: «II. TÌNH HÌNH, KẾT QUẢ …» (a level-1 heading typed without a style). */
function mostlyUpper(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4) return false;
  const upper = [...letters].filter(
    (ch) => ch === ch.toLocaleUpperCase('vi') && ch !== ch.toLocaleLowerCase('vi'),
  );
  return upper.length / letters.length > 0.8;
}

interface HeadingLike {
  numbered: Numbered;
  /** Could be a level-1 heading (I–V). */
  top: boolean;
  /** Counts as a heading even when the outline does not know it (bold, a Heading style). */
  styled: boolean;
}

/** Whether the paragraph looks like a heading at all: short, not a list item, numbered or styled. */
function headingLike(p: SourceParagraph): HeadingLike | null {
  const text = p.text.trim();
  if (text.length > 320 || /^[-+•–*]/.test(text)) return null;
  const folded = foldKeepingPositions(text).replace(/\*\*/g, '');
  const numbered = numbering(folded);
  const styled = Boolean(p.bold || (p.headingLevel ?? 0) > 0);
  if (!numbered.kind && !styled && !p.autoNumbered) return null;
  if (!styled && numbered.title.length > 200) return null;
  // A sentence that goes on after a semicolon is a numbered paragraph (a task in IV), not a heading.
  if (!styled && /;\s*\S/.test(numbered.title)) return null;
  const top =
    numbered.kind === 'roman' ||
    p.headingLevel === 1 ||
    (numbered.kind === null && (p.bold || p.autoNumbered === true) && mostlyUpper(text));
  return { numbered, top, styled };
}

const TOP = OUTLINE.filter((e) => e.level === 1);
const childrenOf = (id: SectionId): OutlineEntry[] => OUTLINE.filter((e) => e.id.startsWith(`${id}.`));

/**
 * The best later entry for this heading: wording 2 points, the same number 1. A number alone is enough only for a
 * styled heading whose words are about no section at all («1. Công tác … một cửa …» under III is about II.6, so its
 * «1.» does not make it III.1).
 */
function bestMatch(h: HeadingLike, candidates: readonly OutlineEntry[]): OutlineEntry | null {
  let best: OutlineEntry | null = null;
  let bestScore = 0;
  const aboutSomething = OUTLINE.some((e) => KEYWORDS[e.id].test(h.numbered.title));
  for (const entry of candidates) {
    let score = KEYWORDS[entry.id].test(h.numbered.title) ? 2 : 0;
    const sameNumber = h.numbered.number !== null && h.numbered.number === entry.number.toUpperCase();
    if (sameNumber) score += 1;
    if (score === 1 && (!h.styled || aboutSomething)) continue;
    if (score > bestScore) {
      best = entry;
      bestScore = score;
    }
  }
  return best;
}

const CLOSING = /tran trong bao cao|xin bao cao|^noi nhan\b/;
const OPENING_END = /^kinh gui\b/;
const TITLE = /^bao cao$/;

export function splitByOutline(paragraphs: readonly SourceParagraph[]): SplitReport {
  const result: SplitReport = { header: [], preamble: [], sections: new Map(), headings: [], closing: [] };
  let top: OutlineEntry | null = null;
  let current: SectionId | null = null;
  let seenIndex = -1;
  let closing = false;
  // The title block ends at «Kính gửi: …», or else at the line after «BÁO CÁO» (the trích yếu).
  const folded = paragraphs.map((p) => foldKeepingPositions(p.text.trim()).replace(/\*\*/g, ''));
  const kinhGui = folded.findIndex((t) => OPENING_END.test(t));
  const title = folded.findIndex((t) => TITLE.test(t));
  const headerEnd = kinhGui >= 0 ? kinhGui : title >= 0 ? Math.min(title + 1, paragraphs.length - 1) : -1;
  const push = (id: SectionId, block: CarriedBlock) => {
    const list = result.sections.get(id) ?? [];
    list.push(block);
    result.sections.set(id, list);
  };
  paragraphs.forEach((p, index) => {
    if (closing || (current !== null && CLOSING.test(folded[index]!))) {
      closing = true;
      result.closing.push(p);
      return;
    }
    const h = headingLike(p);
    if (h) {
      const laterTop = TOP.filter((e) => OUTLINE.indexOf(e) > seenIndex);
      const laterChildren = top ? childrenOf(top.id).filter((e) => OUTLINE.indexOf(e) > seenIndex) : [];
      const match =
        (h.top ? bestMatch(h, laterTop) : null) ?? (index > headerEnd ? bestMatch(h, laterChildren) : null);
      if (match && index > headerEnd) {
        if (match.level === 1) top = match;
        current = match.id;
        seenIndex = OUTLINE.indexOf(match);
        result.headings.push({ id: match.id, text: p.text.trim() });
        return;
      }
    }
    if (index <= headerEnd) {
      result.header.push(p);
      return;
    }
    if (current === null) {
      result.preamble.push(p);
      return;
    }
    push(current, { paragraph: p, subheading: h !== null && h.styled });
  });
  return result;
}
