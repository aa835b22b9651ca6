/**
 * III.1 Đánh giá chung — kết quả đạt được: the headline figures again (dossiers resolved and the timely rate, the
 * online share against its target, PAKN processed) and every indicator of the «Chỉ tiêu» sheet that has figures.
 */
import { cellAddress } from '../../layout/a1';
import { figuresOf, type DraftContext, type SectionDrafter } from '../context';
import { rateFig, sumFigs } from '../figures';
import { bullet, type ParagraphBuilder } from '../paragraph';
import type { Target } from '../targets';
import { judge } from '../targets';
import { DOSSIER_CODES } from './dossiers';
import { onlineRateParagraph } from './electronic';

function dossierSummary(ctx: DraftContext): ParagraphBuilder | null {
  const f = figuresOf(ctx.forms, ...DOSSIER_CODES);
  const resolved = f?.total('resolved');
  if (!f || !resolved) return null;
  const early = f.total('early');
  const onTime = f.total('onTime');
  const late = f.total('late');
  const p = bullet().text('Trong kỳ báo cáo, ').measure('đã giải quyết', resolved, 'hồ sơ TTHC');
  if (resolved.value > 0 && early && onTime) {
    const rate = rateFig(sumFigs([early, onTime]), resolved);
    if (rate) p.text('; tỷ lệ giải quyết trước hạn, đúng hạn đạt ').percent(rate);
  }
  if (late) {
    if (late.value === 0) p.text('; ').amount(late, 'hồ sơ giải quyết quá hạn');
    else p.text('; còn ').count(late).text(' hồ sơ giải quyết quá hạn');
  }
  p.requireSum(
    resolved,
    'tổng số hồ sơ đã giải quyết',
    [early, onTime, late],
    'số hồ sơ trước hạn, đúng hạn và quá hạn',
  );
  return p.text('.');
}

function feedbackSummary(ctx: DraftContext): ParagraphBuilder | null {
  const f = figuresOf(ctx.forms, 'II.05a');
  const received = f?.total('received');
  const processed = f?.total('processed');
  if (!f || !received || !processed || received.value === 0) return null;
  const p = bullet()
    .text('Đã xử lý ')
    .fraction(processed, received)
    .text(' phản ánh, kiến nghị đã tiếp nhận');
  const rate = rateFig(processed, received);
  if (rate) p.text(', đạt ').percent(rate);
  p.requireAtMost(processed, 'số phản ánh, kiến nghị đã xử lý', received, 'tổng số đã tiếp nhận');
  return p.text('.');
}

/** One bullet per row of the «Chỉ tiêu» sheet that has a numerator and a denominator. */
function indicatorSummary(ctx: DraftContext, skip: ReadonlySet<string>): ParagraphBuilder[] {
  const f = figuresOf(ctx.forms, 'KSTT-CT');
  if (!f || f.form.spec.rows.kind !== 'fixed') return [];
  const out: ParagraphBuilder[] = [];
  for (const row of f.form.spec.rows.rows) {
    if (!row.id.startsWith('target:') || skip.has(row.id)) continue;
    const numerator = f.fixed(row.id, 'numerator');
    const denominator = f.fixed(row.id, 'denominator');
    if (!numerator || !denominator) continue;
    const rate = rateFig(numerator, denominator);
    if (!rate) continue;
    const index = f.form.fixedRows[row.id]!;
    const body = f.form.dataRows[index]!;
    const labelCol = f.form.columns['item'] ?? 1;
    const p = bullet().cellText(body.label.trim() || row.label, {
      sheet: f.sheet,
      cell: cellAddress(body.row, labelCol),
    });
    p.text(': đạt ').percent(rate).text(' (').fraction(numerator, denominator).text(')');
    const target = f.fixed(row.id, 'target');
    const own: Target | null = target ? { fig: target, basis: `trang «${f.sheet}»` } : null;
    judge(p, rate, own);
    p.requireRate(f.statedFixed(row.id, 'result'), rate, 'tỷ lệ đạt');
    p.requireAtMost(numerator, 'tử số', denominator, 'mẫu số');
    out.push(p.text('.'));
  }
  return out;
}

export const summarySection: SectionDrafter = {
  sources: [...DOSSIER_CODES, 'KSTT-DT', 'II.05a', 'KSTT-CT'],
  draft(ctx: DraftContext) {
    const online = onlineRateParagraph(ctx);
    // The online share is stated once, from the dossier figures, not again from the «Chỉ tiêu» sheet.
    const skip = new Set(online ? ['target:onlineDossiers'] : []);
    const built = [dossierSummary(ctx), online, feedbackSummary(ctx), ...indicatorSummary(ctx, skip)].filter(
      (p): p is ParagraphBuilder => p !== null && !p.isEmpty(),
    );
    return built.length > 0 ? built.map((p) => p.build()) : null;
  },
};
