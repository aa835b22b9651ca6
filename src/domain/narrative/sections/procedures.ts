/**
 * II.1 đánh giá tác động (Biểu KSTT-DG), II.2 công bố, công khai (KSTT-CB), II.3 rà soát, đơn giản hóa (KSTT-RS):
 * the fixed-row summary forms, one bullet per figure the outline asks for.
 */
import { figuresOf, type DraftContext, type SectionDrafter } from '../context';
import { rateFig, type Fig } from '../figures';
import type { RecognisedForm } from '../../read/types';
import { bullet, detailLine, type ParagraphBuilder } from '../paragraph';
import type { DraftParagraph } from '../types';

const TTHC = 'TTHC';

function finish(built: (ParagraphBuilder | null)[], form: RecognisedForm): DraftParagraph[] | null {
  const present = built.filter((p): p is ParagraphBuilder => p !== null && !p.isEmpty());
  if (present.length === 0) return null;
  present.push(detailLine(form));
  return present.map((p) => p.build());
}

/** «…, đạt 99,39%» with the typed rate checked against its own numerator / denominator. */
function withRate(
  p: ParagraphBuilder,
  part: Fig,
  whole: Fig,
  stated: Fig | null,
  name: string,
  suffix = '',
): void {
  const rate = rateFig(part, whole);
  if (!rate) return;
  p.text(', đạt ').percent(rate).text(suffix);
  p.requireRate(stated, rate, name);
}

export const assessmentSection: SectionDrafter = {
  sources: ['KSTT-DG'],
  draft(ctx: DraftContext) {
    const f = figuresOf(ctx.forms, 'KSTT-DG');
    if (!f) return null;
    const assessed = f.fixed('assessed');
    const issued = f.fixed('issued');
    const issuedAssessed = f.fixed('issuedAssessed');
    const first = assessed
      ? bullet()
          .headline('Số lượng TTHC đã được đánh giá tác động trong kỳ báo cáo', assessed, TTHC)
          .text('.')
      : null;
    let second: ParagraphBuilder | null = null;
    if (issued) {
      second = bullet().headline('Số lượng TTHC được ban hành trong kỳ báo cáo', issued, TTHC);
      if (issued.value > 0 && issuedAssessed) {
        second.text(', trong đó ').measure('đã được đánh giá tác động', issuedAssessed, TTHC);
        withRate(
          second,
          issuedAssessed,
          issued,
          f.statedFixed('issuedAssessedRate'),
          'tỷ lệ TTHC ban hành đã được đánh giá tác động',
        );
        second.requireAtMost(
          issuedAssessed,
          'số TTHC ban hành đã được đánh giá tác động',
          issued,
          'số TTHC được ban hành',
        );
      }
      second.text('.');
    }
    return finish([first, second], f.form);
  },
};

export const publicationSection: SectionDrafter = {
  sources: ['KSTT-CB'],
  draft(ctx: DraftContext) {
    const f = figuresOf(ctx.forms, 'KSTT-CB');
    if (!f) return null;
    const total = f.fixed('total');
    const oneStop = f.fixed('oneStop');
    const interlinked = f.fixed('interlinked');
    const postal = f.fixed('postal');
    const online = f.fixed('online');
    const full = f.fixed('fullOnline');
    const partial = f.fixed('partialOnline');
    const announced = f.fixed('announced');
    const published = f.fixed('published');
    const out: (ParagraphBuilder | null)[] = [];
    if (total) {
      const p = bullet().headline('Tổng số TTHC thuộc thẩm quyền giải quyết', total, TTHC);
      if (total.value > 0 && oneStop && interlinked) {
        p.text(', trong đó: ').measure('thực hiện theo cơ chế một cửa', oneStop, TTHC).text('; ');
        p.measure('thực hiện theo cơ chế một cửa liên thông', interlinked, TTHC);
        p.requireSum(
          total,
          'tổng số TTHC thuộc thẩm quyền',
          [oneStop, interlinked],
          'số TTHC một cửa và một cửa liên thông',
        );
      }
      out.push(p.text('.'));
    }
    if (postal) {
      const p = bullet().headline(
        'Số lượng TTHC thực hiện qua dịch vụ bưu chính công ích (BCCI)',
        postal,
        TTHC,
      );
      if (total)
        p.requireAtMost(
          postal,
          'số TTHC qua dịch vụ bưu chính công ích',
          total,
          'tổng số TTHC thuộc thẩm quyền',
        );
      out.push(p.text('.'));
    }
    if (online) {
      const p = bullet().headline('Số lượng TTHC cung cấp dịch vụ công trực tuyến', online, TTHC);
      if (online.value > 0 && full && partial) {
        p.text(' (')
          .measure('toàn trình', full, TTHC)
          .text('; ')
          .measure('một phần', partial, TTHC)
          .text(')');
        p.requireSum(
          online,
          'số TTHC cung cấp dịch vụ công trực tuyến',
          [full, partial],
          'số TTHC toàn trình và một phần',
        );
      }
      if (total)
        p.requireAtMost(
          online,
          'số TTHC cung cấp dịch vụ công trực tuyến',
          total,
          'tổng số TTHC thuộc thẩm quyền',
        );
      out.push(p.text('.'));
    }
    if (announced) {
      const p = bullet().headline('Tổng số TTHC, danh mục TTHC được công bố', announced, TTHC);
      if (announced.value > 0 && published) {
        p.text('; trong đó số TTHC được công khai: ').amount(published, TTHC);
        withRate(p, published, announced, f.statedFixed('publishedRate'), 'tỷ lệ TTHC được công khai');
        p.requireAtMost(published, 'số TTHC được công khai', announced, 'số TTHC được công bố');
      }
      out.push(p.text('.'));
    }
    return finish(out, f.form);
  },
};

const REVIEW_OPTIONS: readonly [id: string, label: string][] = [
  ['keep', 'giữ nguyên'],
  ['abolish', 'bãi bỏ'],
  ['amend', 'sửa đổi, bổ sung'],
  ['replace', 'thay thế'],
  ['interlink', 'thực hiện liên thông'],
  ['eSolution', 'có giải pháp thực hiện trên môi trường điện tử'],
];

export const reviewSection: SectionDrafter = {
  sources: ['KSTT-RS'],
  draft(ctx: DraftContext) {
    const f = figuresOf(ctx.forms, 'KSTT-RS');
    if (!f) return null;
    const planned = f.fixed('planned');
    const reviewed = f.fixed('reviewed');
    const out: (ParagraphBuilder | null)[] = [];
    if (planned)
      out.push(bullet().headline('Số lượng TTHC cần rà soát theo kế hoạch', planned, TTHC).text('.'));
    if (reviewed) {
      const p = bullet().headline('Số lượng TTHC đã rà soát', reviewed, TTHC);
      if (planned && planned.value > 0) {
        withRate(
          p,
          reviewed,
          planned,
          f.statedFixed('completionRate'),
          'tỷ lệ hoàn thành kế hoạch rà soát',
          ' kế hoạch',
        );
      }
      out.push(p.text('.'));
      const options = REVIEW_OPTIONS.map(([id, label]) => ({ label, fig: f.fixed(id) })).filter(
        (o): o is { label: string; fig: Fig } => o.fig !== null,
      );
      const nonZero = options.filter((o) => o.fig.value > 0);
      if (reviewed.value > 0 && nonZero.length > 0) {
        const q = bullet().text('Phương án xử lý sau rà soát: ');
        nonZero.forEach((o, i) => {
          if (i > 0) q.text('; ');
          q.measure(o.label, o.fig, TTHC);
        });
        q.text('.');
        q.requireSum(
          reviewed,
          'số TTHC đã rà soát',
          options.map((o) => o.fig),
          'số TTHC theo các phương án',
        );
        for (const o of options)
          q.requireAtMost(o.fig, `số TTHC có phương án «${o.label}»`, reviewed, 'số TTHC đã rà soát');
        out.push(q);
      }
    }
    return finish(out, f.form);
  },
};
