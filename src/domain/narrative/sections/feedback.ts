/** II.4 Tiếp nhận, xử lý phản ánh, kiến nghị — from Biểu II.05a. */
import { bulletOf, figuresOf, type DraftContext, type SectionDrafter } from '../context';
import { sumFigs } from '../figures';
import { detailLine, type ParagraphBuilder } from '../paragraph';

const PAKN = 'phản ánh, kiến nghị';

export const feedbackSection: SectionDrafter = {
  sources: ['II.05a'],
  draft(ctx: DraftContext) {
    const f = figuresOf(ctx.forms, 'II.05a');
    if (!f) return null;
    const received = f.total('received');
    const fresh = f.total('new');
    const carried = f.total('carried');
    const aboutRules = f.total('aboutRules');
    const aboutConduct = f.total('aboutConduct');
    const processed = f.total('processed');
    const published = f.total('published');
    const inProgress = f.total('inProgress');
    const out: ParagraphBuilder[] = [];

    const p = bulletOf(ctx);
    p.headline(
      'Tổng số phản ánh, kiến nghị đã tiếp nhận trong kỳ báo cáo',
      received,
      PAKN,
      f.totalCell('received'),
    );
    if (!received || received.value > 0) {
      p.beginList();
      p.item(', trong đó: ', 'tiếp nhận mới trong kỳ', fresh, PAKN);
      p.item(', trong đó: ', 'từ kỳ trước chuyển qua', carried, PAKN);
    }
    p.text('.');
    p.requireSum(
      received,
      'tổng số phản ánh, kiến nghị đã tiếp nhận',
      [fresh, carried],
      'số tiếp nhận mới và từ kỳ trước',
    );
    p.requireSum(
      received,
      'tổng số phản ánh, kiến nghị đã tiếp nhận',
      [processed, inProgress],
      'số đã xử lý và đang xử lý',
    );
    out.push(p);

    // The content split: said in words when typed as zeros («không có … về quy định hành chính»), never for blanks.
    if (aboutRules || aboutConduct) {
      const q = bulletOf(ctx).text('Về nội dung: ');
      const parts = [
        { label: 'về quy định hành chính', fig: aboutRules },
        { label: 'về hành vi hành chính', fig: aboutConduct },
      ].filter((x) => x.fig !== null);
      parts.forEach((x, i) => {
        if (i > 0) q.text('; ');
        q.measure(x.label, x.fig!, PAKN);
      });
      q.text('.');
      const stated = parts.map((x) => x.fig!);
      q.requireAtMost(
        sumFigs(stated),
        'số phản ánh, kiến nghị về quy định và về hành vi hành chính',
        received,
        'tổng số đã tiếp nhận',
      );
      out.push(q);
    }

    const r = bulletOf(ctx);
    r.headline('Số phản ánh, kiến nghị đã xử lý', processed, PAKN, f.totalCell('processed'));
    if ((!processed || processed.value > 0) && r.shows(published))
      r.text('; trong đó số đã được đăng tải công khai: ').amount(published, PAKN);
    r.requireAtMost(published, 'số phản ánh, kiến nghị đã đăng tải công khai', processed, 'số đã xử lý');
    out.push(r.text('.'));

    if (inProgress)
      out.push(bulletOf(ctx).headline('Số phản ánh, kiến nghị đang xử lý', inProgress, PAKN).text('.'));
    const stated = out.filter((x) => x.hasFigure());
    if (stated.length === 0) return null;
    stated.push(detailLine(f.form));
    return stated.map((x) => x.build());
  },
};
