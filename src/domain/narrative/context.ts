/** What every section drafter reads: this period's forms, the previous period's, and the year for targets. */
import type { RecognisedForm } from '../read/types';
import { findForm, FormFigures } from './figures';
import { bullet, DEFAULT_STYLE, plain, type DraftStyle, type ParagraphBuilder } from './paragraph';

export interface DraftContext {
  forms: readonly RecognisedForm[];
  previous: readonly RecognisedForm[];
  /** The report year read from the forms' «Kỳ báo cáo», or null. */
  year: number | null;
  /** Decimals of percentages, zero sub-parts (DEFAULT_STYLE when absent). */
  style?: DraftStyle;
}

/** A bullet («- …») and a running paragraph in the draft's style. */
export function bulletOf(ctx: Pick<DraftContext, 'style'>): ParagraphBuilder {
  return bullet(ctx.style ?? DEFAULT_STYLE);
}
export function plainOf(ctx: Pick<DraftContext, 'style'>): ParagraphBuilder {
  return plain(ctx.style ?? DEFAULT_STYLE);
}

/** Figures of the first form with one of these codes (in this order of preference). */
export function figuresOf(forms: readonly RecognisedForm[], ...codes: string[]): FormFigures | null {
  const form = findForm(forms, ...codes);
  return form ? new FormFigures(form) : null;
}

/** The same, from the previous period's workbook (sources marked `workbook: 'previous'`). */
export function previousFiguresOf(ctx: DraftContext, code: string): FormFigures | null {
  const form = findForm(ctx.previous, code);
  return form ? new FormFigures(form, true) : null;
}
