/** Text normalisation for matching headers and labels however people typed them. */

/** Lower case, no diacritics, «đ» → «d», one space, no line breaks: «Số hồ sơ\nnhận  giải quyết» → «so ho so nhan giai quyet». */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whole-text synonyms seen in printed forms and one-stop software exports (docs/sources/forms-research.md §D). */
const SYNONYMS: ReadonlyArray<[RegExp, string]> = [
  [/^(tt|so tt|so thu tu)$/, 'stt'],
  [/^(so luong ho so |so ho so |ho so )?tiep nhan$/, 'so ho so nhan giai quyet'],
  [/^trong do$/, 'trong ky'],
  [/^(tu )?ky truoc( chuyen sang)?$/, 'tu ky truoc'],
  [/^(so luong ho so |so ho so |ho so )?da (giai quyet|xu ly)$/, 'so ho so da giai quyet'],
  [/^(so luong ho so |so ho so |ho so )?dang (giai quyet|xu ly)$/, 'so ho so dang giai quyet'],
  [/^truc tiep\b.*$/, 'truc tiep, dich vu buu chinh'],
  [/^(qua mang|truc tuyen)$/, 'truc tuyen'],
  [/^tong( so| cong)?$/, 'tong so'],
];

/**
 * A header text in its canonical form: folded, notes in brackets and trailing punctuation dropped,
 * known synonyms replaced («Kỳ trước» → «từ kỳ trước», «Tiếp nhận» → «số hồ sơ nhận giải quyết»).
 */
export function canonHeader(text: string): string {
  return memo(canonCache, text, canonUncached);
}

/**
 * Memo tables: header matching compares the same few dozen texts for every form of every sheet of every unit's
 * file (a 5.000-unit merge), so each text is folded and split once. Bounded: cleared when full.
 */
const MEMO_LIMIT = 20_000;
const canonCache = new Map<string, string>();
const tokenCache = new Map<string, string[]>();
const matchCache = new Map<string, Map<string, boolean>>();

function memo<T>(cache: Map<string, T>, key: string, compute: (key: string) => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(key, (value = compute(key)));
  }
  return value;
}

function canonUncached(text: string): string {
  let s = fold(text)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[:;.*]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [pattern, canonical] of SYNONYMS) {
    if (pattern.test(s)) {
      s = canonical;
      break;
    }
  }
  return s;
}

function tokens(s: string): string[] {
  return memo(tokenCache, s, tokensUncached);
}

function tokensUncached(s: string): string[] {
  return s
    .replace(/[,;:.\-–/]+/g, ' ')
    .split(' ')
    .filter(Boolean);
}

/** True when one token list appears contiguously inside the other. */
function containsRun(longer: string[], shorter: string[]): boolean {
  if (shorter.length === 0 || shorter.length > longer.length) return false;
  outer: for (let i = 0; i + shorter.length <= longer.length; i++) {
    for (let j = 0; j < shorter.length; j++) if (longer[i + j] !== shorter[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Whether two canonical header texts name the same thing: equal, or one is a run of words inside the other
 * («trực tuyến» in «qua dịch vụ công trực tuyến»); single-word runs only match whole texts.
 */
export function headersMatch(a: string, b: string): boolean {
  if (a === b) return a !== '';
  let row = matchCache.get(a);
  if (!row) {
    if (matchCache.size >= MEMO_LIMIT) matchCache.clear();
    matchCache.set(a, (row = new Map()));
  }
  let match = row.get(b);
  if (match === undefined) row.set(b, (match = runsMatch(a, b)));
  return match;
}

function runsMatch(a: string, b: string): boolean {
  const ta = tokens(a);
  const tb = tokens(b);
  const [longer, shorter] = ta.length >= tb.length ? [ta, tb] : [tb, ta];
  return shorter.length >= 2 && containsRun(longer, shorter);
}

/** «I», «II.», «IV» → true: the STT of a group row. */
export function isRomanStt(text: string): boolean {
  return /^(i{1,3}|iv|v|vi{1,3}|ix|x)\.?$/i.test(text.trim());
}

/** A cell of the column-number row: «(3)», «3», «(3)=(4)+(5)+(6)»; returns the column's own number. */
export function columnNumberOf(value: string | number | boolean | null): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 && value < 100 ? value : null;
  if (typeof value !== 'string') return null;
  const m = /^\s*\(?\s*(\d{1,2})\s*\)?\s*(=.*)?$/.exec(value);
  return m ? Number(m[1]) : null;
}

/** The TỔNG CỘNG row's label («TỔNG CỘNG», «Tổng cộng:», the software's «TỔNG SỐ», «Cộng»). */
export function isTotalLabel(text: string): boolean {
  if (text.length > 14) return false; // cheap exits: this runs for every row
  const first = text.trimStart().charAt(0);
  if (first !== 'T' && first !== 't' && first !== 'C' && first !== 'c') return false;
  const head = text.trimStart().slice(0, 8).normalize('NFD').replace(/[\u0300-\u036f]/g, '').slice(0, 4).toLowerCase();
  if (head !== 'tong' && head !== 'cong') return false;
  return /^(tong cong|tong so|tong|cong)$/.test(fold(text).replace(/[:.]+$/, '').trim());
}

/** Texts that end a table: the signature block and the place-and-date line. */
export function isSignatureText(text: string): boolean {
  // Cheap exit before folding: this runs for every text cell of every row.
  if (!/ng|th|ky|ký/i.test(text)) return false;
  const s = fold(text);
  return /^(nguoi lap bieu|nguoi lam bao cao|thu truong don vi|\(ky, ghi ro ho ten\))/.test(s) || /, ngay .{0,6} thang /.test(s);
}
