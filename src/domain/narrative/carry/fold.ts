/**
 * Position-preserving folding: lower case without diacritics, «đ» → «d», one character for one character, so a match
 * found in the folded text is at the same place in the original (for inserting marks after it).
 */
export function foldKeepingPositions(text: string): string {
  let out = '';
  for (const ch of text) {
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const one = base.length === ch.length ? base : ch;
    out +=
      one.replace(/[đĐ]/g, 'd').toLowerCase().length === ch.length
        ? one.replace(/[đĐ]/g, 'd').toLowerCase()
        : ch;
  }
  return out;
}
