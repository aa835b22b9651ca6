/**
 * Targets (chỉ tiêu) a rate is judged against: the «Chỉ tiêu» sheet (KSTT-CT) when the workbook has one — the user's
 * own, editable numbers — else the yearly targets data of src/domain/forms. Either way the target is cited by its
 * legal text («Nghị quyết số 01/NQ-CP, 02/NQ-CP năm 2024»), never by the name of a worksheet.
 */
import { formatPercent } from '../format';
import { targetsForYear } from '../forms/targets-data';
import type { DraftContext } from './context';
import { figuresOf } from './context';
import type { Fig, FormFigures } from './figures';
import type { ParagraphBuilder } from './paragraph';
import type { Figure } from './types';

export interface Target {
  fig: Fig;
  /** The legal text the target comes from, printed as a reference. */
  basis: string;
}

/** «Chỉ tiêu theo Nghị quyết 01/NQ-CP, 02/NQ-CP năm 2024» → «Nghị quyết số 01/NQ-CP, 02/NQ-CP năm 2024». */
export function legalCitation(text: string): string | null {
  const match = /nghị quyết\s+(số\s+)?(.+)$/iu.exec(text.trim());
  if (!match || !/\/NQ/i.test(match[2]!)) return null;
  return `Nghị quyết số ${match[2]!.trim().replace(/[.;:]+$/, '')}`;
}

/** The legal text of the year's targets, from the targets data («; chưa có chỉ tiêu năm 2026» when reused). */
function dataCitation(ctx: DraftContext): { year: number; text: string } {
  const { data, exact } = targetsForYear(ctx.year ?? new Date().getFullYear());
  const text =
    exact || ctx.year === null
      ? `Nghị quyết số 01/NQ-CP, 02/NQ-CP năm ${data.year}`
      : `Nghị quyết số 01/NQ-CP, 02/NQ-CP năm ${data.year}; chưa có chỉ tiêu năm ${ctx.year}`;
  return { year: data.year, text };
}

/** What the «Chỉ tiêu» sheet cites in its heading row, else the targets data's legal text. */
export function sheetCitation(ctx: DraftContext, sheet: FormFigures): string {
  for (const row of sheet.form.dataRows) {
    const cited = /nghị quyết/iu.test(row.label) ? legalCitation(row.label) : null;
    if (cited) return cited;
  }
  return dataCitation(ctx).text;
}

export function targetFor(ctx: DraftContext, id: string): Target | null {
  const sheet = figuresOf(ctx.forms, 'KSTT-CT');
  const own = sheet?.fixed(`target:${id}`, 'target');
  if (sheet && own) return { fig: own, basis: sheetCitation(ctx, sheet) };
  const { data } = targetsForYear(ctx.year ?? new Date().getFullYear());
  const target = data.targets.find((t) => t.id === id);
  if (!target) return null;
  return {
    fig: { value: target.targetPercent, source: { target: { year: data.year, id } } },
    basis: dataCitation(ctx).text,
  };
}

/** A target as the Nghị quyết writes it: «50%», «100%» (a typed target keeps its own decimals). */
function targetFigure(fig: Fig): Figure {
  const text = formatPercent(fig.value, 2, { input: 'percent', trimTrailingZeros: true });
  return { kind: 'figure', text, value: fig.value, source: fig.source };
}

/** «, so với chỉ tiêu 50% (theo Nghị quyết số 01/NQ-CP, 02/NQ-CP năm 2024): đạt» */
export function judge(p: ParagraphBuilder, rate: Fig, target: Target | null): void {
  if (!target) return;
  p.text(', so với chỉ tiêu ');
  p.segments.push(targetFigure(target.fig));
  p.text(' (theo ').ref(target.basis).text('): ');
  p.text(rate.value >= target.fig.value ? 'đạt' : 'chưa đạt');
}
