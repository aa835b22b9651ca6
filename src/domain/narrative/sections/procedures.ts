/**
 * II.1 đánh giá tác động (Biểu KSTT-DG), II.2 công bố, công khai (KSTT-CB), II.3 rà soát, đơn giản hóa (KSTT-RS):
 * the fixed-row summary forms, one bullet per figure the outline asks for.
 */
import { bulletOf, figuresOf, type DraftContext, type SectionDrafter } from '../context';
import type { Fig, FormFigures } from '../figures';
import type { RecognisedForm } from '../../read/types';
import { detailLine, type ParagraphBuilder } from '../paragraph';
import type { DraftParagraph } from '../types';

const TTHC = 'TTHC';

function finish(built: (ParagraphBuilder | null)[], form: RecognisedForm): DraftParagraph[] | null {
  // A sentence with no figure the workbook states (only «[chưa có số liệu]») is left out.
  const present = built.filter((p): p is ParagraphBuilder => p !== null && p.hasFigure());
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
  const rate = p.rate(part, whole);
  if (!rate) return;
  p.text(', đạt ').percent(rate).text(suffix);
  p.requireRate(stated, rate, name);
}

/** «{label}: 12 TTHC» — or «[chưa có số liệu: ô …]» when its parts are stated but it is blank. */
function headline(p: ParagraphBuilder, f: FormFigures, id: string, label: string, noun = TTHC): Fig | null {
  const fig = f.fixed(id);
  p.headline(label, fig, noun, f.fixedCell(id));
  return fig;
}

export const assessmentSection: SectionDrafter = {
  sources: ['KSTT-DG'],
  draft(ctx: DraftContext) {
    const f = figuresOf(ctx.forms, 'KSTT-DG');
    if (!f) return null;
    const first = bulletOf(ctx);
    headline(first, f, 'assessed', 'Số lượng TTHC đã được đánh giá tác động trong kỳ báo cáo');
    first.text('.');
    const second = bulletOf(ctx);
    const issued = headline(second, f, 'issued', 'Số lượng TTHC được ban hành trong kỳ báo cáo');
    const issuedAssessed = f.fixed('issuedAssessed');
    if (!issued || issued.value > 0) {
      second.beginList();
      if (
        second.item(', trong đó ', 'đã được đánh giá tác động', issuedAssessed, TTHC) &&
        issued &&
        issuedAssessed
      )
        withRate(
          second,
          issuedAssessed,
          issued,
          f.statedFixed('issuedAssessedRate'),
          'tỷ lệ TTHC ban hành đã được đánh giá tác động',
        );
    }
    second.requireAtMost(
      issuedAssessed,
      'số TTHC ban hành đã được đánh giá tác động',
      issued,
      'số TTHC được ban hành',
    );
    second.text('.');
    // «đã được đánh giá tác động: không» is a statement of its own when the number issued is not given.
    const third =
      !issued && issuedAssessed?.value === 0
        ? bulletOf(ctx)
            .headline(
              'Số lượng TTHC được ban hành trong kỳ báo cáo đã được đánh giá tác động',
              issuedAssessed,
              TTHC,
            )
            .text('.')
        : null;
    return finish([first, second.hasFigure() ? second : third], f.form);
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
    const out: ParagraphBuilder[] = [];

    const p = bulletOf(ctx);
    headline(p, f, 'total', 'Tổng số TTHC thuộc thẩm quyền giải quyết');
    if (!total || total.value > 0) {
      p.beginList();
      p.item(', trong đó: ', 'thực hiện theo cơ chế một cửa', oneStop, TTHC);
      p.item(', trong đó: ', 'thực hiện theo cơ chế một cửa liên thông', interlinked, TTHC);
    }
    p.requireSum(
      total,
      'tổng số TTHC thuộc thẩm quyền',
      [oneStop, interlinked],
      'số TTHC một cửa và một cửa liên thông',
    );
    out.push(p.text('.'));

    const q = bulletOf(ctx);
    headline(q, f, 'postal', 'Số lượng TTHC thực hiện qua dịch vụ bưu chính công ích (BCCI)');
    q.requireAtMost(postal, 'số TTHC qua dịch vụ bưu chính công ích', total, 'tổng số TTHC thuộc thẩm quyền');
    out.push(q.text('.'));

    const r = bulletOf(ctx);
    headline(r, f, 'online', 'Số lượng TTHC cung cấp dịch vụ công trực tuyến');
    if (!online || online.value > 0) {
      r.beginList();
      r.item(' (', 'toàn trình', full, TTHC);
      r.item(' (', 'một phần', partial, TTHC);
      if (r.listedCount() > 0) r.text(')');
    }
    r.requireSum(
      online,
      'số TTHC cung cấp dịch vụ công trực tuyến',
      [full, partial],
      'số TTHC toàn trình và một phần',
    );
    r.requireAtMost(
      online,
      'số TTHC cung cấp dịch vụ công trực tuyến',
      total,
      'tổng số TTHC thuộc thẩm quyền',
    );
    out.push(r.text('.'));

    const t = bulletOf(ctx);
    headline(t, f, 'announced', 'Tổng số TTHC, danh mục TTHC được công bố');
    if (published && (!announced || announced.value > 0) && t.shows(published)) {
      t.text('; trong đó số TTHC được công khai: ').amount(published, TTHC);
      if (announced)
        withRate(t, published, announced, f.statedFixed('publishedRate'), 'tỷ lệ TTHC được công khai');
    }
    t.requireAtMost(published, 'số TTHC được công khai', announced, 'số TTHC được công bố');
    out.push(t.text('.'));
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
      out.push(bulletOf(ctx).headline('Số lượng TTHC cần rà soát theo kế hoạch', planned, TTHC).text('.'));
    if (reviewed) {
      const p = bulletOf(ctx).headline('Số lượng TTHC đã rà soát', reviewed, TTHC);
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
        const q = bulletOf(ctx).text('Phương án xử lý sau rà soát: ');
        nonZero.forEach((o, i) => {
          if (i > 0) q.text('; ');
          q.measure(o.label, o.fig, TTHC);
        });
        q.text('.');
        q.requireSum(
          reviewed,
          'số TTHC đã rà soát',
          REVIEW_OPTIONS.map(([id]) => f.fixed(id)),
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
