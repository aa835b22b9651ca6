/**
 * The consolidated workbook as SheetPlans: Biểu II.06b (lĩnh vực by level, subtotals and TỔNG CỘNG as
 * formulas), the per-unit appendix (KSTT-PL), II.05a / II.07b with one line per unit and KSTT-DT summed
 * when units sent them, and the «Tình trạng đơn vị» sheet. Only input cells carry numbers; every total,
 * subtotal and rate is a formula written by the layout engine, so the workbook recomputes anywhere.
 */
import { getForm, type AdminLevel, type FormSpec } from '../forms';
import { FORM_PHU_LUC_DON_VI } from '../forms/phu-luc-don-vi';
import { buildSheetPlan } from '../layout/build-plan';
import type { FormOptions, PeriodText, RowGroupOption, RowValues } from '../layout/options';
import { MAX_LABEL_LENGTH } from '../layout/validate';
import type { SheetPlan } from '../layout/sheet-plan';
import { buildStatusPlan } from './status-plan';
import type { ConsolidationResult } from './types';

export interface ConsolidatedMeta {
  /** The consolidating office («UBND huyện …»). */
  reportingUnit: string;
  receivingUnit?: string;
  /** The consolidating office's own level (default lists only; the groups come from the units). */
  level?: AdminLevel;
  reportPlace?: string;
  /** dd/mm/yyyy or ''. */
  reportDate?: string;
  /** Used when no unit stated a readable period. */
  fallbackPeriod: PeriodText;
}

/** Group label of a level in a grouped spec (its default groups name tỉnh, huyện, xã in that order). */
function groupLabel(spec: FormSpec, level: AdminLevel): string {
  const fallback = { tinh: 'Cấp tỉnh', huyen: 'Cấp huyện', xa: 'Cấp xã' }[level];
  if (spec.rows.kind !== 'grouped') return fallback;
  const wanted = { tinh: /^cấp tỉnh/iu, huyen: /^cấp huyện/iu, xa: /^cấp xã/iu }[level];
  return spec.rows.groups.find((g) => wanted.test(g.label))?.label ?? fallback;
}

function clip(label: string): string {
  return label.length > MAX_LABEL_LENGTH ? `${label.slice(0, MAX_LABEL_LENGTH - 1)}…` : label;
}

function baseOptions(result: ConsolidationResult, meta: ConsolidatedMeta): FormOptions {
  const period: PeriodText =
    result.periodLabel && result.periodFrom && result.periodTo
      ? { label: result.periodLabel, from: result.periodFrom, to: result.periodTo }
      : meta.fallbackPeriod;
  return {
    reportingUnit: meta.reportingUnit,
    receivingUnit: meta.receivingUnit ?? '',
    level: meta.level ?? 'huyen',
    period,
    reportPlace: meta.reportPlace ?? '',
    reportDate: meta.reportDate ?? '',
  };
}

export function buildConsolidatedPlans(result: ConsolidationResult, meta: ConsolidatedMeta): SheetPlan[] {
  const options = baseOptions(result, meta);
  const plans: SheetPlan[] = [];

  const ii06b = getForm('II.06b')!;
  if (result.groups.length > 0) {
    const groups: RowGroupOption[] = result.groups.map((g) => {
      const values: RowValues = {};
      for (const row of g.rows) values[row.label] = row.values;
      return { label: groupLabel(ii06b, g.level), rows: g.rows.map((r) => r.label), values };
    });
    plans.push(buildSheetPlan(ii06b, { ...options, groups, optionalColumns: result.optionalColumns }));

    const unitGroups: RowGroupOption[] = [];
    for (const level of ['tinh', 'huyen', 'xa'] as const) {
      const rows = result.units.filter((u) => u.level === level);
      if (rows.length === 0) continue;
      const values: RowValues = {};
      for (const u of rows) {
        values[clip(u.unitName)] = {
          received: u.received,
          early: u.early,
          onTime: u.onTime,
          late: u.late,
          pending: u.pending,
        };
      }
      unitGroups.push({
        label: groupLabel(FORM_PHU_LUC_DON_VI, level),
        rows: rows.map((u) => clip(u.unitName)),
        values,
      });
    }
    plans.push(buildSheetPlan(FORM_PHU_LUC_DON_VI, { ...options, groups: unitGroups }));
  }

  for (const code of ['II.05a', 'II.07b'] as const) {
    const rows = result.unitForms[code];
    if (rows.length === 0) continue;
    const values: RowValues = {};
    for (const r of rows) values[clip(r.unitName)] = r.values;
    plans.push(
      buildSheetPlan(getForm(code)!, { ...options, rowLabels: rows.map((r) => clip(r.unitName)), values }),
    );
  }
  if (result.electronic.unitCount > 0) {
    plans.push(buildSheetPlan(getForm('KSTT-DT')!, { ...options, prefill: result.electronic.values }));
  }

  plans.push(buildStatusPlan(result));
  return plans;
}
