/**
 * Marks what in carried text still belongs to last period: its name («Quý I/2026», «quý I năm 2026»), a date inside
 * it (from its first day to the day its report was signed), and a number equal to one of its figures (from the
 * previous workbook's forms, or stated in the figure sentences of the previous report). Each gets
 * «[cần cập nhật: reason]» right after it, so the official decides; nothing is changed silently.
 */
import { formatDateVi } from '../../format';
import {
  compareIsoDates,
  isRealDate,
  toIsoDate,
  toRoman,
  type IsoDate,
  type ReportPeriod,
} from '../../period';
import { foldKeepingPositions } from './fold';

export const STALE_PREFIX = '[cần cập nhật: ';

export interface PreviousFigure {
  value: number;
  isPercent: boolean;
  /** Where it was: «ô E12, trang «II.06a» của sổ tính kỳ trước», «câu số liệu của báo cáo kỳ trước». */
  where: string;
}

export interface StaleContext {
  /** Last period (its cut-off dates and name). */
  previous: Pick<ReportPeriod, 'kind' | 'year' | 'index' | 'from' | 'to' | 'label'>;
  /** Dates up to this day are last period's (its report's date, or its deadline). */
  staleUntil: IsoDate;
  /** This period's name, for the reason («kỳ này là Quý II năm 2026»). */
  currentLabel: string | null;
  figures: readonly PreviousFigure[];
}

export interface StaleMark {
  /** The text marked, as written. */
  found: string;
  kind: 'period' | 'date' | 'figure';
  reason: string;
}

interface Span {
  start: number;
  end: number;
  mark: StaleMark | null;
}

/** Nouns a form counts (folded), for small numbers: «03 hồ sơ» is a figure, «03 lần» or «01 lãnh đạo» may not be. */
const COUNTED_AFTER =
  /^\s*(?:%|ho so|tthc|thu tuc|phan anh|kien nghi|pakn|giao dich|dong(?! chi)|quy trinh|ban sao|luot)/;

function periodPattern(p: StaleContext['previous']): RegExp {
  const year = String.raw`(?:\s*(?:[/,-]|nam)\s*(?:nam\s*)?(\d{4}))?`;
  switch (p.kind) {
    case 'quarter':
      return new RegExp(
        String.raw`quy\s*(?:${toRoman(p.index).toLowerCase()}|${p.index})(?![a-z0-9])${year}`,
        'g',
      );
    case 'half':
      return new RegExp(
        String.raw`(?:6|sau)\s*thang\s*${p.index === 1 ? 'dau' : 'cuoi'}(?:\s*nam)?${year}`,
        'g',
      );
    case 'nine-months':
      return new RegExp(String.raw`(?:9|chin)\s*thang(?!\s*cuoi)(?:\s*dau)?(?:\s*nam)?${year}`, 'g');
    case 'month':
      return new RegExp(String.raw`thang\s*0?${p.index}(?!\d)\s*(?:\/|nam)\s*(\d{4})`, 'g');
    case 'year':
      return new RegExp(String.raw`nam\s*(${p.year})(?!\d)`, 'g');
  }
}

/** Vietnamese number text → value: «1.568» 1568, «99,1» 99.1, «01» 1. */
function numberValue(text: string): number {
  return Number(text.replace(/\./g, '').replace(',', '.'));
}

function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => start < s.end && end > s.start);
}

/** Finds the stale spans of one text (folded for matching; positions are the original's). */
function findSpans(text: string, ctx: StaleContext): Span[] {
  const folded = foldKeepingPositions(text);
  const spans: Span[] = [];
  const range = `${formatDateVi(ctx.previous.from, false)} – ${formatDateVi(ctx.previous.to, false)}`;
  // Dates first: their digits are not figures. «15/03/2026», «15-3-2026», «ngày 18 tháng 3 năm 2026».
  const dates =
    /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)|ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/g;
  for (const m of folded.matchAll(dates)) {
    const [d, mo, y] = (m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]]).map(Number) as [
      number,
      number,
      number,
    ];
    const inside =
      isRealDate(y, mo, d) &&
      compareIsoDates(toIsoDate({ year: y, month: mo, day: d }), ctx.previous.from) >= 0 &&
      compareIsoDates(toIsoDate({ year: y, month: mo, day: d }), ctx.staleUntil) <= 0;
    spans.push({
      start: m.index,
      end: m.index + m[0].length,
      mark: inside
        ? {
            found: text.slice(m.index, m.index + m[0].length),
            kind: 'date',
            reason: `ngày thuộc kỳ trước (${range})`,
          }
        : null,
    });
  }
  // Document numbers («số 38/KH-UBND», «118/2025/NĐ-CP», «110a/UBND-TTPVHCC») are never figures.
  for (const m of folded.matchAll(/\d+[a-z]?\s*\/\s*(?:\d{4}\s*\/\s*)?[a-z][a-z0-9-]*/g))
    if (!overlaps(spans, m.index, m.index + m[0].length))
      spans.push({ start: m.index, end: m.index + m[0].length, mark: null });
  // The period's name.
  const reasonPeriod = `tên kỳ trước${ctx.currentLabel ? `; kỳ này là ${ctx.currentLabel}` : ''}`;
  for (const m of folded.matchAll(periodPattern(ctx.previous))) {
    const year = m[1] ? Number(m[1]) : null;
    if (year !== null && year !== ctx.previous.year) continue;
    if (overlaps(spans, m.index, m.index + m[0].length)) continue;
    spans.push({
      start: m.index,
      end: m.index + m[0].length,
      mark: { found: text.slice(m.index, m.index + m[0].length), kind: 'period', reason: reasonPeriod },
    });
  }
  // Numbers equal to a figure of last period.
  for (const m of folded.matchAll(/(^|[^\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(,\d+)?(\s*%)?/g)) {
    const start = m.index + m[1]!.length;
    const end = m.index + m[0].length;
    if (overlaps(spans, start, end)) continue;
    const numberText = m[2]! + (m[3] ?? '');
    const value = numberValue(numberText);
    const isPercent = m[4] !== undefined;
    if (!isPercent && !m[3] && !m[2]!.includes('.') && value >= 1900 && value <= 2100) continue; // a year
    if (value === 0 || (isPercent && value === 100)) continue;
    const small = value < 10 && !COUNTED_AFTER.test(folded.slice(end));
    if (small) continue;
    const hit = ctx.figures.find((f) => f.value === value && f.isPercent === isPercent);
    if (!hit) continue;
    spans.push({
      start,
      end,
      mark: {
        found: text.slice(start, end),
        kind: 'figure',
        reason: `trùng số liệu kỳ trước (${hit.where})`,
      },
    });
  }
  return spans.filter((s) => s.mark !== null).sort((a, b) => a.start - b.start);
}

/** The text with «[cần cập nhật: …]» after each stale item, and the marks. */
export function markStale(text: string, ctx: StaleContext): { text: string; marks: StaleMark[] } {
  const spans = findSpans(text, ctx);
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += `${text.slice(at, span.end)} ${STALE_PREFIX}${span.mark!.reason}]`;
    at = span.end;
  }
  out += text.slice(at);
  return { text: out, marks: spans.map((s) => s.mark!) };
}

/** Every number stated in a text (figure sentences of the previous report, to recognise them in carried prose). */
export function numbersIn(text: string): { value: number; isPercent: boolean }[] {
  const folded = foldKeepingPositions(text)
    .replace(/\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/g, ' ')
    .replace(/\d+[a-z]?\s*\/\s*(?:\d{4}\s*\/\s*)?[a-z][a-z0-9-]*/g, ' ');
  const out: { value: number; isPercent: boolean }[] = [];
  for (const m of folded.matchAll(/(^|[^\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(,\d+)?(\s*%)?/g)) {
    const value = numberValue(m[2]! + (m[3] ?? ''));
    if (!m[3] && !m[2]!.includes('.') && m[4] === undefined && value >= 1900 && value <= 2100) continue;
    out.push({ value, isPercent: m[4] !== undefined });
  }
  return out;
}
