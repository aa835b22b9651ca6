/**
 * Indicators (the «Chỉ tiêu» sheet, KSTT-CT) as data: which forms state the same counts, and how the sheet's own
 * figures read — counts and the rate they give, or only a typed rate. The draft narrates the sheet's figures as the
 * official typed them and flags every sentence where the sheet and the forms disagree.
 */
import { formatCount, formatPercent } from '../format';
import { figuresOf, type DraftContext } from './context';
import { cellsOf, sumFigs, type Fig, type FormFigures } from './figures';
import { cellsText, statedAsPercent, type ParagraphBuilder } from './paragraph';
import { cellAddress } from '../layout/a1';
import { DOSSIER_CODES } from './sections/dossiers';
import type { CellSource } from './types';

export interface Counts {
  numerator: Fig;
  denominator: Fig;
  /** A rate typed in the forms for the same quantity (checked against the counts elsewhere). */
  statedRate?: Fig | null;
}

/** The online-dossier counts: KSTT-DT when it states both, else the online and direct columns of II.06b/II.06a. */
export function onlineCounts(ctx: DraftContext): Counts | null {
  const dt = figuresOf(ctx.forms, 'KSTT-DT');
  const dtOnline = dt?.fixed('online');
  const dtReceived = dt?.fixed('received');
  if (dt && dtOnline && dtReceived)
    return { numerator: dtOnline, denominator: dtReceived, statedRate: dt.statedFixed('onlineRate') };
  const dossiers = figuresOf(ctx.forms, ...DOSSIER_CODES);
  const online = dossiers?.total('online');
  const direct = dossiers?.total('direct');
  if (!online || !direct) return null;
  return { numerator: online, denominator: sumFigs([online, direct]) };
}

function dtCounts(ctx: DraftContext, numerator: string, denominator: string): Counts | null {
  const dt = figuresOf(ctx.forms, 'KSTT-DT');
  const n = dt?.fixed(numerator);
  const d = dt?.fixed(denominator);
  return n && d ? { numerator: n, denominator: d } : null;
}

/** Indicator id → where the forms state the same counts. Indicators without a form counterpart are not here. */
export const FORM_COUNTS: Readonly<Record<string, (ctx: DraftContext) => Counts | null>> = {
  onlineDossiers: onlineCounts,
  onlinePayment: (ctx) => dtCounts(ctx, 'payOnline', 'payTotal'),
  digitisation: (ctx) => dtCounts(ctx, 'digitDone', 'digitTotal'),
};

/** One row of the «Chỉ tiêu» sheet as typed. */
export interface SheetIndicator {
  id: string;
  label: string;
  labelCell: CellSource;
  numerator: Fig | null;
  denominator: Fig | null;
  /** The «Tỷ lệ đạt» cell when it states a number (typed, or the formula over typed counts), in percent points. */
  result: Fig | null;
  /** Where the counts would be, for «chưa có tử số, mẫu số: …». */
  countCells: CellSource[];
}

export function sheetIndicator(sheet: FormFigures, id: string): SheetIndicator | null {
  const rowId = `target:${id}`;
  const index = sheet.form.fixedRows[rowId];
  if (index === undefined) return null;
  const body = sheet.form.dataRows[index]!;
  const spec =
    sheet.form.spec.rows.kind === 'fixed' ? sheet.form.spec.rows.rows.find((r) => r.id === rowId) : null;
  const numerator = sheet.fixed(rowId, 'numerator');
  const denominator = sheet.fixed(rowId, 'denominator');
  const typed = sheet.statedFixed(rowId, 'result');
  const result = typed ? { ...typed, value: statedAsPercent(typed.value) } : null;
  const labelCol = sheet.form.columns['item'] ?? 1;
  const countCells = [sheet.fixedCell(rowId, 'numerator'), sheet.fixedCell(rowId, 'denominator')].filter(
    (c): c is CellSource => c !== null,
  );
  return {
    id,
    label: body.label.trim() || spec?.label || id,
    labelCell: { sheet: sheet.sheet, cell: cellAddress(body.row, labelCol) },
    numerator,
    denominator,
    result,
    countCells,
  };
}

function describe(
  counts: { numerator: Fig; denominator: Fig } | null,
  rate: number | null,
  decimals: number,
): string {
  const percent = rate === null ? '' : formatPercent(rate, decimals, { input: 'percent' });
  if (!counts) return percent;
  const fraction = `${formatCount(counts.numerator.value)}/${formatCount(counts.denominator.value)}`;
  const where = cellsText([...cellsOf(counts.numerator.source), ...cellsOf(counts.denominator.source)]);
  return `${percent}${percent ? ' ' : ''}(${fraction}: ${where})`;
}

/**
 * Flags the sentence when the «Chỉ tiêu» sheet's figures for this indicator are not those of the forms: different
 * counts, or a typed rate that is not the forms' rate at the draft's precision.
 */
export function requireSheetAgreesWithForms(ctx: DraftContext, p: ParagraphBuilder, id: string): void {
  const sheet = figuresOf(ctx.forms, 'KSTT-CT');
  const counterpart = FORM_COUNTS[id];
  if (!sheet || !counterpart) return;
  const own = sheetIndicator(sheet, id);
  const forms = counterpart(ctx);
  if (!own || !forms) return;
  const decimals = p.style.percentDecimals;
  const formRate = p.rate(forms.numerator, forms.denominator);
  const ownCounts =
    own.numerator && own.denominator ? { numerator: own.numerator, denominator: own.denominator } : null;
  const ownRate = ownCounts
    ? (p.rate(ownCounts.numerator, ownCounts.denominator)?.value ?? null)
    : (own.result?.value ?? null);
  const countsDiffer =
    ownCounts !== null &&
    (ownCounts.numerator.value !== forms.numerator.value ||
      ownCounts.denominator.value !== forms.denominator.value);
  const ratesDiffer =
    ownCounts === null &&
    ownRate !== null &&
    formRate !== null &&
    Math.abs(ownRate - formRate.value) > 0.5 * 10 ** -decimals + 1e-9;
  if (!countsDiffer && !ratesDiffer) return;
  const sheetCells = ownCounts
    ? [...cellsOf(ownCounts.numerator.source), ...cellsOf(ownCounts.denominator.source)]
    : own.result
      ? cellsOf(own.result.source)
      : [];
  const formCells = [...cellsOf(forms.numerator.source), ...cellsOf(forms.denominator.source)];
  const sheetText = ownCounts
    ? describe(ownCounts, ownRate, decimals)
    : `${describe(null, ownRate, decimals)} (${cellsText(sheetCells)})`;
  p.flag(
    `${own.label} ở bảng chỉ tiêu là ${sheetText} nhưng theo các biểu là ${describe(forms, formRate?.value ?? null, decimals)}.`,
    [...sheetCells, ...formCells],
    sheetCells.length === 1 ? sheetCells[0] : undefined,
  );
}
