/** II.4 Tiếp nhận, xử lý phản ánh, kiến nghị — from Biểu II.05a. */
import { figuresOf, type DraftContext, type SectionDrafter } from '../context';
import { bullet, detailLine, type ParagraphBuilder } from '../paragraph';

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
    if (received) {
      const p = bullet().headline(
        'Tổng số phản ánh, kiến nghị đã tiếp nhận trong kỳ báo cáo',
        received,
        PAKN,
      );
      if (received.value > 0 && fresh && carried) {
        p.text(', trong đó: ').measure('tiếp nhận mới trong kỳ', fresh, PAKN).text('; ');
        p.measure('từ kỳ trước chuyển qua', carried, PAKN);
        p.requireSum(
          received,
          'tổng số phản ánh, kiến nghị đã tiếp nhận',
          [fresh, carried],
          'số tiếp nhận mới và từ kỳ trước',
        );
      }
      p.text('.');
      if (processed || inProgress) {
        p.requireSum(
          received,
          'tổng số phản ánh, kiến nghị đã tiếp nhận',
          [processed, inProgress],
          'số đã xử lý và đang xử lý',
        );
      }
      out.push(p);
    }
    if (aboutRules && aboutConduct) {
      const p = bullet().text('Về nội dung: ').measure('về quy định hành chính', aboutRules, PAKN).text('; ');
      p.measure('về hành vi hành chính', aboutConduct, PAKN).text('.');
      if (received) {
        p.requireAtMost(
          {
            value: aboutRules.value + aboutConduct.value,
            source: { derived: 'sum', from: [aboutRules.source, aboutConduct.source] },
          },
          'số phản ánh, kiến nghị về quy định và về hành vi hành chính',
          received,
          'tổng số đã tiếp nhận',
        );
      }
      out.push(p);
    }
    if (processed) {
      const p = bullet().headline('Số phản ánh, kiến nghị đã xử lý', processed, PAKN);
      if (processed.value > 0 && published) {
        p.text('; trong đó số đã được đăng tải công khai: ').amount(published, PAKN);
        p.requireAtMost(published, 'số phản ánh, kiến nghị đã đăng tải công khai', processed, 'số đã xử lý');
      }
      out.push(p.text('.'));
    }
    if (inProgress)
      out.push(bullet().headline('Số phản ánh, kiến nghị đang xử lý', inProgress, PAKN).text('.'));
    if (out.length === 0) return null;
    out.push(detailLine(f.form));
    return out.map((p) => p.build());
  },
};
