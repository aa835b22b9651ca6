/** II.6 Triển khai cơ chế một cửa, một cửa liên thông — from Biểu II.07b (TTHC and internal procedures by level). */
import { bulletOf, figuresOf, type DraftContext, type SectionDrafter } from '../context';
import type { Fig, FormFigures } from '../figures';
import { detailLine, type ParagraphBuilder } from '../paragraph';

const LEVELS = [
  ['Province', 'cấp tỉnh'],
  ['District', 'cấp huyện'],
  ['Commune', 'cấp xã'],
] as const;

/** « (cấp tỉnh 12 TTHC; cấp xã 399 TTHC)» — levels with none are left out. */
function byLevel(p: ParagraphBuilder, f: FormFigures, prefix: string, noun: string): void {
  const parts: { name: string; fig: Fig }[] = [];
  for (const [suffix, name] of LEVELS) {
    const fig = f.total(`${prefix}${suffix}`);
    if (fig && fig.value > 0) parts.push({ name, fig });
  }
  if (parts.length === 0) return;
  p.text(' (');
  parts.forEach((x, i) => {
    if (i > 0) p.text('; ');
    p.measure(x.name, x.fig, noun);
  });
  p.text(')');
}

function parts(f: FormFigures, prefix: string): (Fig | null)[] {
  return LEVELS.map(([suffix]) => f.total(`${prefix}${suffix}`));
}

export const oneStopSection: SectionDrafter = {
  sources: ['II.07b'],
  draft(ctx: DraftContext) {
    const f = figuresOf(ctx.forms, 'II.07b');
    if (!f) return null;
    const auth = f.total('authTotal');
    const oneStop = f.total('oneStopTotal');
    const proc = f.total('procTotal');
    const out: ParagraphBuilder[] = [];
    if (auth) {
      const p = bulletOf(ctx).headline('Tổng số TTHC thuộc thẩm quyền giải quyết', auth, 'TTHC');
      byLevel(p, f, 'auth', 'TTHC');
      p.requireSum(auth, 'tổng số TTHC thuộc thẩm quyền', parts(f, 'auth'), 'số TTHC các cấp');
      out.push(p.text('.'));
    }
    if (oneStop) {
      const p = bulletOf(ctx).headline(
        'Số lượng TTHC thực hiện theo cơ chế một cửa, một cửa liên thông',
        oneStop,
        'TTHC',
      );
      byLevel(p, f, 'oneStop', 'TTHC');
      const share = auth ? p.rate(oneStop, auth) : null;
      if (share && oneStop.value > 0) p.text(', đạt ').percent(share).text(' tổng số TTHC thuộc thẩm quyền');
      p.requireSum(
        oneStop,
        'số TTHC theo cơ chế một cửa, một cửa liên thông',
        parts(f, 'oneStop'),
        'số TTHC các cấp',
      );
      LEVELS.forEach(([suffix, name]) => {
        const part = f.total(`oneStop${suffix}`);
        const whole = f.total(`auth${suffix}`);
        if (part && whole)
          p.requireAtMost(
            part,
            `số TTHC theo cơ chế một cửa ${name}`,
            whole,
            `số TTHC thuộc thẩm quyền ${name}`,
          );
      });
      out.push(p.text('.'));
    }
    if (proc) {
      const p = bulletOf(ctx).headline(
        'Số quy trình nội bộ giải quyết TTHC theo cơ chế một cửa, một cửa liên thông được ban hành',
        proc,
        'quy trình',
      );
      byLevel(p, f, 'proc', 'quy trình');
      p.requireSum(proc, 'tổng số quy trình nội bộ', parts(f, 'proc'), 'số quy trình các cấp');
      out.push(p.text('.'));
    }
    if (out.length === 0) return null;
    out.push(detailLine(f.form));
    return out.map((p) => p.build());
  },
};
