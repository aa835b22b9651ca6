/**
 * A draft that states only what the workbook says (issue 15): workbooks typed by hand from the two sample reports
 * (shared/domain/reports) and from invented units, with blanks, typed zeros, a district II.06b by level and a
 * «Chỉ tiêu» sheet that disagrees with the forms. Each test names the defect it guards against; each failed on the
 * earlier narrative code.
 */
import { checkWorkbook } from '../../src/domain/checks';
import {
  draftReport,
  paragraphText,
  renderDraftText,
  type DraftOptions,
  type DraftParagraph,
  type DraftReport,
} from '../../src/domain/narrative';
import { recogniseWorkbook, type RecognisedForm } from '../../src/domain/read';
import type { InputWorkbook } from '../../src/domain/read/types';
import { readWorkbookGrid } from '../../src/xlsx/read-grid';
import { buildWorkbook, type SheetInput } from '../fixtures/narrative/build-workbook';
import { dossierRow, dossierSheet, type HandRow } from '../fixtures/narrative/hand-sheets';
import { bimSonWorkbook, tamThanhWorkbook } from '../fixtures/narrative/sample-reports';

function draft(
  grid: InputWorkbook,
  options: DraftOptions = {},
): { report: DraftReport; forms: RecognisedForm[] } {
  const forms = recogniseWorkbook(grid);
  const findings = checkWorkbook(forms);
  return { report: draftReport(forms, { findings, ...options }), forms };
}

function paragraphs(report: DraftReport, id: string): DraftParagraph[] {
  return report.sections.find((s) => s.id === id)!.paragraphs;
}
const text = (report: DraftReport, id: string): string =>
  paragraphs(report, id).map(paragraphText).join('\n');
const find = (report: DraftReport, id: string, needle: string): DraftParagraph => {
  const found = paragraphs(report, id).find((p) => paragraphText(p).includes(needle));
  if (!found) throw new Error(`no sentence with «${needle}» in ${id}:\n${text(report, id)}`);
  return found;
};

async function addin(inputs: SheetInput[]): Promise<InputWorkbook> {
  return readWorkbookGrid(await buildWorkbook(inputs));
}

/** A district's II.06b typed by hand: cấp huyện 998 received (979 resolved), cấp xã 10.674 (invented unit). */
function districtII06b(): InputWorkbook['sheets'][number] {
  // received, online, direct, carried, resolved, early, onTime, late, pending, pendingOnTime, pendingLate
  const rows: HandRow[] = [
    dossierRow('I', 'Cấp huyện', [998, 610, 370, 18, 979, 700, 260, 19, 19, 19, 0]),
    dossierRow('1', 'Lĩnh vực Đất đai', [600, 300, 290, 10, 585, 400, 170, 15, 15, 15, 0]),
    dossierRow('2', 'Lĩnh vực Hộ tịch', [398, 310, 80, 8, 394, 300, 90, 4, 4, 4, 0]),
    dossierRow('II', 'Cấp xã', [10674, 9000, 1600, 74, 10600, 10000, 600, 0, 74, 74, 0]),
    dossierRow(
      '1',
      'Các lĩnh vực thuộc thẩm quyền cấp xã',
      [10674, 9000, 1600, 74, 10600, 10000, 600, 0, 74, 74, 0],
    ),
    dossierRow('', 'TỔNG CỘNG', [11672, 9610, 1970, 92, 11579, 10700, 860, 19, 93, 93, 0]),
  ];
  return dossierSheet({
    name: 'II.06b',
    code: 'Biểu số II.06b/VPCP/KSTT',
    title: 'Tình hình, kết quả giải quyết TTHC thuộc thẩm quyền',
    unit: 'UBND huyện Lộc Bình',
    period: 'Năm 2024',
    range: '(Từ ngày 15/12/2023 đến ngày 14/12/2024)',
    labelHeader: 'Lĩnh vực, công việc giải quyết theo cấp',
    rows,
  });
}

let tamThanh: DraftReport;
let bimSon: DraftReport;
beforeAll(async () => {
  tamThanh = draft(await tamThanhWorkbook()).report;
  bimSon = draft(await bimSonWorkbook()).report;
});

describe('blank cells are not zeros', () => {
  test('Tam Thanh: a blank «đúng hạn» column (formula totals over blanks) is never «không có hồ sơ giải quyết đúng hạn»', () => {
    const ii5 = text(tamThanh, 'II.5');
    expect(ii5).toContain(
      'Số hồ sơ đã giải quyết: 1.488 hồ sơ, trong đó: giải quyết trước hạn 1.477 hồ sơ; giải quyết quá hạn 11 hồ sơ.',
    );
    expect(ii5).not.toMatch(/đúng hạn (0|không)|không có hồ sơ giải quyết đúng hạn/);
    // The rate still states the workbook's figures: not late = resolved − late.
    expect(ii5).toContain('Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt 99,26% (1.477/1.488 hồ sơ).');
  });

  test('Bỉm Sơn: a blank total with stated parts says where the figure is missing, never «không có»', () => {
    const ii2 = text(bimSon, 'II.2');
    expect(ii2).toContain(
      'Tổng số TTHC thuộc thẩm quyền giải quyết: [chưa có số liệu: ô C10, trang KSTT-CB], trong đó: thực hiện theo cơ chế một cửa 03 TTHC; thực hiện theo cơ chế một cửa liên thông 240 TTHC.',
    );
    // A typed zero is a statement («Số lượng dịch vụ công trực tuyến mức độ 3,4: 0 TTHC»).
    expect(ii2).toContain('Số lượng TTHC cung cấp dịch vụ công trực tuyến: không có.');
    // Blank rows (postal, announced) are left out, not «không có».
    expect(ii2).not.toContain('bưu chính');
    expect(ii2).not.toContain('được công bố');
    // Blank «đang giải quyết» columns: no sentence about them at all.
    expect(text(bimSon, 'II.5')).not.toContain('đang giải quyết');
    // Nor a contradiction about (4)+(5)+(6) = 0: parts left blank are missing, not zeros.
    expect(renderDraftText(bimSon)).not.toContain('= 0 (chênh lệch');
  });

  test('a formula over blank cells is missing: «Số lượng TTHC cung cấp dịch vụ công trực tuyến» is not «không có»', async () => {
    const grid = await addin([
      {
        code: 'KSTT-CB',
        rows: { total: { value: 407 }, oneStop: { value: 400 }, interlinked: { value: 7 } },
      },
      {
        code: 'KSTT-DT',
        rows: { received: { value: 1652 }, fullOnline: { value: 1000 }, partialOnline: { value: 646 } },
      },
    ]);
    const { report } = draft(grid);
    expect(text(report, 'II.2')).toContain('Tổng số TTHC thuộc thẩm quyền giải quyết: 407 TTHC');
    expect(text(report, 'II.2')).not.toContain('dịch vụ công trực tuyến');
    expect(renderDraftText(report)).not.toMatch(/: không có/);
  });
});

describe('payments, online services and digitisation keep every figure', () => {
  test('Tam Thanh: a payment rate and amount without the transactions are stated, with what is missing', () => {
    const ii7 = text(tamThanh, 'II.7');
    expect(ii7).toContain(
      'Tỷ lệ thanh toán trực tuyến đạt 100,00% (tỷ lệ đơn vị ghi; chưa có số giao dịch: các ô D15, D16, trang KSTT-DT), so với chỉ tiêu 45% (theo Nghị quyết số 01/NQ-CP, 02/NQ-CP năm 2024): đạt; số tiền thanh toán trực tuyến: 18.025.000 đồng.',
    );
    expect(ii7).not.toContain('Số giao dịch thanh toán phí, lệ phí giải quyết TTHC: không có');
  });

  test('online transactions without a total are kept, and more online than in total is flagged', async () => {
    const missingTotal = draft(
      await addin([{ code: 'KSTT-DT', rows: { payOnline: { value: 190 }, payAmount: { value: 5000000 } } }]),
    ).report;
    expect(text(missingTotal, 'II.7')).toContain(
      'Số giao dịch thanh toán phí, lệ phí giải quyết TTHC: [chưa có số liệu: ô D15, trang KSTT-DT], trong đó thanh toán trực tuyến 190 giao dịch; số tiền thanh toán trực tuyến: 5.000.000 đồng.',
    );
    const over = draft(
      await addin([{ code: 'KSTT-DT', rows: { payTotal: { value: 150 }, payOnline: { value: 190 } } }]),
    ).report;
    const p = find(over, 'II.7', 'thanh toán trực tuyến 190 giao dịch');
    expect(p.flags.map((f) => f.reason).join(' ')).toContain('lớn hơn');
  });

  test('dossiers digitised without the number to digitise', async () => {
    const { report } = draft(await addin([{ code: 'KSTT-DT', rows: { digitDone: { value: 8141 } } }]));
    expect(text(report, 'II.7')).toContain(
      'Số hồ sơ, kết quả giải quyết TTHC đã số hóa: 8.141 hồ sơ (chưa có số hồ sơ phải số hóa: ô D19, trang KSTT-DT).',
    );
  });
});

describe('flags where the figure is', () => {
  /** 129 resolved in TỔNG CỘNG while 93 + 34 + 1 = 128 (the district). */
  async function contradiction(): Promise<DraftReport> {
    const grid = await addin([
      {
        code: 'II.06a',
        rows: {
          'Hộ tịch': {
            online: 60,
            direct: 20,
            carried: 0,
            early: 50,
            onTime: 20,
            late: 0,
            pendingOnTime: 10,
          },
          'Chứng thực': {
            online: 50,
            direct: 10,
            carried: 0,
            early: 43,
            onTime: 14,
            late: 1,
            pendingOnTime: 2,
          },
        },
        override: [{ row: 'TOTAL', col: 'resolved', value: 129 }],
      },
    ]);
    return draft(grid).report;
  }

  test('every sentence printing a figure of the discrepancy is flagged, with one reason, in II.5 and in III', async () => {
    const report = await contradiction();
    const resolved = find(report, 'II.5', 'Số hồ sơ đã giải quyết: 129 hồ sơ');
    const summary = find(report, 'III.1', 'đã giải quyết 129 hồ sơ TTHC');
    const rate = find(report, 'II.5', 'Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn');
    for (const p of [resolved, summary, rate]) expect(p.flags.length).toBeGreaterThan(0);
    // Two rules (the checker's row-sum and the sentence's own sum) found one discrepancy: one reason.
    expect(resolved.flags).toHaveLength(1);
    expect(resolved.flags[0]!.reason).toMatch(/^Ô G\d+, trang II\.06a \(dòng TỔNG CỘNG\)/);
    expect(summary.flags.map((f) => f.reason)).toEqual(resolved.flags.map((f) => f.reason));
  });

  test('formula-loss warnings stay out of the prose; references read «ô C13, trang II.06a», never nested', async () => {
    const draftText = renderDraftText(await contradiction());
    expect(draftText).not.toContain('mất công thức');
    expect(draftText).not.toMatch(/\(ô [A-Z]+\d+ \(trang/);
    expect(draftText).not.toContain('trang «');
  });
});

describe('II.06b level by level', () => {
  test('a district gives a sentence per level with its figures, then the totals', async () => {
    const { report } = draft({ sheets: [districtII06b()] });
    const ii5 = paragraphs(report, 'II.5').map(paragraphText);
    expect(ii5[0]).toBe(
      'Cấp huyện: tiếp nhận 998 hồ sơ (trực tuyến 610 hồ sơ; trực tiếp, qua dịch vụ bưu chính công ích 370 hồ sơ; từ kỳ trước chuyển sang 18 hồ sơ); đã giải quyết 979 hồ sơ (trước hạn 700 hồ sơ; đúng hạn 260 hồ sơ; quá hạn 19 hồ sơ), tỷ lệ giải quyết trước hạn, đúng hạn đạt 98,06% (960/979 hồ sơ); đang giải quyết 19 hồ sơ (trong hạn 19 hồ sơ).',
    );
    expect(ii5[1]).toContain('Cấp xã: tiếp nhận 10.674 hồ sơ');
    expect(ii5[2]).toContain('Tổng số hồ sơ TTHC nhận giải quyết trong kỳ báo cáo: 11.672 hồ sơ');
  });

  test('Bỉm Sơn: cấp huyện 853 and cấp xã 6.533 as the report gives them', () => {
    const ii5 = text(bimSon, 'II.5');
    expect(ii5).toContain(
      'Cấp huyện: tiếp nhận 853 hồ sơ; đã giải quyết 853 hồ sơ (đúng hạn 829 hồ sơ; quá hạn 24 hồ sơ), tỷ lệ giải quyết trước hạn, đúng hạn đạt 97,19% (829/853 hồ sơ).',
    );
    expect(ii5).toContain('Cấp xã: tiếp nhận 6.533 hồ sơ; đã giải quyết 6.533 hồ sơ (đúng hạn 6.533 hồ sơ)');
  });

  test('aggregate rows are never named as a lĩnh vực, and «Lĩnh vực» is not doubled', async () => {
    const { report } = draft({ sheets: [districtII06b()] });
    const all = renderDraftText(report) + renderDraftText(bimSon) + renderDraftText(tamThanh);
    expect(all).not.toMatch(/lĩnh vực Lĩnh vực/i);
    expect(all).not.toContain('lĩnh vực Các lĩnh vực');
    expect(all).not.toContain('lĩnh vực Cấp');
    expect(text(tamThanh, 'II.5')).toContain('nhiều nhất là lĩnh vực Chứng thực với 910 hồ sơ');
    expect(text(bimSon, 'II.5')).toContain('Hồ sơ giải quyết quá hạn thuộc lĩnh vực Đất đai (24 hồ sơ).');
  });
});

describe('indicators from the «Chỉ tiêu» sheet', () => {
  /** The district: 951/1.652 typed in «Chỉ tiêu», 1.646 online of 1.652 in the forms. */
  async function disagreeing(): Promise<DraftReport> {
    const grid = await addin([
      {
        code: 'KSTT-DT',
        rows: { received: { value: 1652 }, fullOnline: { value: 1000 }, partialOnline: { value: 646 } },
      },
      { code: 'KSTT-CT', rows: { 'target:onlineDossiers': { numerator: 951, denominator: 1652 } } },
    ]);
    return draft(grid).report;
  }

  test('the sheet’s own figures are narrated, flagged where they disagree with the forms', async () => {
    const report = await disagreeing();
    const own = find(report, 'III.1', 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận');
    expect(paragraphText(own)).toContain('đạt 57,57% (951/1.652)');
    expect(text(report, 'III.1')).not.toContain('99,64%');
    const reason = own.flags.map((f) => f.reason).join(' ');
    expect(reason).toContain('57,57% (951/1.652');
    expect(reason).toContain('99,64% (1.646/1.652');
    // The forms' sentence in II.7 carries the same disagreement.
    expect(find(report, 'II.7', 'Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 99,64%').flags.length).toBeGreaterThan(
      0,
    );
  });

  test('Tam Thanh: a rate typed without counts is narrated with a note that its counts are missing', () => {
    expect(text(tamThanh, 'III.1')).toContain(
      'Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán: đạt 100,00% (chưa có tử số, mẫu số: các ô D13, E13, trang Chỉ tiêu), so với chỉ tiêu 45% (theo Nghị quyết số 01/NQ-CP, 02/NQ-CP năm 2024): đạt.',
    );
  });

  test('a count left blank is not 0%: the «Tỷ lệ đạt» formula over a blank numerator states nothing', async () => {
    const grid = await addin([
      {
        code: 'KSTT-CT',
        rows: {
          'target:satisfaction': { denominator: 235 },
          'target:onlinePayment': { numerator: 40, denominator: 200 },
        },
      },
    ]);
    const iii = text(draft(grid).report, 'III.1');
    expect(iii).toContain(
      'Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán: đạt 20,00% (40/200)',
    );
    expect(iii).not.toContain('Mức độ hài lòng');
    expect(iii).not.toMatch(/(^|[^\d])0,00%/);
  });

  test('targets are cited by their Nghị quyết, never by a sheet', async () => {
    const all = renderDraftText(await disagreeing()) + renderDraftText(tamThanh);
    expect(all).toContain('(theo Nghị quyết số 01/NQ-CP, 02/NQ-CP năm 2024)');
    expect(all).not.toMatch(/theo trang/);
  });
});

describe('percentages and zero parts', () => {
  test('two decimals rounded half up (979/998 = 98,10%), unless the user picks another precision', async () => {
    const grid = await addin([
      { code: 'II.06a', rows: { 'Đất đai': { online: 500, direct: 498, early: 900, onTime: 79, late: 19 } } },
    ]);
    expect(text(draft(grid).report, 'II.5')).toContain('đạt 98,10% (979/998 hồ sơ)');
    expect(text(draft(grid, { percentDecimals: 1 }).report, 'II.5')).toContain('đạt 98,1% (979/998 hồ sơ)');
    // Every computed rate of a sample draft has two decimals («100,00%», never «100%» or «99,1%»).
    const rates = [
      ...(renderDraftText(tamThanh) + renderDraftText(bimSon)).matchAll(/đạt (\d[\d.]*)(,\d+)?%/g),
    ];
    expect(rates.length).toBeGreaterThan(5);
    for (const m of rates)
      expect({ rate: m[0], decimals: m[2]?.length }).toEqual({ rate: m[0], decimals: 3 });
  });

  test('zero sub-parts are left out unless asked', async () => {
    const grid = await addin([
      {
        code: 'II.06a',
        rows: {
          'Đất đai': {
            online: 10,
            direct: 0,
            carried: 0,
            early: 6,
            onTime: 4,
            late: 0,
            pendingOnTime: 0,
            pendingLate: 0,
          },
        },
      },
    ]);
    const plain = text(draft(grid).report, 'II.5');
    expect(plain).toContain(
      'Số hồ sơ đã giải quyết: 10 hồ sơ, trong đó: giải quyết trước hạn 06 hồ sơ; giải quyết đúng hạn 04 hồ sơ.',
    );
    expect(plain).toContain('Số hồ sơ đang giải quyết: không có.');
    const asked = text(draft(grid, { zeroParts: true }).report, 'II.5');
    expect(asked).toContain('không có hồ sơ giải quyết quá hạn');
  });
});
