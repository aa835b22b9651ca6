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

/** The key of a unit name: «UBND phường Ba Đình», «Ủy ban nhân dân Phường Ba Đình.» agree. */
export function unitKey(name: string): string {
  return foldedKey(name)
    .replace(/^(?:uy|uỷ|ủy) ban nhan dan\s+/u, 'ubnd ')
    .replace(/[\s.,;:!?…]+$/u, '')
    .trim();
}

/** A text that is only dots, underscores or ellipses: an unfilled template blank. */
export function isBlankPlaceholder(text: string): boolean {
  return /^[\s.…_]*$/u.test(text);
}
