/**
 * II.7 Thực hiện TTHC trên môi trường điện tử — from Biểu KSTT-DT, or the online column of II.06a/II.06b when the
 * workbook has no KSTT-DT: online share, online payment, digitisation, each judged against its target. Every figure
 * the workbook holds is kept when another is missing: a payment amount without the number of transactions, a typed
 * rate without its counts, dossiers digitised without the number to digitise.
 */
import { formatCount } from '../../format';
import { bulletOf, figuresOf, type DraftContext } from '../context';
import { cellsOf, sumFigs, type Fig, type FormFigures } from '../figures';
import { onlineCounts, requireSheetAgreesWithForms } from '../indicators';
import { statedAsPercent, whereOf, type ParagraphBuilder } from '../paragraph';
import {
  addsUp,
  atMost,
  fromWorkbook,
  ifStated,
  list,
  ofForm,
  row,
  stated,
  type FigureReader,
  type SectionSpec,
} from '../section';
import { judge, targetFor } from '../targets';
import type { CellSource } from '../types';
import { DOSSIER_CODES } from './dossiers';

const NOUN = 'hồ sơ';

/** The online-dossier figures and where they come from (kept for callers of the earlier name). */
export function onlineFigures(
  ctx: DraftContext,
): { online: Fig; received: Fig; statedRate: Fig | null } | null {
  const counts = onlineCounts(ctx);
  return counts
    ? { online: counts.numerator, received: counts.denominator, statedRate: counts.statedRate ?? null }
    : null;
}

/** «- Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 100,00% (1.568/1.568 hồ sơ), so với chỉ tiêu 50% (…): đạt.» */
export function onlineRateParagraph(ctx: DraftContext): ParagraphBuilder | null {
  const figs = onlineFigures(ctx);
  if (!figs) return null;
  const p = bulletOf(ctx);
  const rate = p.rate(figs.online, figs.received);
  if (!rate) return null;
  p.text('Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt ').percent(rate).text(' (');
  p.fraction(figs.online, figs.received).text(` ${NOUN})`);
  judge(p, rate, targetFor(ctx, 'onlineDossiers'));
  p.requireRate(figs.statedRate, rate, 'tỷ lệ hồ sơ tiếp nhận trực tuyến');
  p.requireAtMost(figs.online, 'số hồ sơ tiếp nhận trực tuyến', figs.received, 'tổng số hồ sơ tiếp nhận mới');
  requireSheetAgreesWithForms(ctx, p, 'onlineDossiers');
  return p.text('.');
}

/** A count KSTT-DT states must be the one Biểu II.06a/06b states. */
function requireSameAsDossiers(
  p: ParagraphBuilder,
  what: string,
  here: Fig | null,
  there: Fig | null,
  code: string,
) {
  if (!here || !there || here.value === there.value) return;
  p.flag(
    `${what} ở đây (${whereOf(here)}) là ${formatCount(here.value)} nhưng Biểu ${code} ghi ` +
      `${formatCount(there.value)} (${whereOf(there)}).`,
    [...cellsOf(here.source), ...cellsOf(there.source)],
  );
}

/** KSTT-DT and II.06a/06b must state the same online and new-dossier counts. */
function crossCheck(ctx: DraftContext, p: ParagraphBuilder, read: FigureReader): void {
  const dossiers = figuresOf(ctx.forms, ...DOSSIER_CODES);
  if (!dossiers) return;
  const online = dossiers.total('online');
  const direct = dossiers.total('direct');
  const code = dossiers.form.code;
  requireSameAsDossiers(p, 'Số hồ sơ trực tuyến', read.fig(row('online')), online, code);
  const fresh = online && direct ? sumFigs([online, direct]) : null;
  requireSameAsDossiers(p, 'Số hồ sơ tiếp nhận mới', read.fig(row('received')), fresh, code);
}

const [received, online, full, partial] = [
  row('received'),
  row('online'),
  row('fullOnline'),
  row('partialOnline'),
];

/** «- Tổng số hồ sơ TTHC tiếp nhận mới trong kỳ: 1.568 hồ sơ, trong đó tiếp nhận trực tuyến 1.568 hồ sơ (…).» */
const receivedSentence = stated('Tổng số hồ sơ TTHC tiếp nhận mới trong kỳ', received, NOUN, {
  parts: list(', trong đó ', [
    [
      'tiếp nhận trực tuyến',
      online,
      {
        parts: list(
          ' (',
          [
            ['qua dịch vụ công trực tuyến toàn trình', full],
            ['một phần', partial],
          ],
          { close: ')' },
        ),
      },
    ],
  ]),
  checks: [
    addsUp(online, 'số hồ sơ tiếp nhận trực tuyến', [full, partial], 'số hồ sơ toàn trình và một phần'),
    atMost(online, 'số hồ sơ tiếp nhận trực tuyến', received, 'tổng số hồ sơ tiếp nhận mới'),
  ],
  crossCheck,
});

/** «đạt 100,00% (tỷ lệ đơn vị ghi; chưa có số giao dịch: các ô D15, D16, trang KSTT-DT)» */
function typedRateWithoutCounts(
  p: ParagraphBuilder,
  stated: Fig,
  missing: (CellSource | null)[],
  what: string,
): Fig {
  const rate: Fig = { ...stated, value: statedAsPercent(stated.value) };
  const cells = missing.filter((c): c is CellSource => c !== null);
  p.percent(rate).text(` (tỷ lệ đơn vị ghi; chưa có ${what}`);
  if (cells.length > 0) p.text(': ').missingCells(cells);
  p.text(')');
  return rate;
}

function paymentParagraph(ctx: DraftContext, dt: FormFigures): ParagraphBuilder | null {
  const total = dt.fixed('payTotal');
  const paidOnline = dt.fixed('payOnline');
  const amount = dt.fixed('payAmount');
  const stated = dt.statedFixed('payRate');
  const p = bulletOf(ctx);
  if (total || paidOnline) {
    p.headline(
      'Số giao dịch thanh toán phí, lệ phí giải quyết TTHC',
      total,
      'giao dịch',
      dt.fixedCell('payTotal'),
    );
    if (paidOnline && (!total || total.value > 0)) {
      p.text(', trong đó ').measure('thanh toán trực tuyến', paidOnline, 'giao dịch');
      const rate = total ? p.rate(paidOnline, total) : null;
      if (rate) {
        p.text(', đạt ').percent(rate);
        judge(p, rate, targetFor(ctx, 'onlinePayment'));
        p.requireRate(stated, rate, 'tỷ lệ thanh toán trực tuyến');
      }
    }
    p.requireAtMost(paidOnline, 'số giao dịch thanh toán trực tuyến', total, 'tổng số giao dịch');
  }
  // A typed rate without the transactions it comes from is still the unit's figure: stated, with what is missing.
  if (stated && !(total && paidOnline)) {
    p.text(p.isEmpty() ? 'Tỷ lệ thanh toán trực tuyến đạt ' : '; tỷ lệ thanh toán trực tuyến đạt ');
    const rate = typedRateWithoutCounts(
      p,
      stated,
      [total ? null : dt.fixedCell('payTotal'), paidOnline ? null : dt.fixedCell('payOnline')],
      'số giao dịch',
    );
    judge(p, rate, targetFor(ctx, 'onlinePayment'));
  }
  if (amount && p.shows(amount)) {
    p.text(p.isEmpty() ? 'Số tiền thanh toán trực tuyến: ' : '; số tiền thanh toán trực tuyến: ');
    p.count(amount).text(' đồng');
  }
  if (!p.hasFigure()) return null;
  requireSheetAgreesWithForms(ctx, p, 'onlinePayment');
  return p.text('.');
}

function digitisationParagraph(ctx: DraftContext, dt: FormFigures): ParagraphBuilder | null {
  const total = dt.fixed('digitTotal');
  const done = dt.fixed('digitDone');
  const stated = dt.statedFixed('digitRate');
  const p = bulletOf(ctx).text('Số hồ sơ, kết quả giải quyết TTHC đã số hóa: ');
  if (total && total.value === 0) {
    p.amount(total, 'hồ sơ phải số hóa');
  } else if (done && total) {
    p.fraction(done, total).text(` ${NOUN}`);
    const rate = p.rate(done, total);
    if (rate) {
      p.text(', đạt ').percent(rate);
      judge(p, rate, targetFor(ctx, 'digitisation'));
      p.requireRate(stated, rate, 'tỷ lệ số hóa');
    }
    p.requireAtMost(done, 'số hồ sơ đã số hóa', total, 'số hồ sơ phải số hóa');
  } else if (done) {
    p.count(done)
      .text(` ${NOUN} (chưa có số hồ sơ phải số hóa: `)
      .missingCells([dt.fixedCell('digitTotal')])
      .text(')');
  } else if (total) {
    p.missing(dt.fixedCell('digitDone')).text(' trên tổng số ').count(total).text(` ${NOUN} phải số hóa`);
  } else if (stated) {
    p.text('tỷ lệ đạt ');
    const rate = typedRateWithoutCounts(
      p,
      stated,
      [dt.fixedCell('digitDone'), dt.fixedCell('digitTotal')],
      'số hồ sơ',
    );
    judge(p, rate, targetFor(ctx, 'digitisation'));
  }
  if (!p.hasFigure()) return null;
  requireSheetAgreesWithForms(ctx, p, 'digitisation');
  return p.text('.');
}

/** Other KSTT-DT counts, each its own sentence when stated. */
const OTHER_COUNTS: readonly [id: string, label: string, noun: string][] = [
  ['eCertified', 'Số bản sao điện tử được chứng thực từ bản chính', 'bản'],
  [
    'birthBundle',
    'Số hồ sơ liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới sáu tuổi',
    NOUN,
  ],
  [
    'deathBundle',
    'Số hồ sơ liên thông đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất, mai táng phí',
    NOUN,
  ],
];

export const electronicSection: SectionSpec = {
  id: 'II.7',
  // Without KSTT-DT the online share still comes from the online column of II.06a/II.06b.
  form: { codes: ['KSTT-DT'], optional: true },
  sources: ['KSTT-DT', ...DOSSIER_CODES],
  sentences: [
    receivedSentence,
    fromWorkbook(onlineRateParagraph),
    ofForm(paymentParagraph),
    ofForm(digitisationParagraph),
    ...OTHER_COUNTS.map(([id, label, noun]) => ifStated(label, row(id), noun)),
  ],
};
