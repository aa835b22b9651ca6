/** Roman numerals for quarter numbers and outline headings («Quý IV», «II. Tình hình, kết quả»). */

const NUMERALS: ReadonlyArray<[number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 1 → «I», 4 → «IV». Throws RangeError outside 1..3999. */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`No Roman numeral for ${n}`);
  let rest = n;
  let out = '';
  for (const [value, symbol] of NUMERALS) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/** «IV» / «iv» → 4; null for anything that is not a canonical Roman numeral («IIII», «IC», «»). */
export function fromRoman(text: string): number | null {
  const s = text.trim().toUpperCase();
  if (!/^[MDCLXVI]+$/.test(s)) return null;
  const value: Record<string, number> = { M: 1000, D: 500, C: 100, L: 50, X: 10, V: 5, I: 1 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = value[s[i]!]!;
    const next = i + 1 < s.length ? value[s[i + 1]!]! : 0;
    total += cur < next ? -cur : cur;
  }
  // Canonical form only: re-encoding must give the same text.
  return total >= 1 && total <= 3999 && toRoman(total) === s ? total : null;
}
