/**
 * II.7 Thực hiện TTHC trên môi trường điện tử — from Biểu KSTT-DT, or the online column of II.06a/II.06b when the
 * workbook has no KSTT-DT: online share, online payment, digitisation, each judged against its target.
 */
import { formatCount } from '../../format';
import { figuresOf, type DraftContext, type SectionDrafter } from '../context';
import { cellsOf, rateFig, sumFigs, type Fig } from '../figures';
import { bullet, detailLine, whereOf, type ParagraphBuilder } from '../paragraph';
import { judge, targetFor } from '../targets';
import { DOSSIER_CODES } from './dossiers';

const NOUN = 'hồ sơ';

/** The online-dossier figures and where they come from. */
export function onlineFigures(
  ctx: DraftContext,
): { online: Fig; received: Fig; statedRate: Fig | null } | null {
  const dt = figuresOf(ctx.forms, 'KSTT-DT');
  const dtOnline = dt?.fixed('online');
  const dtReceived = dt?.fixed('received');
  if (dt && dtOnline && dtReceived)
    return { online: dtOnline, received: dtReceived, statedRate: dt.statedFixed('onlineRate') };
  const dossiers = figuresOf(ctx.forms, ...DOSSIER_CODES);
  const online = dossiers?.total('online');
  const direct = dossiers?.total('direct');
  if (!online || !direct) return null;
  return { online, received: sumFigs([online, direct]), statedRate: null };
}

/** «- Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 100% (1.568/1.568 hồ sơ), so với chỉ tiêu 50% (…): đạt.» */
export function onlineRateParagraph(ctx: DraftContext): ParagraphBuilder | null {
  const figs = onlineFigures(ctx);
  if (!figs) return null;
  const rate = rateFig(figs.online, figs.received);
  if (!rate) return null;
  const p = bullet().text('Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt ').percent(rate).text(' (');
  p.fraction(figs.online, figs.received).text(` ${NOUN})`);
  judge(p, rate, targetFor(ctx, 'onlineDossiers'));
  p.requireRate(figs.statedRate, rate, 'tỷ lệ hồ sơ tiếp nhận trực tuyến');
  p.requireAtMost(figs.online, 'số hồ sơ tiếp nhận trực tuyến', figs.received, 'tổng số hồ sơ tiếp nhận mới');
  return p.text('.');
}

/** KSTT-DT and II.06a/06b must state the same online and new-dossier counts. */
function crossCheck(ctx: DraftContext, p: ParagraphBuilder, dtOnline: Fig, dtReceived: Fig | null): void {
  const dossiers = figuresOf(ctx.forms, ...DOSSIER_CODES);
  if (!dossiers) return;
  const online = dossiers.total('online');
  const direct = dossiers.total('direct');
  const code = dossiers.form.code;
  if (online && online.value !== dtOnline.value) {
    p.flag(
      `Số hồ sơ trực tuyến ở đây (${whereOf(dtOnline)}) là ${formatCount(dtOnline.value)} nhưng Biểu ${code} ghi ` +
        `${formatCount(online.value)} (${whereOf(online)}).`,
      [...cellsOf(dtOnline.source), ...cellsOf(online.source)],
    );
  }
  if (dtReceived && online && direct && online.value + direct.value !== dtReceived.value) {
    const fresh = sumFigs([online, direct]);
    p.flag(
      `Số hồ sơ tiếp nhận mới ở đây (${whereOf(dtReceived)}) là ${formatCount(dtReceived.value)} nhưng Biểu ${code} ` +
        `ghi ${formatCount(fresh.value)} (${whereOf(fresh)}).`,
      [...cellsOf(dtReceived.source), ...cellsOf(fresh.source)],
    );
  }
}

function receivedParagraph(ctx: DraftContext): ParagraphBuilder | null {
  const dt = figuresOf(ctx.forms, 'KSTT-DT');
  if (!dt) return null;
  const received = dt.fixed('received');
  const online = dt.fixed('online');
  if (!received && !online) return null;
  const p = bullet();
  if (received) p.headline('Tổng số hồ sơ TTHC tiếp nhận mới trong kỳ', received, NOUN);
  // Nothing received and nothing online: the parts are not listed («không có, trong đó không có …» says nothing).
  if (online && !(received?.value === 0 && online.value === 0)) {
    p.text(received ? ', trong đó ' : '').measure('tiếp nhận trực tuyến', online, NOUN);
    const full = dt.fixed('fullOnline');
    const partial = dt.fixed('partialOnline');
    if (online.value > 0 && full && partial) {
      p.text(' (').measure('qua dịch vụ công trực tuyến toàn trình', full, NOUN).text('; ');
      p.measure('một phần', partial, NOUN).text(')');
      p.requireSum(
        online,
        'số hồ sơ tiếp nhận trực tuyến',
        [full, partial],
        'số hồ sơ toàn trình và một phần',
      );
    }
    if (received)
      p.requireAtMost(online, 'số hồ sơ tiếp nhận trực tuyến', received, 'tổng số hồ sơ tiếp nhận mới');
    crossCheck(ctx, p, online, received);
  }
  return p.text('.');
}

function paymentParagraph(ctx: DraftContext): ParagraphBuilder | null {
  const dt = figuresOf(ctx.forms, 'KSTT-DT');
  const total = dt?.fixed('payTotal');
  if (!dt || !total) return null;
  const paidOnline = dt.fixed('payOnline');
  const amount = dt.fixed('payAmount');
  const p = bullet().headline('Số giao dịch thanh toán phí, lệ phí giải quyết TTHC', total, 'giao dịch');
  if (total.value > 0 && paidOnline) {
    p.text(', trong đó ').measure('thanh toán trực tuyến', paidOnline, 'giao dịch');
    const rate = rateFig(paidOnline, total);
    if (rate) {
      p.text(', đạt ').percent(rate);
      judge(p, rate, targetFor(ctx, 'onlinePayment'));
      p.requireRate(dt.statedFixed('payRate'), rate, 'tỷ lệ thanh toán trực tuyến');
    }
    p.requireAtMost(paidOnline, 'số giao dịch thanh toán trực tuyến', total, 'tổng số giao dịch');
  }
  if (amount && amount.value > 0) p.text('; số tiền thanh toán trực tuyến: ').count(amount).text(' đồng');
  return p.text('.');
}

function digitisationParagraph(ctx: DraftContext): ParagraphBuilder | null {
  const dt = figuresOf(ctx.forms, 'KSTT-DT');
  const total = dt?.fixed('digitTotal');
  const done = dt?.fixed('digitDone');
  if (!dt || !total || !done) return null;
  const p = bullet().text('Số hồ sơ, kết quả giải quyết TTHC đã số hóa: ');
  if (total.value === 0) return p.amount(total, 'hồ sơ phải số hóa').text('.');
  p.fraction(done, total).text(` ${NOUN}`);
  const rate = rateFig(done, total);
  if (rate) {
    p.text(', đạt ').percent(rate);
    judge(p, rate, targetFor(ctx, 'digitisation'));
    p.requireRate(dt.statedFixed('digitRate'), rate, 'tỷ lệ số hóa');
  }
  p.requireAtMost(done, 'số hồ sơ đã số hóa', total, 'số hồ sơ phải số hóa');
  return p.text('.');
}

function otherParagraphs(ctx: DraftContext): ParagraphBuilder[] {
  const dt = figuresOf(ctx.forms, 'KSTT-DT');
  if (!dt) return [];
  const items: [id: string, label: string, noun: string][] = [
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
  return items.flatMap(([id, label, noun]) => {
    const fig = dt.fixed(id);
    return fig ? [bullet().headline(label, fig, noun).text('.')] : [];
  });
}

export const electronicSection: SectionDrafter = {
  sources: ['KSTT-DT', ...DOSSIER_CODES],
  draft(ctx: DraftContext) {
    const built = [
      receivedParagraph(ctx),
      onlineRateParagraph(ctx),
      paymentParagraph(ctx),
      digitisationParagraph(ctx),
      ...otherParagraphs(ctx),
    ].filter((p): p is ParagraphBuilder => p !== null && !p.isEmpty());
    if (built.length === 0) return null;
    const dt = figuresOf(ctx.forms, 'KSTT-DT');
    if (dt) built.push(detailLine(dt.form));
    return built.map((p) => p.build());
  },
};
