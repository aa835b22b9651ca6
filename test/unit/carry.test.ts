/**
 * Carrying last quarter's report forward: a report written by hand (test/fixtures/report), zipped as Word writes it,
 * read back by src/docx/read-docx, split by the outline, merged with this quarter's draft. Proves the split (also
 * for other numbering styles), that every paragraph of the unit's own words is kept, every figure sentence replaced,
 * and every item of last quarter (its name, its dates, its figures) marked «[cần cập nhật: …]» with the reason.
 */
import { draftReport, paragraphText, type DraftReport } from '../../src/domain/narrative';
import {
  carryForward,
  isFigureSentence,
  markStale,
  splitByOutline,
  type SourceParagraph,
} from '../../src/domain/narrative/carry';
import { recogniseWorkbook, type RecognisedForm } from '../../src/domain/read';
import { mustProposePeriod } from '../../src/domain/period';
import { readDocxParagraphs } from '../../src/docx/read-docx';
import { readWorkbookGrid } from '../../src/xlsx/read-grid';
import { PREVIOUS_REPORT, toDocx } from '../fixtures/report/previous-report';
import { QUY_II_2026_FORMS, QUY_I_2026_FORMS } from '../fixtures/report/workbooks';
import { buildWorkbook } from '../fixtures/narrative/build-workbook';

jest.setTimeout(60_000);

const MARK = /\s\[cần cập nhật: [^\]]*\]/g;
const unmark = (text: string) => text.replace(MARK, '');

let thisQuarter: RecognisedForm[];
let lastQuarter: RecognisedForm[];
let draft: DraftReport;
let read: SourceParagraph[];

beforeAll(async () => {
  thisQuarter = recogniseWorkbook(await readWorkbookGrid(await buildWorkbook(QUY_II_2026_FORMS)));
  lastQuarter = recogniseWorkbook(await readWorkbookGrid(await buildWorkbook(QUY_I_2026_FORMS)));
  draft = draftReport(thisQuarter, { previous: lastQuarter });
  read = readDocxParagraphs(toDocx(PREVIOUS_REPORT));
});

const allText = (report: DraftReport) =>
  [...(report.preamble ?? []), ...report.sections.flatMap((s) => s.paragraphs)].map(paragraphText);

test('the .docx reader gives back every paragraph, header table first, runs joined, bold seen', () => {
  expect(read.map((p) => p.text)).toEqual(PREVIOUS_REPORT.map((p) => p.text.trim()));
  expect(read.find((p) => p.text.startsWith('I. CÔNG TÁC'))!.bold).toBe(true);
  expect(read.find((p) => p.text.startsWith('UBND phường chỉ đạo'))!.bold).toBe(false);
});

test('split: every outline heading found under its section, subheadings and the extra «II.» stay in place', () => {
  const split = splitByOutline(read);
  const expected = PREVIOUS_REPORT.filter((p) => p.kind === 'heading').map((p) => p.id);
  expect(split.headings.map((h) => h.id)).toEqual(expected);
  expect(split.header.map((p) => p.text)).toEqual(
    PREVIOUS_REPORT.filter((p) => p.kind === 'header').map((p) => p.text),
  );
  expect(split.closing.map((p) => p.text)).toEqual(
    PREVIOUS_REPORT.filter((p) => p.kind === 'closing').map((p) => p.text),
  );
  const ii11 = split.sections.get('II.11')!;
  expect(ii11.filter((b) => b.subheading).map((b) => b.paragraph.text)).toEqual([
    'II. TÌNH HÌNH, KẾT QUẢ TRIỂN KHAI NGHỊ QUYẾT SỐ 131/NQ-CP CỦA CHÍNH PHỦ',
    '1. Về việc cải cách TTHC, cắt giảm quy định liên quan đến hoạt động kinh doanh',
  ]);
  expect(split.sections.get('II.3')![0]).toEqual({
    paragraph: expect.objectContaining({ text: '3.1. Rà soát, đơn giản hoá TTHC' }),
    subheading: true,
  });
});

test('split: other numbering and wording — «a)», «2.1», bold lines without numbers, Word auto-numbering', () => {
  const p = (text: string, extra: Partial<SourceParagraph> = {}): SourceParagraph => ({ text, ...extra });
  const report = [
    p('BÁO CÁO', { bold: true }),
    p('Tình hình thực hiện công tác kiểm soát TTHC 6 tháng đầu năm 2026'),
    p('Thực hiện Công văn số 496/SNV-CCHC ngày 21/4/2026 của Sở Nội vụ, UBND xã báo cáo như sau:'),
    p('PHẦN I. CHỈ ĐẠO, ĐIỀU HÀNH'),
    p('a) Ban hành văn bản'),
    p('Xã đã ban hành 03 văn bản.'),
    p('Kinh phí thực hiện', { bold: true }),
    p('Không phát sinh.'),
    p('II - KẾT QUẢ THỰC HIỆN'),
    p('2.1 Công bố, công khai thủ tục hành chính'),
    p('Niêm yết đầy đủ.'),
    p('Giải quyết thủ tục hành chính', { bold: true, autoNumbered: true }),
    p('Đúng hạn.'),
    p('Triển khai cơ chế một cửa, một cửa liên thông', { headingLevel: 2 }),
    p('Bộ phận một cửa hoạt động ổn định.'),
    p('ĐÁNH GIÁ CHUNG', { bold: true }),
    p('Ưu điểm', { bold: true }),
    p('Chủ động.'),
    p('Tồn tại, hạn chế', { bold: true }),
    p('Thiếu người.'),
    p('III. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI'),
    p(
      '1. Tiếp tục rà soát TTHC; hướng dẫn người dân nộp hồ sơ trực tuyến, nhất là các kiến nghị của người dân.',
    ),
    p('IV. ĐỀ XUẤT, KIẾN NGHỊ'),
    p('Đề nghị tỉnh tập huấn.'),
    p('Nơi nhận:'),
  ];
  const split = splitByOutline(report);
  expect(split.headings.map((h) => h.id)).toEqual([
    'I',
    'I.1',
    'I.4',
    'II',
    'II.2',
    'II.5',
    'II.6',
    'III',
    'III.1',
    'III.2',
    'IV',
    'V',
  ]);
  expect(split.preamble.map((x) => x.text)).toEqual([report[2]!.text]);
  // A numbered task under IV that mentions «kiến nghị» is the task, not section V.
  expect(split.sections.get('IV')!.map((b) => b.paragraph.text)).toEqual([report[21]!.text]);
});

test("figure sentences versus the unit's own words, as the hand-written report marks them", () => {
  for (const p of PREVIOUS_REPORT.filter((x) => x.kind === 'figure' || x.kind === 'text'))
    expect({ text: p.text, figure: isFigureSentence(p.text) }).toEqual({
      text: p.text,
      figure: p.kind === 'figure',
    });
});

test('carry: every paragraph of the unit kept, in order, under its section; every figure sentence replaced', () => {
  const { report, summary } = carryForward(draft, read, { previousForms: lastQuarter });
  const kept = allText(report).map(unmark);
  const own = PREVIOUS_REPORT.filter((p) => p.kind === 'text' || p.kind === 'sub').map((p) => p.text.trim());
  expect(kept.filter((t) => own.includes(t))).toEqual(own);
  const figures = PREVIOUS_REPORT.filter((p) => p.kind === 'figure').map((p) => p.text.trim());
  const carriedTexts = [...(report.preamble ?? []), ...report.sections.flatMap((x) => x.paragraphs)]
    .filter((p) => p.carried)
    .map((p) => unmark(paragraphText(p)));
  for (const sentence of figures) expect(carriedTexts).not.toContain(sentence);
  expect(summary.replaced).toEqual(figures);
  // This quarter's sentences take their place: II.5 opens with this quarter's figures.
  const ii5 = report.sections.find((s) => s.id === 'II.5')!.paragraphs.map(paragraphText);
  expect(ii5[0]).toContain('1.802 hồ sơ');
  // II.4: the drafted sentences come where the old figures stood, before the unit's paragraph.
  const ii4 = report.sections.find((s) => s.id === 'II.4')!.paragraphs;
  expect(ii4[ii4.length - 1]!.carried).toBe('text');
  expect(ii4[0]!.carried).toBeUndefined();
  // Sections the old report wrote and this quarter cannot draft keep the unit's words instead of the placeholder.
  const ii8 = report.sections.find((s) => s.id === 'II.8')!;
  expect(ii8.placeholder).toBe(false);
  expect(summary.previousLabel).toBe('Quý I năm 2026');
});

test("stale marks: last quarter's name, a date inside it, each of its figures — with the reason", () => {
  const { report } = carryForward(draft, read, { previousForms: lastQuarter });
  const text = allText(report).join('\n');
  expect(text).toContain(
    'trong Quý I năm 2026 [cần cập nhật: tên kỳ trước; kỳ này là Quý II năm 2026] đã giải quyết 1.488 [cần cập nhật: trùng số liệu kỳ trước (ô',
  );
  expect(text).toContain('tỷ lệ thanh toán trực tuyến đạt 95% [cần cập nhật: trùng số liệu kỳ trước (ô');
  expect(text).toContain('18.025.000 [cần cập nhật: trùng số liệu kỳ trước (ô');
  expect(text).toContain('trong Quý I/2026 [cần cập nhật: tên kỳ trước; kỳ này là Quý II năm 2026]');
  expect(text).toContain('ngày 05/02/2026 [cần cập nhật: ngày thuộc kỳ trước (15/12/2025 – 14/3/2026)]');
  expect(text).toContain('đến ngày 15/03/2026 [cần cập nhật: ngày thuộc kỳ trước (15/12/2025 – 14/3/2026)]');
  expect(text).toContain('8.141 [cần cập nhật: trùng số liệu kỳ trước (ô');
  expect(text).toContain('235 [cần cập nhật: trùng số liệu kỳ trước (ô');
  expect(text).toContain('233 [cần cập nhật');
  // Not stale: older dates, document numbers, staff counts, 100%, this quarter's figures.
  expect(text).toContain('ngày 11/9/2025 đến');
  expect(text).toContain('ngày 21/3/2020 của UBND tỉnh');
  expect(text).toContain('Kế hoạch số 38/KH-UBND, ngày');
  expect(text).toContain('là 06 đồng chí. 100% công chức');
  expect(text).toContain('01 lãnh đạo UBND, 01 lãnh đạo');
});

test('every number in carried text equal to a figure of last quarter (≥ 10, not 100%) is marked', () => {
  const { report } = carryForward(draft, read, { previousForms: lastQuarter });
  const values = new Set(
    lastQuarter.flatMap((f) =>
      [...f.dataRows, ...(f.totalRow ? [f.totalRow] : [])].flatMap((r) =>
        Object.values(r.values).map((v) => v.value),
      ),
    ),
  );
  const carried = [...(report.preamble ?? []), ...report.sections.flatMap((s) => s.paragraphs)].filter(
    (p) => p.carried,
  );
  let checked = 0;
  for (const p of carried) {
    const text = paragraphText(p);
    // The marks' own reasons hold dates and cell names: blanked (same length) before looking for numbers.
    const scanned = text.replace(/\[cần cập nhật: [^\]]*\]/g, (m) => `[${' '.repeat(m.length - 2)}]`);
    for (const m of scanned.matchAll(/(^|[\s(])(\d{1,3}(?:\.\d{3})+|\d{2,})(?=[\s%,.)/])/g)) {
      const value = Number(m[2]!.replace(/\./g, ''));
      if (value < 10 || (value >= 1900 && value <= 2100) || !values.has(value)) continue;
      const after = text.slice(m.index + m[0].length);
      if (/^\/(?:\d{4}\/)?[A-ZĐ]/.test(after) || /^\/\d{1,2}\/\d{4}/.test(after)) continue; // a document number, a date
      if (value === 100 && after.startsWith('%')) continue; // «100%» says «all», not a figure
      checked += 1;
      expect({ text: text.slice(m.index, m.index + 40), marked: /^%?\s\[cần cập nhật:/.test(after) }).toEqual(
        {
          text: text.slice(m.index, m.index + 40),
          marked: true,
        },
      );
    }
  }
  expect(checked).toBeGreaterThanOrEqual(5); // 1.488, 18.025.000, 8.141, 235, 233
});

test("markStale on its own: period name variants, the old report's own figures when there is no workbook", () => {
  const previous = mustProposePeriod('quarter', 2026, 1);
  const ctx = {
    previous,
    staleUntil: '2026-03-25',
    currentLabel: 'Quý II năm 2026',
    figures: [{ value: 1568, isPercent: false, where: 'nêu trong báo cáo kỳ trước' }],
  };
  for (const name of ['Quý I/2026', 'quý I năm 2026', 'Quý 1/2026', 'QUÝ I, NĂM 2026', 'quý I'])
    expect(markStale(`Trong ${name}, phường tiếp nhận 1.568 hồ sơ.`, ctx).marks.map((m) => m.kind)).toEqual([
      'period',
      'figure',
    ]);
  expect(markStale('Trong Quý II/2026 và quý IV/2025, phường tiếp nhận 1.569 hồ sơ.', ctx).marks).toEqual([]);
  expect(
    markStale('ngày 18 tháng 3 năm 2026; ngày 26 tháng 3 năm 2026', ctx).marks.map((m) => m.found),
  ).toEqual(['ngày 18 tháng 3 năm 2026']);
});

test("without a previous workbook, the figures stated by the old report's figure sentences are recognised", () => {
  const { report } = carryForward(draft, read);
  const text = allText(report).join('\n');
  expect(text).toContain(
    'đã giải quyết 1.488 [cần cập nhật: trùng số liệu kỳ trước (nêu trong báo cáo kỳ trước)]',
  );
});
