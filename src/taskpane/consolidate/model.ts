/**
 * The aggregate's own fields (who reports, for which period) and how they turn a ConsolidationResult into plans.
 * The period defaults to the one most units reported (the core's majority); the official may correct it, and the
 * corrected text is what the new sheets print. Pure: no React, no Office.
 */
import type { ConsolidatedMeta, ConsolidationResult, UnitStatusCode } from '../../domain/consolidate';
import { defaultPeriodFor, formatDdMmYyyy, parseDate, type IsoDate } from '../../domain/period';
import type { SheetPlan } from '../../domain/layout/sheet-plan';
import type { MergeEngine } from './run-merge';

export interface AggregateFields {
  reportingUnit: string;
  receivingUnit: string;
  periodLabel: string;
  periodFrom: string;
  periodTo: string;
}

/** Message keys of ./messages.ts that a validation can return. */
export type AggregateProblem =
  | 'consolidate.invalid.unit'
  | 'consolidate.invalid.period'
  | 'consolidate.invalid.dates'
  | 'consolidate.invalid.order'
  | 'consolidate.invalid.nothing';

/** Fields after a merge: the majority period when the units stated one, otherwise the current quarter. */
export function initialAggregateFields(
  result: ConsolidationResult,
  today: IsoDate,
  remembered: { reportingUnit?: string; receivingUnit?: string } = {},
  previous?: AggregateFields,
): AggregateFields {
  const fallback = defaultPeriodFor(today, 'quarter');
  return {
    reportingUnit: previous?.reportingUnit || remembered.reportingUnit || '',
    receivingUnit: previous?.receivingUnit || remembered.receivingUnit || '',
    periodLabel: result.periodLabel ?? fallback.label,
    periodFrom: result.periodFrom ?? formatDdMmYyyy(fallback.from),
    periodTo: result.periodTo ?? formatDdMmYyyy(fallback.to),
  };
}

export function validateAggregate(fields: AggregateFields, result: ConsolidationResult): AggregateProblem[] {
  const problems: AggregateProblem[] = [];
  if (result.counts.merged === 0) problems.push('consolidate.invalid.nothing');
  if (!fields.reportingUnit.trim()) problems.push('consolidate.invalid.unit');
  if (!fields.periodLabel.trim()) problems.push('consolidate.invalid.period');
  const from = parseDate(fields.periodFrom);
  const to = parseDate(fields.periodTo);
  if (!from || !to) problems.push('consolidate.invalid.dates');
  else if (from > to) problems.push('consolidate.invalid.order');
  return problems;
}

/** The plans to write: the result with the official's period, and the fields as the forms' header. */
export function aggregatePlans(
  result: ConsolidationResult,
  fields: AggregateFields,
  engine: MergeEngine,
): SheetPlan[] {
  const from = formatDdMmYyyy(parseDate(fields.periodFrom)!);
  const to = formatDdMmYyyy(parseDate(fields.periodTo)!);
  const period = { label: fields.periodLabel.trim(), from, to };
  const meta: ConsolidatedMeta = {
    reportingUnit: fields.reportingUnit.trim(),
    receivingUnit: fields.receivingUnit.trim(),
    level: 'huyen',
    fallbackPeriod: period,
  };
  return engine.buildPlans({ ...result, periodLabel: period.label, periodFrom: from, periodTo: to }, meta);
}

/** The short status words of the list («hợp lệ», «có lỗi», …), as message keys. */
export function statusKey(code: UnitStatusCode) {
  return `consolidate.status.${code}` as const;
}

export function statusIntent(code: UnitStatusCode): 'success' | 'warning' | 'danger' {
  if (code === 'ok') return 'success';
  return code === 'errors' ? 'warning' : 'danger';
}
