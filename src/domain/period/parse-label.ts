/**
 * Reads the period out of the text a form or report states: «Quý I/2026», «QUÝ 1 NĂM 2026», «6 tháng đầu năm 2025»,
 * «9 tháng», «năm 2025», «tháng 3/2026», «Q1/2026», with or without diacritics. Also recognises unfilled templates
 * («Quý...», «Quý …/20…», «…/20…»), which the checker reports as a placeholder left in the form.
 */
import { fold } from '../read/text';
import { fromRoman } from './roman';
import type { PeriodKind } from './types';

export type ParsedPeriodLabel =
  /** A complete period; `year` is null when the text names none («9 tháng»). */
  | { placeholder: false; kind: PeriodKind; index: number; year: number | null }
  /** A template left unfilled; whatever could be read is kept. */
  | { placeholder: true; kind: PeriodKind | null; index: number | null; year: number | null };

/** A blank to be filled in: «...», «__», «..» */
const BLANK = String.raw`(?:\.{2,}|_{2,})`;
/** A year or a half-blank year: «2026», «20...», «20__», «20xx». */
const YEAR = String.raw`(\d{4}(?!\d)|20${BLANK}|20xx)`;
/**
 * Optional year after the period: «/2026», «-2026», «, năm 2026», « năm 2026» (first group), or a blank year «/...»,
 * «năm ...» (second group). A bare «...» elsewhere is not read as a year: «trong Quý I...» is a sentence.
 * (No regex lookbehind: older Safari web views in Office for Mac reject it at load time.)
 */
const YEAR_TAIL = String.raw`(?:\s?(?:[/,-]\s?)?(?:nam\s?)?${YEAR}|\s?(?:[/-]|nam)\s?(${BLANK}))?`;

const QUARTER = new RegExp(String.raw`\bquy\s?(iv|i{1,3}|[1-4]|${BLANK})(?![a-z0-9])${YEAR_TAIL}`);
const QUARTER_SHORT = new RegExp(String.raw`\bq([1-4])(?![a-z0-9])${YEAR_TAIL}`);
const NINE_MONTHS = new RegExp(String.raw`(?:\b9|\bchin)\s?thang(?!\s?cuoi)(?:\s?dau)?(?:\s?nam)?${YEAR_TAIL}`);
// «sáu» folds to «sau» («after»): accept the word only before «đầu»/«cuối», so «sau tháng 3» stays a month.
const HALF = new RegExp(String.raw`(?:\b6\s?thang|\bsau\s?thang(?=\s?(?:dau|cuoi)))(?:\s?(dau|cuoi))?(?:\s?nam)?${YEAR_TAIL}`);
const MONTH = new RegExp(String.raw`\bthang\s?(\d{1,2}(?!\d)|${BLANK})${YEAR_TAIL}`);
const YEAR_ONLY = new RegExp(String.raw`\bnam\s?(?:${YEAR}|(${BLANK}))`);
const NOT_A_PERIOD = /\b(?:[1-57-9]|1[0-2])\s?thang\s?cuoi\b/;
const BLANK_DATE = new RegExp(String.raw`${BLANK}\s?/\s?20(?:${BLANK}|\d{0,2}\b)|\b20${BLANK}`);

type YearRead = { year: number | null; blank: boolean };

/** Reads the two YEAR_TAIL groups. */
function readYear(yearToken: string | undefined, blankToken: string | undefined): YearRead {
  if (yearToken !== undefined && /^\d{4}$/.test(yearToken)) return { year: Number(yearToken), blank: false };
  return { year: null, blank: yearToken !== undefined || blankToken !== undefined };
}

function isBlank(token: string): boolean {
  return /^(?:\.{2,}|_{2,})$/.test(token);
}

function result(kind: PeriodKind, index: number | null, y: YearRead): ParsedPeriodLabel {
  if (index === null || y.blank) return { placeholder: true, kind, index, year: y.year };
  return { placeholder: false, kind, index, year: y.year };
}

/** The period named in `text`, or null when the text names no period. */
export function parsePeriodLabel(text: string): ParsedPeriodLabel | null {
  const s = fold(text);
  // «9 tháng cuối năm», «3 tháng cuối năm» (a plan's horizon, not a report period); «6 tháng cuối» is the second half.
  if (NOT_A_PERIOD.test(s)) return null;
  let m = QUARTER.exec(s);
  if (m) {
    const token = m[1]!;
    const index = isBlank(token) ? null : /^\d$/.test(token) ? Number(token) : fromRoman(token);
    return result('quarter', index, readYear(m[2], m[3]));
  }
  m = QUARTER_SHORT.exec(s);
  if (m) return result('quarter', Number(m[1]), readYear(m[2], m[3]));
  m = NINE_MONTHS.exec(s);
  if (m) return result('nine-months', 1, readYear(m[1], m[2]));
  m = HALF.exec(s);
  if (m) return result('half', m[1] === 'cuoi' ? 2 : 1, readYear(m[2], m[3]));
  m = MONTH.exec(s);
  if (m) {
    const token = m[1]!;
    const month = isBlank(token) ? null : Number(token);
    if (month === null || (month >= 1 && month <= 12)) return result('month', month, readYear(m[2], m[3]));
  }
  m = YEAR_ONLY.exec(s);
  if (m) return result('year', 1, readYear(m[1], m[2]));
  if (BLANK_DATE.test(s)) return { placeholder: true, kind: null, index: null, year: null };
  return null;
}

/** True when the text still holds an unfilled period template («Quý...», «…/20…»). */
export function hasPeriodPlaceholder(text: string): boolean {
  return parsePeriodLabel(text)?.placeholder === true;
}
