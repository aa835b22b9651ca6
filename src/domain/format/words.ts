/** Whole numbers in Vietnamese words, for prose such as «không có hồ sơ quá hạn» or amounts in words. */

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const GROUPS = ['', 'nghìn', 'triệu', 'tỷ'];

/** Reads 0–999; `full` reads the hundreds even when 0 («không trăm linh năm»), as inside a larger number. */
function readTriple(n: number, full: boolean): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor(n / 10) % 10;
  const units = n % 10;
  const words: string[] = [];
  if (full || hundreds > 0) words.push(DIGITS[hundreds]!, 'trăm');
  if (tens === 0) {
    if (units > 0) words.push(...(words.length > 0 ? ['linh', DIGITS[units]!] : [DIGITS[units]!]));
  } else if (tens === 1) {
    words.push('mười');
    if (units > 0) words.push(units === 5 ? 'lăm' : DIGITS[units]!);
  } else {
    words.push(DIGITS[tens]!, 'mươi');
    if (units > 0) words.push(units === 1 ? 'mốt' : units === 5 ? 'lăm' : DIGITS[units]!);
  }
  return words;
}

/**
 * numberToVietnameseWords(0) = «không», 21 = «hai mươi mốt», 105 = «một trăm linh năm»,
 * 1005 = «một nghìn không trăm linh năm», 1652 = «một nghìn sáu trăm năm mươi hai».
 * Whole numbers with |n| < 10^12; throws RangeError otherwise.
 */
export function numberToVietnameseWords(n: number): string {
  if (!Number.isInteger(n) || Math.abs(n) >= 1e12) {
    throw new RangeError(`Only whole numbers below 10^12 are read in words, got ${n}`);
  }
  if (n === 0) return 'không';
  if (n < 0) return `âm ${numberToVietnameseWords(-n)}`;
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i]!;
    if (group === 0) continue;
    words.push(...readTriple(group, i < groups.length - 1));
    if (GROUPS[i]) words.push(GROUPS[i]!);
  }
  return words.join(' ');
}
