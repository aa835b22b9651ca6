import fc from 'fast-check';
import {
  formatCount,
  formatCountPadded,
  formatDate,
  formatDateLong,
  formatDateVi,
  formatDecimal,
  formatFraction,
  formatPercent,
  formatRate,
  numberToVietnameseWords,
  percentOf,
  roundHalfUp,
  truncate,
} from '../../src/domain/format';

describe('counts', () => {
  it('groups thousands with «.» in Vietnamese and «,» in English', () => {
    expect(formatCount(1652)).toBe('1.652');
    expect(formatCount(18025000)).toBe('18.025.000');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(-1652)).toBe('-1.652');
    expect(formatCount(1652, { locale: 'en' })).toBe('1,652');
  });

  it('shows a count that became a decimal instead of rounding it away', () => {
    expect(formatCount(1.652)).toBe('1,652');
    expect(formatCount(1652.5)).toBe('1.652,5');
  });

  it('pads 1–9 with a zero as administrative prose does, nothing else', () => {
    expect([0, 1, 4, 9, 10, 1652].map((n) => formatCountPadded(n))).toEqual(['0', '01', '04', '09', '10', '1.652']);
  });

  it('refuses NaN and Infinity rather than printing them', () => {
    expect(() => formatCount(NaN)).toThrow(RangeError);
    expect(() => formatPercent(Infinity)).toThrow(RangeError);
  });

  it('fractions', () => {
    expect(formatFraction(1642, 1652)).toBe('1.642/1.652');
    expect(formatFraction(8141, 8141, { locale: 'en' })).toBe('8,141/8,141');
  });
});

describe('rates and percentages (golden examples from FORMS.md and the sample reports)', () => {
  it('979/998 → 98,10% (the report printed the truncated 98,09%)', () => {
    expect(formatRate(979, 998)).toBe('98,10%');
    expect(formatPercent(979 / 998)).toBe('98,10%');
    expect(percentOf(979, 998)).toBe(98.1);
    expect(truncate((979 / 998) * 100, 2)).toBe(98.09);
    expect(formatDecimal(truncate((979 / 998) * 100, 2), 2)).toBe('98,09');
  });

  it('1.642/1.652 → 99,39%', () => {
    expect(formatRate(1642, 1652)).toBe('99,39%');
    expect(formatPercent(0.9939, 2, { locale: 'en' })).toBe('99.39%');
  });

  it('the Tam Thanh satisfaction rates: 233/235 → 99,1%, 02/235 → 0,9%; the Bỉm Sơn 5/8 → 62,5%', () => {
    expect(formatRate(233, 235, 1)).toBe('99,1%');
    expect(formatRate(2, 235, 1)).toBe('0,9%');
    expect(formatRate(5, 8, 2, { trimTrailingZeros: true })).toBe('62,5%');
    expect(formatRate(8141, 8141, 2, { trimTrailingZeros: true })).toBe('100%');
    expect(formatRate(8141, 8141)).toBe('100,00%');
  });

  it('exact ties round up (away from zero)', () => {
    expect(percentOf(1, 8, 0)).toBe(13); // 12,5
    expect(percentOf(1, 16, 1)).toBe(6.3); // 6,25
    expect(percentOf(1, 1600, 3)).toBe(0.063); // 0,0625
    expect(percentOf(-1, 8, 0)).toBe(-13);
    expect(formatRate(1, 8, 0)).toBe('13%');
  });

  it('a zero denominator has no rate', () => {
    expect(percentOf(5, 0)).toBeNull();
    expect(formatRate(0, 0)).toBeNull();
  });

  it('input as a percent', () => {
    expect(formatPercent(12.5, 1, { input: 'percent' })).toBe('12,5%');
    expect(formatPercent(99.386, 2, { input: 'percent' })).toBe('99,39%');
  });

  it('scales a ratio by 100 on its decimal digits (float × 100 would give 0,11%)', () => {
    expect(0.00115 * 100).toBe(0.11499999999999999); // the float trap this avoids
    expect(roundHalfUp(0.00115 * 100, 2)).toBe(0.11);
    expect(formatPercent(0.00115)).toBe('0,12%');
    expect(formatPercent(0.12345)).toBe('12,35%');
  });
});

describe('roundHalfUp and truncate', () => {
  it.each([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [1.045, 2, 1.05],
    [0.5, 0, 1],
    [1.5, 0, 2],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [-1.005, 2, -1.01],
    [98.09619238476954, 2, 98.1],
    [98.094, 2, 98.09],
    [1e-7, 2, 0],
    [123456789.125, 2, 123456789.13],
    [9.995, 2, 10],
    [-0.001, 2, 0],
  ])('roundHalfUp(%d, %d) = %d', (x, d, expected) => {
    expect(roundHalfUp(x, d)).toBe(expected);
  });

  it('truncates toward zero', () => {
    expect(truncate(98.0999, 2)).toBe(98.09);
    expect(truncate(-1.239, 2)).toBe(-1.23);
    expect(truncate(5, 2)).toBe(5);
    expect(truncate(1e-7, 3)).toBe(0);
  });

  it('refuses bad decimals', () => {
    expect(() => roundHalfUp(1, -1)).toThrow(RangeError);
    expect(() => roundHalfUp(1, 1.5)).toThrow(RangeError);
  });

  it('property: rounding a decimal written with a trailing 5 goes away from zero (checked with BigInt)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 3 }), (k, d) => {
        // x = (10k + 5) / 10^(d+1): exactly halfway between two d-decimal values
        const numerator = 10n * k + (k < 0n ? -5n : 5n);
        const text = decimalText(numerator, d + 1);
        const expected = decimalText((numerator + (k < 0n ? -5n : 5n)) / 10n, d);
        expect(roundHalfUp(Number(text), d)).toBe(Number(expected));
      }),
    );
  });

  it('property: percentOf is the exactly rounded percent (independent BigInt oracle)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 4 }), (a, b, d) => {
        const p = percentOf(a, b, d)!;
        const q = BigInt(Math.round(p * 10 ** d)); // p in units of 10^-d
        const exact = BigInt(a) * 100n * 10n ** BigInt(d); // exact value × b
        const diff = exact - q * BigInt(b); // (exact − q)·b
        // |exact − q| ≤ 1/2, and a tie rounds up (diff = b/2 is not allowed; −b/2 is)
        expect(2n * diff).toBeLessThan(BigInt(b));
        expect(2n * diff).toBeGreaterThanOrEqual(-BigInt(b));
        // and the float path agrees
        expect(roundHalfUp((a / b) * 100, d)).toBeCloseTo(p, d);
      }),
    );
  });

  it('property: with small denominators (many exact ties) percentOf agrees with the decimal rounding of a/b', () => {
    fc.assert(
      fc.property(fc.nat({ max: 200 }), fc.integer({ min: 1, max: 64 }), fc.integer({ min: 0, max: 2 }), (a, b, d) => {
        const p = percentOf(a, b, d)!;
        const exact = BigInt(a) * 100n * 10n ** BigInt(d);
        const diff = exact - BigInt(Math.round(p * 10 ** d)) * BigInt(b);
        expect(2n * diff).toBeLessThan(BigInt(b));
        expect(2n * diff).toBeGreaterThanOrEqual(-BigInt(b));
      }),
      { numRuns: 500 },
    );
  });

  it('property: truncate never moves away from zero and drops less than one unit', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 4 }), (x, d) => {
        const t = truncate(x, d);
        expect(Math.abs(t)).toBeLessThanOrEqual(Math.abs(x));
        expect(Math.abs(x - t)).toBeLessThan(10 ** -d + 1e-9);
      }),
    );
  });
});

function decimalText(scaled: bigint, decimals: number): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  const int = digits.slice(0, digits.length - decimals);
  const frac = decimals ? '.' + digits.slice(-decimals) : '';
  return `${negative ? '-' : ''}${int}${frac}`;
}

describe('decimals', () => {
  it('formats with grouping and fixed decimals', () => {
    expect(formatDecimal(1652.5, 2)).toBe('1.652,50');
    expect(formatDecimal(1652.5, 2, { locale: 'en' })).toBe('1,652.50');
    expect(formatDecimal(1652.5, 2, { trimTrailingZeros: true })).toBe('1.652,5');
    expect(formatDecimal(0.005, 2)).toBe('0,01');
    expect(formatDecimal(-0.001, 2)).toBe('0,00');
    expect(formatDecimal(1652, 0)).toBe('1.652');
  });
});

describe('dates', () => {
  it('dd/mm/yyyy by default, d/m/yyyy on request, English long form', () => {
    expect(formatDateVi('2026-03-14')).toBe('14/03/2026');
    expect(formatDateVi('2026-03-14', false)).toBe('14/3/2026');
    expect(formatDate('2026-03-04', { padded: false })).toBe('4/3/2026');
    expect(formatDate('2026-03-14', { locale: 'en' })).toBe('14 March 2026');
  });

  it('«ngày … tháng … năm …» with the leading zeros of Nghị định 30/2020 (days < 10, months 1–2)', () => {
    expect(formatDateLong('2026-03-18')).toBe('ngày 18 tháng 3 năm 2026');
    expect(formatDateLong('2026-02-05')).toBe('ngày 05 tháng 02 năm 2026');
    expect(formatDateLong('2026-12-01')).toBe('ngày 01 tháng 12 năm 2026');
    expect(formatDateLong('2026-12-01', 'en')).toBe('1 December 2026');
  });

  it('refuses a date that does not exist', () => {
    expect(() => formatDateVi('2026-02-31')).toThrow(RangeError);
  });
});

describe('numberToVietnameseWords', () => {
  it.each([
    [0, 'không'],
    [1, 'một'],
    [10, 'mười'],
    [15, 'mười lăm'],
    [21, 'hai mươi mốt'],
    [25, 'hai mươi lăm'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [1005, 'một nghìn không trăm linh năm'],
    [1652, 'một nghìn sáu trăm năm mươi hai'],
    [2000500, 'hai triệu năm trăm'],
    [1000000000, 'một tỷ'],
    [-3, 'âm ba'],
  ])('%d → «%s»', (n, words) => {
    expect(numberToVietnameseWords(n)).toBe(words);
  });

  it('refuses fractions and huge numbers', () => {
    expect(() => numberToVietnameseWords(1.5)).toThrow(RangeError);
    expect(() => numberToVietnameseWords(1e12)).toThrow(RangeError);
  });
});
