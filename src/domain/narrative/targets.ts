/**
 * Targets (chỉ tiêu) a rate is judged against: the «Chỉ tiêu» sheet (KSTT-CT) when the workbook has one — the user's
 * own, editable numbers — else the yearly targets data of src/domain/forms.
 */
import { targetsForYear } from '../forms/targets-data';
import type { DraftContext } from './context';
import { figuresOf } from './context';
import type { Fig } from './figures';
import type { ParagraphBuilder } from './paragraph';

export interface Target {
  fig: Fig;
  /** Where the target comes from, printed as a reference. */
  basis: string;
}

export function targetFor(ctx: DraftContext, id: string): Target | null {
  const sheet = figuresOf(ctx.forms, 'KSTT-CT');
  const own = sheet?.fixed(`target:${id}`, 'target');
  if (sheet && own) return { fig: own, basis: `trang «${sheet.sheet}»` };
  const { data, exact } = targetsForYear(ctx.year ?? new Date().getFullYear());
  const target = data.targets.find((t) => t.id === id);
  if (!target) return null;
  const basis =
    exact || ctx.year === null
      ? `Nghị quyết 01/NQ-CP, 02/NQ-CP năm ${data.year}`
      : `Nghị quyết 01/NQ-CP, 02/NQ-CP năm ${data.year}; chưa có chỉ tiêu năm ${ctx.year}`;
  return { fig: { value: target.targetPercent, source: { target: { year: data.year, id } } }, basis };
}

/** «, so với chỉ tiêu 50% (theo …): đạt» */
export function judge(p: ParagraphBuilder, rate: Fig, target: Target | null): void {
  if (!target) return;
  p.text(', so với chỉ tiêu ').percent(target.fig).text(' (theo ').ref(target.basis).text('): ');
  p.text(rate.value >= target.fig.value ? 'đạt' : 'chưa đạt');
}
