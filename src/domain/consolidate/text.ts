/** Name normalisation for matching lĩnh vực and unit names written differently by different units. */

/** NFC, lower case (Vietnamese rules), one space, dashes spaced alike: the spelling-insensitive key. */
export function looseKey(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/\s*[-–—]\s*/g, ' - ')
    .trim();
}

/** Diacritics removed («đ» → «d») on top of `looseKey`: the fallback for units typing without accents. */
export function foldedKey(text: string): string {
  return looseKey(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .normalize('NFC');
}

/**
 * The key of a lĩnh vực name: «Lĩnh vực Hộ tịch.», «LĨNH VỰC: hộ  tịch», «- Hộ tịch;» all give «hộ tịch».
 * Leading list marks and the «Lĩnh vực» prefix go, as do trailing punctuation and a leading «STT.» number.
 */
export function fieldKey(name: string): string {
  let key = looseKey(name);
  key = key.replace(/^(?:[-+*•]\s*|\d+[.)]\s+|[a-zđ][.)]\s+)/u, '');
  key = key.replace(/^lĩnh vực\s*[:\-–]?\s*/u, '');
  key = key.replace(/[\s.,;:!?…]+$/u, '');
  return key.trim();
}

/** Same as `fieldKey` without diacritics. */
export function fieldFoldedKey(name: string): string {
  return foldedKey(fieldKey(name));
}

/**
 * Old and new tone placement on «oa», «oe», «uy» at the end of a syllable («Hoà»/«Hòa», «Thuỷ»/«Thủy») are one
 * spelling of one name: the mark goes on the first vowel, as in the new rules.
 */
const TONE_MOVES: ReadonlyArray<[RegExp, string]> = (() => {
  const marks = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  return marks.flatMap((m) => [
    [new RegExp(`o(a|e)${m}(?![\\p{L}])`, 'gu'), `o${m}$1`],
    [new RegExp(`u(y)${m}(?![\\p{L}])`, 'gu'), `u${m}$1`],
  ]) as [RegExp, string][];
})();

/**
 * The key of a unit name: case and spacing folded, tone marks kept («Phú Mỹ» and «Phù Mỹ» are two communes),
 * «Ủy ban nhân dân» written out or as «UBND», old or new tone placement: «UBND phường Ba Đình»,
 * «Ủy ban nhân dân Phường Ba Đình.» agree.
 */
export function unitKey(name: string): string {
  let key = looseKey(name).normalize('NFD');
  for (const [pattern, replacement] of TONE_MOVES) key = key.replace(pattern, replacement);
  return key
    .normalize('NFC')
    .replace(/^(?:uỷ|ủy) ban nhân dân\s+/u, 'ubnd ')
    .replace(/[\s.,;:!?…]+$/u, '')
    .trim();
}

/** The unit key without diacritics: two different keys with the same folded key are tone-mark twins. */
export function unitFoldedKey(name: string): string {
  return foldedKey(unitKey(name));
}

/** A text that is only dots, underscores or ellipses: an unfilled template blank. */
export function isBlankPlaceholder(text: string): boolean {
  return /^[\s.…_]*$/u.test(text);
}
