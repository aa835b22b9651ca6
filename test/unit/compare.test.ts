/**
 * Comparisons between periods (src/domain/narrative/compare.ts): each wording, rounding half up, a 0 base in words,
 * same period last year, and that every number printed is a figure naming its cells.
 */
import { draftReport, paragraphText, type Figure, type SectionId } from '../../src/domain/narrative';
import { comparisonSegments, rateComparisonSegments } from '../../src/domain/narrative/compare';
import type { Fig } from '../../src/domain/narrative/figures';
import { recogniseWorkbook, type RecognisedForm } from '../../src/domain/read';
import { readWorkbookGrid } from '../../src/xlsx/read-grid';
import { buildWorkbook, TAM_THANH_II06A, TAM_THANH_OTHER_FORMS } from '../fixtures/narrative/build-workbook';
import { II05A_Q2_ROWS, QUY_II_2026_FORMS } from '../fixtures/report/workbooks';

const fig = (value: number, cell: string): Fig => ({ value, source: { sheet: 'II.06a', cell } });
const text = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

test('each wording: percent, count, equal, zero base, rounding half up', () => {
  // 1.800 / 1.600: +12,5%.
  expect(text(comparisonSegments(fig(1800, 'D20'), fig(1600, 'D20'), 'hồ sơ', 'previous'))).toBe(
    'tăng 12,50% so với kỳ trước',
  );
  // A change under 10 is said as a count.
  expect(text(comparisonSegments(fig(45, 'D20'), fig(48, 'D20'), 'hồ sơ', 'previous'))).toBe(
    'giảm 03 hồ sơ so với kỳ trước',
  );
  // A base under 20 is said as a count, not «tăng 60%».
  expect(text(comparisonSegments(fig(16, 'D20'), fig(10, 'D20'), 'hồ sơ', 'lastYear'))).toBe(
    'tăng 06 hồ sơ so với cùng kỳ năm trước',
  );
  expect(text(comparisonSegments(fig(41, 'D20'), fig(41, 'D20'), 'hồ sơ', 'previous'))).toBe('bằng kỳ trước');
  expect(text(comparisonSegments(fig(12, 'D20'), fig(0, 'D20'), 'phản ánh, kiến nghị', 'previous'))).toBe(
    'kỳ trước không có phản ánh, kiến nghị',
  );
  // 1.000 → 1.001.… : 1/1.600 = 0,0625% → 0,06%; 201/1.600 = 12,5625% → 12,56% (half up, not truncated to 12,56…)
  expect(text(comparisonSegments(fig(1801, 'D20'), fig(1600, 'D20'), 'hồ sơ', 'previous'))).toBe(
    'tăng 12,56% so với kỳ trước',
  );
  // 2/3 = 66,666…% → 66,67% (a truncation would print 66,66%).
  expect(text(comparisonSegments(fig(50, 'D20'), fig(30, 'D20'), 'hồ sơ', 'previous'))).toBe(
    'tăng 66,67% so với kỳ trước',
  );
  expect(text(rateComparisonSegments(fig(99.26, 'X1'), fig(99.28, 'X1'), 'previous'))).toBe(
    'giảm so với kỳ trước (99,28%)',
  );
  expect(text(rateComparisonSegments(fig(99.5, 'X1'), fig(99.5, 'X1'), 'lastYear'))).toBe(
    'bằng cùng kỳ năm trước (99,50%)',
  );
  // No «∞%» anywhere.
  expect(text(comparisonSegments(fig(5, 'D20'), fig(0, 'D20'), 'hồ sơ', 'lastYear'))).not.toMatch(
    /∞|Infinity|NaN/,
  );
});

describe('in the draft', () => {
  let q1: RecognisedForm[];
  let q2: RecognisedForm[];
  let lastYearQ2: RecognisedForm[];
  beforeAll(async () => {
    q1 = recogniseWorkbook(
      await readWorkbookGrid(await buildWorkbook([TAM_THANH_II06A, ...TAM_THANH_OTHER_FORMS])),
    );
    q2 = recogniseWorkbook(await readWorkbookGrid(await buildWorkbook(QUY_II_2026_FORMS)));
    // Quý II/2025: fewer dossiers, the same PAKN count.
    lastYearQ2 = recogniseWorkbook(
      await readWorkbookGrid(
        await buildWorkbook([
          {
            ...TAM_THANH_II06A,
            override: [
              { row: 'TOTAL', col: 'received', value: 1500 },
              { row: 'TOTAL', col: 'resolved', value: 1700 },
            ],
          },
          { ...TAM_THANH_OTHER_FORMS[0]!, rows: II05A_Q2_ROWS },
        ]),
      ),
    );
  });
  const sectionOf = (forms: RecognisedForm[], id: SectionId, options: Parameters<typeof draftReport>[1]) =>
    draftReport(forms, options)
      .sections.find((s) => s.id === id)!
      .paragraphs.map(paragraphText);

  test('previous period and same period last year, next to the figure they qualify', () => {
    const ii5 = sectionOf(q2, 'II.5', { previous: q1, lastYear: lastYearQ2 });
    expect(ii5[0]).toContain(
      '1.802 hồ sơ (tăng 10,08% so với kỳ trước; tăng 20,13% so với cùng kỳ năm trước), trong đó:',
    );
    expect(ii5[1]).toContain(
      '1.715 hồ sơ (tăng 15,26% so với kỳ trước; tăng 0,88% so với cùng kỳ năm trước)',
    );
    expect(ii5.join('\n')).toContain('đạt 99,71% (1.710/1.715 hồ sơ), tăng so với kỳ trước (99,26%)');
    const ii4 = sectionOf(q2, 'II.4', { previous: q1, lastYear: lastYearQ2 });
    expect(ii4[0]).toContain(
      '02 phản ánh, kiến nghị (tăng 01 phản ánh, kiến nghị so với kỳ trước; bằng cùng kỳ năm trước)',
    );
    const ii7 = sectionOf(q2, 'II.7', { previous: q1 }).join('\n');
    expect(ii7).toContain('1.761 hồ sơ (tăng 12,31% so với kỳ trước)');
    expect(ii7).toContain('240 giao dịch (tăng 26,32% so với kỳ trước)');
  });

  test('each comparison figure names the cells of both periods; once per figure', () => {
    const report = draftReport(q2, { previous: q1 });
    const compared = report.sections
      .flatMap((s) => s.paragraphs)
      .filter((p) => paragraphText(p).includes('so với kỳ trước'));
    // Received, resolved, the timely rate, pending, PAKN, online dossiers, online payments: one sentence each.
    expect(compared.length).toBe(7);
    expect(compared.map(paragraphText).join('').split('so với kỳ trước').length - 1).toBe(7);
    for (const p of compared) {
      const figures = p.segments.filter((s): s is Figure => s.kind === 'figure');
      expect(figures.some((f) => JSON.stringify(f.source).includes('"workbook":"previous"'))).toBe(true);
    }
    // Without another period nothing is compared.
    expect(
      draftReport(q2)
        .sections.flatMap((s) => s.paragraphs)
        .map(paragraphText)
        .join('\n'),
    ).not.toMatch(/so với (?:kỳ trước|cùng kỳ)/);
  });
});
