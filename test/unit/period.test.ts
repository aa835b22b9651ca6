import fc from 'fast-check';
import {
  PERIOD_KINDS,
  addDays,
  compareIsoDates,
  daysBetween,
  defaultPeriodFor,
  epochDay,
  formatDdMmYyyy,
  formatPeriodLabel,
  fromEpochDay,
  fromRoman,
  isRealDate,
  mustProposePeriod,
  nextPeriod,
  parseDate,
  parseDateDetailed,
  periodsPerYear,
  previousPeriod,
  proposePeriod,
  toIsoDate,
  toRoman,
  validatePeriod,
  type PeriodKind,
  type ReportPeriod,
} from '../../src/domain/period';

const kindArb = fc.constantFrom<PeriodKind>(...PERIOD_KINDS);
const periodArb = fc
  .tuple(kindArb, fc.integer({ min: 2001, max: 2099 }), fc.nat())
  .map(([kind, year, n]) => mustProposePeriod(kind, year, (n % periodsPerYear(kind)) + 1));
const isoArb = fc
  .record({ year: fc.integer({ min: 1900, max: 2200 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter((d) => isRealDate(d.year, d.month, d.day))
  .map(toIsoDate);

function ok(r: ReturnType<typeof proposePeriod>): ReportPeriod {
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('proposePeriod: Nghị định 09/2019 cut-off dates', () => {
  it('Quý I/2026 runs 15/12/2025 → 14/3/2026, due 25/3/2026 (FORMS.md golden)', () => {
    expect(ok(proposePeriod('quarter', 2026, 1))).toEqual({
      kind: 'quarter',
      year: 2026,
      index: 1,
      from: '2025-12-15',
      to: '2026-03-14',
      label: 'Quý I năm 2026',
      deadline: '2026-03-25',
    });
  });

  it.each<[PeriodKind, number, string, string, string]>([
    ['month', 1, '2025-12-15', '2026-01-14', 'tháng 1 năm 2026'],
    ['month', 3, '2026-02-15', '2026-03-14', 'tháng 3 năm 2026'],
    ['quarter', 2, '2026-03-15', '2026-06-14', 'Quý II năm 2026'],
    ['quarter', 4, '2026-09-15', '2026-12-14', 'Quý IV năm 2026'],
    ['half', 1, '2025-12-15', '2026-06-14', '6 tháng đầu năm 2026'],
    ['half', 2, '2026-06-15', '2026-12-14', '6 tháng cuối năm 2026'],
    ['nine-months', 1, '2025-12-15', '2026-09-14', '9 tháng năm 2026'],
    ['year', 1, '2025-12-15', '2026-12-14', 'năm 2026'],
  ])('%s %d of 2026: %s → %s «%s»', (kind, index, from, to, label) => {
    const p = ok(proposePeriod(kind, 2026, index));
    expect([p.from, p.to, p.label]).toEqual([from, to, label]);
    expect(p.deadline).toBe(`${to.slice(0, 8)}25`);
  });

  it('defaults index to 1 for nine-months and year', () => {
    expect(ok(proposePeriod('year', 2025)).from).toBe('2024-12-15');
  });

  it.each<[PeriodKind, number, number, RegExp]>([
    ['quarter', 2026, 5, /Quý phải từ I đến IV/],
    ['quarter', 2026, 0, /Quý/],
    ['month', 2026, 13, /Tháng phải từ 1 đến 12/],
    ['half', 2026, 3, /6 tháng/],
    ['year', 2026, 2, /Kỳ năm/],
    ['quarter', 1999, 1, /Năm báo cáo «1999»/],
    ['quarter', 2101, 1, /Năm báo cáo/],
    ['quarter', 2026.5, 1, /Năm báo cáo/],
    ['week' as PeriodKind, 2026, 1, /Loại kỳ báo cáo «week»/],
  ])('refuses %s %d index %d', (kind, year, index, message) => {
    const r = proposePeriod(kind, year, index);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('English labels', () => {
    expect(formatPeriodLabel('quarter', 2026, 1, 'en')).toBe('Q1 2026');
    expect(formatPeriodLabel('month', 2026, 3, 'en')).toBe('March 2026');
    expect(formatPeriodLabel('half', 2026, 2, 'en')).toBe('second half of 2026');
  });

  it('property: from ≤ to < deadline, and the deadline is in the last month', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        expect(compareIsoDates(p.from, p.to)).toBe(-1);
        expect(p.to < p.deadline).toBe(true);
        expect(p.deadline.slice(0, 7)).toBe(p.to.slice(0, 7));
        // at least one working day between cut-off and deadline: 11 days always contain one
        expect(daysBetween(p.to, p.deadline)).toBe(11);
      }),
    );
  });

  it('property: each month, quarter and half starts the day after the previous one ends (no gaps, no overlaps)', () => {
    fc.assert(
      fc.property(periodArb.filter((p) => p.kind === 'month' || p.kind === 'quarter' || p.kind === 'half'), (p) => {
        const prev = previousPeriod(p);
        if (!prev.ok) return; // year 2000 has no predecessor inside the supported range
        expect(addDays(prev.value.to, 1)).toBe(p.from);
        const next = nextPeriod(prev.value);
        expect(next.ok && next.value).toEqual(p);
      }),
    );
  });

  it('the four quarters of a year tile the year period exactly', () => {
    const quarters = [1, 2, 3, 4].map((q) => mustProposePeriod('quarter', 2026, q));
    const year = mustProposePeriod('year', 2026);
    expect(quarters[0]!.from).toBe(year.from);
    expect(quarters[3]!.to).toBe(year.to);
    const days = quarters.reduce((sum, q) => sum + daysBetween(q.from, q.to) + 1, 0);
    expect(days).toBe(daysBetween(year.from, year.to) + 1);
    expect(previousPeriod(quarters[0]!).ok && ok(previousPeriod(quarters[0]!)).label).toBe('Quý IV năm 2025');
  });

  it('mustProposePeriod throws on invalid arguments', () => {
    expect(() => mustProposePeriod('quarter', 2026, 9)).toThrow(RangeError);
  });
});

describe('calendar helpers', () => {
  it.each([
    ['14/03/2026', '2026-03-14'],
    ['14/3/2026', '2026-03-14'],
    ['4/3/2026', '2026-03-04'],
    ['2026-03-14', '2026-03-14'],
    ['14-03-2026', '2026-03-14'],
    ['14.3.2026', '2026-03-14'],
    [' 15/03/ 2026 ', '2026-03-15'],
    ['ngày 18 tháng 3 năm 2026', '2026-03-18'],
    ['29/02/2024', '2024-02-29'],
  ])('parseDate(%j) = %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each([
    ['31/02/2026', 'calendar'],
    ['29/02/2025', 'calendar'],
    ['31/04/2026', 'calendar'],
    ['00/01/2026', 'calendar'],
    ['15/13/2026', 'calendar'],
    ['2026-02-30', 'calendar'],
    ['14/3/26', 'format'],
    ['14/3-2026', 'format'],
    ['abc', 'format'],
    ['', 'format'],
    ['…/…/20…', 'format'],
  ])('parseDate(%j) refuses (%s)', (text, reason) => {
    expect(parseDateDetailed(text)).toEqual({ ok: false, reason });
    expect(parseDate(text)).toBeNull();
  });

  it('formats dd/mm/yyyy and refuses non-ISO input', () => {
    expect(formatDdMmYyyy('2026-03-04')).toBe('04/03/2026');
    expect(() => formatDdMmYyyy('2026-02-30')).toThrow(RangeError);
    expect(() => formatDdMmYyyy('14/03/2026')).toThrow(RangeError);
  });

  it('property: dd/mm/yyyy round trip and day arithmetic agree with Date.UTC', () => {
    fc.assert(
      fc.property(isoArb, fc.integer({ min: -2000, max: 2000 }), (iso, n) => {
        expect(parseDate(formatDdMmYyyy(iso))).toBe(iso);
        const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
        const utc = new Date(0);
        utc.setUTCFullYear(y, m - 1, d); // oracle only; the code under test never uses Date
        expect(epochDay({ year: y, month: m, day: d })).toBe(Math.round(utc.getTime() / 86_400_000));
        expect(addDays(addDays(iso, n), -n)).toBe(iso);
        expect(daysBetween(iso, addDays(iso, n))).toBe(n);
        expect(toIsoDate(fromEpochDay(epochDay({ year: y, month: m, day: d })))).toBe(iso);
      }),
    );
  });

  it('roman numerals', () => {
    expect([1, 2, 3, 4, 9, 14, 2026].map(toRoman)).toEqual(['I', 'II', 'III', 'IV', 'IX', 'XIV', 'MMXXVI']);
    expect(fromRoman('iv')).toBe(4);
    expect(fromRoman('IIII')).toBeNull();
    expect(fromRoman('IC')).toBeNull();
    expect(fromRoman('')).toBeNull();
    expect(() => toRoman(0)).toThrow(RangeError);
    fc.assert(fc.property(fc.integer({ min: 1, max: 3999 }), (n) => fromRoman(toRoman(n)) === n));
  });
});

describe('validatePeriod', () => {
  it('accepts the proposed period with no errors and no infos', () => {
    const v = validatePeriod({ from: '15/12/2025', to: '14/03/2026', reportDate: '20/03/2026', kind: 'quarter', year: 2026, index: 1 });
    expect(v).toMatchObject({ ok: true, errors: [], infos: [], from: '2025-12-15', to: '2026-03-14', reportDate: '2026-03-20' });
    expect(v.proposed?.label).toBe('Quý I năm 2026');
  });

  it('a deviation from the cut-off dates is an info, never an error (real reports use 15/3)', () => {
    const v = validatePeriod({ from: '15/12/2025', to: '15/03/2026', reportDate: '18/03/2026', kind: 'quarter', year: 2026, index: 1 });
    expect(v.ok).toBe(true);
    expect(v.errors).toEqual([]);
    expect(v.infos).toHaveLength(1);
    expect(v.infos[0]).toContain('15/03/2026 khác ngày đề xuất 14/03/2026 cho Quý I năm 2026');
  });

  it('the Tam Thanh sample: «từ ngày 15/12/2026 đến 15/03/2026», signed 18/3/2025 → two errors', () => {
    const v = validatePeriod({ from: '15/12/2026', to: '15/03/2026', reportDate: '18/03/2025', kind: 'quarter', year: 2026, index: 1 });
    expect(v.ok).toBe(false);
    expect(v.errors).toEqual([
      expect.stringContaining('Ngày bắt đầu (15/12/2026) sau ngày kết thúc (15/03/2026)'),
      expect.stringContaining('Ngày kết thúc kỳ báo cáo (15/03/2026) sau ngày báo cáo (18/03/2025)'),
    ]);
  });

  it('an invalid calendar date is an error naming the field', () => {
    const v = validatePeriod({ from: '31/02/2026', to: '14/03/2026' });
    expect(v.ok).toBe(false);
    expect(v.errors).toEqual([expect.stringMatching(/^Ngày bắt đầu kỳ báo cáo «31\/02\/2026» không tồn tại/)]);
    expect(v.from).toBeUndefined();
  });

  it('unreadable text, years out of range and a bad declared kỳ are errors', () => {
    expect(validatePeriod({ from: 'Quý...', to: '14/03/2026' }).errors[0]).toMatch(/không đọc được/);
    expect(validatePeriod({ from: '15/12/1999', to: '14/03/2026' }).errors[0]).toMatch(/ngoài khoảng 2000–2100/);
    expect(validatePeriod({ from: '15/12/2025', to: '14/03/2206' }).ok).toBe(false);
    expect(validatePeriod({ from: '15/12/2025', to: '14/03/2026', kind: 'quarter', year: 2026, index: 7 }).ok).toBe(false);
  });

  it('to = report date is allowed; a report after the deadline is only an info', () => {
    expect(validatePeriod({ from: '2025-12-15', to: '2026-03-14', reportDate: '2026-03-14' }).ok).toBe(true);
    const late = validatePeriod({ from: '15/12/2025', to: '14/03/2026', reportDate: '26/04/2026', kind: 'quarter', year: 2026 });
    expect(late.ok).toBe(true);
    expect(late.infos).toEqual([expect.stringContaining('sau hạn gửi đề xuất 25/03/2026')]);
  });

  it('property: every proposed period validates cleanly; swapping its dates is an error', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        const clean = validatePeriod({ from: p.from, to: p.to, reportDate: p.deadline, kind: p.kind, year: p.year, index: p.index });
        expect(clean).toMatchObject({ ok: true, errors: [], infos: [] });
        expect(validatePeriod({ from: p.to, to: p.from }).ok).toBe(false);
      }),
    );
  });
});

describe('defaultPeriodFor', () => {
  it.each([
    ['2026-03-20', 'Quý I năm 2026'],
    ['2026-03-10', 'Quý I năm 2026'],
    ['2026-04-30', 'Quý I năm 2026'],
    ['2026-05-01', 'Quý II năm 2026'],
    ['2026-06-20', 'Quý II năm 2026'],
    ['2026-01-10', 'Quý IV năm 2025'],
    ['2026-12-20', 'Quý IV năm 2026'],
  ])('on %s → %s', (today, label) => {
    expect(defaultPeriodFor(today).label).toBe(label);
  });

  it('other kinds', () => {
    expect(defaultPeriodFor('2026-03-20', 'month').label).toBe('tháng 3 năm 2026');
    expect(defaultPeriodFor('2026-03-05', 'month').label).toBe('tháng 3 năm 2026');
    expect(defaultPeriodFor('2026-01-10', 'year').label).toBe('năm 2025');
    expect(defaultPeriodFor('2026-07-01', 'half').label).toBe('6 tháng đầu năm 2026');
  });

  it('refuses an invalid date', () => {
    expect(() => defaultPeriodFor('2026-02-30')).toThrow(RangeError);
    expect(() => defaultPeriodFor('20/03/2026')).toThrow(RangeError);
  });

  it('property: the default is never a period that starts after today, nor ends more than ~2 months before', () => {
    const todayArb = fc
      .record({ year: fc.integer({ min: 2001, max: 2098 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
      .map(toIsoDate);
    fc.assert(
      fc.property(todayArb, kindArb, (today, kind) => {
        const p = defaultPeriodFor(today, kind);
        expect(p.kind).toBe(kind);
        if (kind !== 'nine-months') expect(p.from <= today).toBe(true);
        expect(daysBetween(p.to, today)).toBeLessThanOrEqual(62);
      }),
    );
  });
});
