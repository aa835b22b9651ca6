/**
 * Position-preserving folding: lower case without diacritics, «đ» → «d», one character for one character, so a match
 * found in the folded text is at the same place in the original (for inserting marks after it). A character whose
 * folding would change the length (rare ligatures) is kept as it is.
 */
export function foldKeepingPositions(text: string): string {
  let out = '';
  for (const ch of text) {
    const folded = ch
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase();
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
}
