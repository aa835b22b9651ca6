import fc from 'fast-check';
import { PERIOD_KINDS, hasPeriodPlaceholder, mustProposePeriod, parsePeriodLabel, periodsPerYear } from '../../src/domain/period';

describe('parsePeriodLabel', () => {
  it.each([
    ['Quý I/2026', 'quarter', 1, 2026],
    ['quý 1 năm 2026', 'quarter', 1, 2026],
    ['Quý I/ 2026', 'quarter', 1, 2026],
    ['QUÝ IV/2025', 'quarter', 4, 2025],
    ['trong Quý I, năm 2026 (từ ngày 15/12/2025 đến 14/03/2026)', 'quarter', 1, 2026],
    ['Quy III nam 2026', 'quarter', 3, 2026],
    ['Q2/2026', 'quarter', 2, 2026],
    ['6 tháng đầu năm 2025', 'half', 1, 2025],
    ['6 tháng cuối năm 2025', 'half', 2, 2025],
    ['Sáu tháng đầu năm 2025', 'half', 1, 2025],
    ['9 tháng', 'nine-months', 1, null],
    ['9 tháng đầu năm 2026', 'nine-months', 1, 2026],
    ['năm 2025', 'year', 1, 2025],
    ['tháng 3/2026', 'month', 3, 2026],
    ['Tháng 03 năm 2026', 'month', 3, 2026],
    ['sau tháng 3/2026', 'month', 3, 2026],
  ])('%j → %s %d/%s', (text, kind, index, year) => {
    expect(parsePeriodLabel(text)).toEqual({ placeholder: false, kind, index, year });
    expect(hasPeriodPlaceholder(text)).toBe(false);
  });

  it.each([
    ['Quý...', 'quarter'],
    ['Quý …/20…', 'quarter'],
    ['Quý I/20…', 'quarter'],
    ['Quý I năm 20__', 'quarter'],
    ['tháng .../2026', 'month'],
    ['năm 20...', 'year'],
    ['…/20…', null],
    ['Ngày …/…/20…', null],
  ])('%j is a placeholder (kind %s)', (text, kind) => {
    const parsed = parsePeriodLabel(text);
    expect(parsed?.placeholder).toBe(true);
    expect(parsed?.kind).toBe(kind);
    expect(hasPeriodPlaceholder(text)).toBe(true);
  });

  it.each(['quy định hành chính', 'kỳ báo cáo', 'Quý V/2026', 'tháng 13/2026', '9 THÁNG CUỐI NĂM 2026', 'trong Quý I... ', ''])(
    '%j is not a complete period or a placeholder',
    (text) => {
      const parsed = parsePeriodLabel(text);
      expect(parsed === null || parsed.placeholder === false).toBe(true);
      if (text !== 'trong Quý I... ') expect(parsed).toBeNull();
    },
  );

  it('property: every proposed label reads back as its own kind, year and index', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERIOD_KINDS), fc.integer({ min: 2000, max: 2100 }), fc.nat(), (kind, year, n) => {
        const p = mustProposePeriod(kind, year, (n % periodsPerYear(kind)) + 1);
        expect(parsePeriodLabel(p.label)).toEqual({ placeholder: false, kind, year, index: p.index });
        expect(parsePeriodLabel(p.label.toUpperCase())).toEqual({ placeholder: false, kind, year, index: p.index });
      }),
    );
  });
});
