/**
 * III.1 Đánh giá chung — kết quả đạt được: the headline figures again (dossiers resolved and the timely rate, PAKN
 * processed) and every indicator of the «Chỉ tiêu» sheet that has figures, as the sheet states them: its counts and
 * rate, or a rate typed without counts (said so), judged against the target cited by its Nghị quyết, and flagged
 * where the sheet disagrees with the forms. Without a «Chỉ tiêu» row for it, the online share comes from the forms.
 */
import { bulletOf, figuresOf, type DraftContext } from '../context';
import { diffFig, sumFigs, type FormFigures } from '../figures';
import { requireSheetAgreesWithForms, sheetIndicator } from '../indicators';
import type { ParagraphBuilder } from '../paragraph';
import { fromWorkbook, type SectionSpec } from '../section';
import { judge, sheetCitation, type Target } from '../targets';
import { DOSSIER_CODES } from './dossiers';
import { onlineRateParagraph } from './electronic';

function dossierSummary(ctx: DraftContext): ParagraphBuilder | null {
  const f = figuresOf(ctx.forms, ...DOSSIER_CODES);
  const resolved = f?.total('resolved');
  if (!f || !resolved) return null;
  const early = f.total('early');
  const onTime = f.total('onTime');
  const late = f.total('late');
  const p = bulletOf(ctx).text('Trong kỳ báo cáo, ').measure('đã giải quyết', resolved, 'hồ sơ TTHC');
  const timely = early && onTime ? sumFigs([early, onTime]) : late ? diffFig(resolved, late) : null;
  const rate = resolved.value > 0 && timely ? p.rate(timely, resolved) : null;
  if (rate) p.text('; tỷ lệ giải quyết trước hạn, đúng hạn đạt ').percent(rate);
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
  const p = bulletOf(ctx)
    .text('Đã xử lý ')
    .fraction(processed, received)
    .text(' phản ánh, kiến nghị đã tiếp nhận');
  const rate = p.rate(processed, received);
  if (rate) p.text(', đạt ').percent(rate);
  p.requireAtMost(processed, 'số phản ánh, kiến nghị đã xử lý', received, 'tổng số đã tiếp nhận');
  return p.text('.');
}

/** One bullet per row of the «Chỉ tiêu» sheet: its counts and rate, or its typed rate with a note on the counts. */
function indicatorParagraph(ctx: DraftContext, f: FormFigures, id: string): ParagraphBuilder | null {
  const own = sheetIndicator(f, id);
  if (!own) return null;
  const p = bulletOf(ctx).cellText(own.label, own.labelCell).text(': đạt ');
  let rate = null;
  if (own.numerator && own.denominator) {
    rate = p.rate(own.numerator, own.denominator);
    if (!rate) return null;
    p.percent(rate).text(' (').fraction(own.numerator, own.denominator).text(')');
    p.requireRate(own.result, rate, 'tỷ lệ đạt');
    p.requireAtMost(own.numerator, 'tử số', own.denominator, 'mẫu số');
  } else if (own.result) {
    rate = own.result;
    p.percent(rate).text(' (chưa có tử số, mẫu số: ').missingCells(own.countCells).text(')');
  } else {
    return null;
  }
  const target = f.fixed(`target:${id}`, 'target');
  const basis: Target | null = target ? { fig: target, basis: sheetCitation(ctx, f) } : null;
  judge(p, rate, basis);
  requireSheetAgreesWithForms(ctx, p, id);
  return p.text('.');
}

/** The indicators the «Chỉ tiêu» sheet has rows for. */
function indicatorIds(f: FormFigures): string[] {
  if (f.form.spec.rows.kind !== 'fixed') return [];
  return f.form.spec.rows.rows
    .filter((r) => r.id.startsWith('target:'))
    .map((r) => r.id.slice('target:'.length));
}

/** One bullet per indicator of the «Chỉ tiêu» sheet that has figures. */
function indicatorParagraphs(ctx: DraftContext): ParagraphBuilder[] {
  const f = figuresOf(ctx.forms, 'KSTT-CT');
  return f
    ? indicatorIds(f)
        .map((id) => indicatorParagraph(ctx, f, id))
        .filter((p) => p !== null)
    : [];
}

/** The online share is stated once: from the «Chỉ tiêu» sheet when it has the row, else from the forms. */
function onlineUnlessIndicator(ctx: DraftContext): ParagraphBuilder | null {
  const f = figuresOf(ctx.forms, 'KSTT-CT');
  const onSheet =
    f !== null &&
    indicatorIds(f).includes('onlineDossiers') &&
    indicatorParagraph(ctx, f, 'onlineDossiers') !== null;
  return onSheet ? null : onlineRateParagraph(ctx);
}

export const summarySection: SectionSpec = {
  id: 'III.1',
  form: null,
  sources: [...DOSSIER_CODES, 'KSTT-DT', 'II.05a', 'KSTT-CT'],
  sentences: [
    fromWorkbook(dossierSummary),
    fromWorkbook(onlineUnlessIndicator),
    fromWorkbook(feedbackSummary),
    fromWorkbook(indicatorParagraphs),
  ],
};
