/**
 * What the «Chèn biểu mẫu» view holds and how a change to one field moves the others, as plain functions (no
 * React, no Office) so the rules can be tested directly:
 * - the period choice (kind, year, index) fills «Từ ngày» / «Đến ngày» from the Nghị định 09/2019 cut-off dates;
 *   the user may then edit them;
 * - the legal basis follows the period's end until the user picks one;
 * - each row list is prefilled with the spec's default for the level (and, for II.06b, the period), and is
 *   replaced when the level or period changes only while the user has not edited it.
 */
import { FORM_CATALOGUE, defaultLegalBasis, type AdminLevel, type FormSpec, type LegalBasis } from '../../domain/forms';
import { FormOptionsError, buildSheetPlan } from '../../domain/layout/build-plan';
import type { FormOptions } from '../../domain/layout/options';
import { resolveGroups } from '../../domain/layout/rows';
import type { SheetPlan } from '../../domain/layout/sheet-plan';
import {
  defaultPeriodFor,
  describePeriodArgumentError,
  formatDdMmYyyy,
  formatPeriodLabel,
  parseDate,
  periodsPerYear,
  proposePeriod,
  validatePeriod,
  type PeriodKind,
  type PeriodValidation,
} from '../../domain/period';
import { buildIndicatorPlan, INDICATOR_FORM_CODE } from '../../domain/indicators';
import { linkIndicatorPlans, sheetNamesInOrder, type IndicatorRecipe } from './indicators';
import { formatGroupText, formatRowLines, parseGroupText, parseRowLines } from './row-text';

export const ADMIN_LEVELS: readonly AdminLevel[] = ['tinh', 'huyen', 'xa'];
export const DEFAULT_PREPARER_TITLE = 'NGƯỜI LẬP BIỂU';
export const DEFAULT_HEAD_TITLE = 'THỦ TRƯỞNG ĐƠN VỊ';
/** The form most units report every quarter; preselected so one click inserts something useful. */
export const DEFAULT_SELECTED_FORMS: readonly string[] = ['II.06a'];
/** Forms with the two optional Nghị định 118/2025 columns. */
export const FORMS_WITH_OPTIONAL_COLUMNS: readonly string[] = ['II.06a', 'II.06b'];

export interface InsertFormState {
  basis: LegalBasis;
  /** True once the user picked a basis: it then no longer follows the period. */
  basisChosen: boolean;
  /** Form codes, in catalogue order. */
  selected: string[];
  reportingUnit: string;
  receivingUnit: string;
  level: AdminLevel;
  kind: PeriodKind;
  /** As typed, so a half-typed year («20») does not jump around. */
  yearText: string;
  index: number;
  /** dd/mm/yyyy as typed. */
  from: string;
  to: string;
  reportPlace: string;
  /** dd/mm/yyyy, or empty to print «ngày … tháng … năm …» for signing by hand. */
  reportDate: string;
  preparerTitle: string;
  headTitle: string;
  /** Text of each row list, by slot key (see rowListSlots). */
  rowTexts: Record<string, string>;
  /** The default each row list was last filled with: equal to its text while the user has not edited it. */
  rowDefaults: Record<string, string>;
  optionalColumns: { returned: boolean; paused: boolean };
}

/** What is remembered between sessions (see remembered.ts). */
export interface RememberedFields {
  reportingUnit: string;
  receivingUnit: string;
  reportPlace: string;
}

export function initialInsertState(todayIso: string, remembered: Partial<RememberedFields> = {}): InsertFormState {
  const period = defaultPeriodFor(todayIso);
  const state: InsertFormState = {
    basis: defaultLegalBasis(period.to),
    basisChosen: false,
    selected: [...DEFAULT_SELECTED_FORMS],
    reportingUnit: remembered.reportingUnit ?? '',
    receivingUnit: remembered.receivingUnit ?? '',
    level: 'xa',
    kind: period.kind,
    yearText: String(period.year),
    index: period.index,
    from: formatDdMmYyyy(period.from),
    to: formatDdMmYyyy(period.to),
    reportPlace: remembered.reportPlace ?? '',
    reportDate: '',
    preparerTitle: DEFAULT_PREPARER_TITLE,
    headTitle: DEFAULT_HEAD_TITLE,
    rowTexts: {},
    rowDefaults: {},
    optionalColumns: { returned: false, paused: false },
  };
  return reconcileRowLists(state);
}

export function catalogueFor(basis: LegalBasis): readonly FormSpec[] {
  return FORM_CATALOGUE[basis];
}

export function selectedForms(state: InsertFormState): FormSpec[] {
  return catalogueFor(state.basis).filter((spec) => state.selected.includes(spec.code));
}

export function showsOptionalColumns(state: InsertFormState): boolean {
  return state.selected.some((code) => FORMS_WITH_OPTIONAL_COLUMNS.includes(code));
}

/** The year as a number, or NaN while it is not a whole number. */
export function periodYear(state: InsertFormState): number {
  return /^\s*\d+\s*$/.test(state.yearText) ? Number(state.yearText) : Number.NaN;
}

/**
 * A new kind, year or index: the dates become the proposed cut-off dates of that period and the basis follows
 * the period's end (unless chosen). While the year is not a valid report year the dates stay as they were.
 */
export function choosePeriod(
  state: InsertFormState,
  change: { kind?: PeriodKind; yearText?: string; index?: number },
): InsertFormState {
  const kind = change.kind ?? state.kind;
  const index = Math.min(change.index ?? state.index, periodsPerYear(kind));
  const next: InsertFormState = { ...state, kind, index, yearText: change.yearText ?? state.yearText };
  const proposal = proposePeriod(kind, periodYear(next), index);
  if (!proposal.ok) return next;
  next.from = formatDdMmYyyy(proposal.value.from);
  next.to = formatDdMmYyyy(proposal.value.to);
  if (!next.basisChosen) next.basis = defaultLegalBasis(proposal.value.to);
  return reconcileRowLists(next);
}

export function chooseBasis(state: InsertFormState, basis: LegalBasis): InsertFormState {
  return reconcileRowLists({ ...state, basis, basisChosen: true });
}

export function chooseLevel(state: InsertFormState, level: AdminLevel): InsertFormState {
  return reconcileRowLists({ ...state, level });
}

export function toggleForm(state: InsertFormState, code: string, on: boolean): InsertFormState {
  const wanted = new Set(state.selected);
  if (on) wanted.add(code);
  else wanted.delete(code);
  const selected = catalogueFor(state.basis)
    .map((spec) => spec.code)
    .filter((c) => wanted.has(c));
  return reconcileRowLists({ ...state, selected });
}

/** Editing a date by hand keeps the period choice; the validator then reports the deviation as an info. */
export function editDates(state: InsertFormState, dates: { from?: string; to?: string }): InsertFormState {
  return reconcileRowLists({ ...state, ...dates });
}

/**
 * One editable row list shared by the selected forms whose rows mean the same thing: II.06a's lĩnh vực, the
 * đơn vị of II.07b and the cơ quan, đơn vị of II.05a each get one box; a grouped form gets its own.
 */
export interface RowListSlot {
  key: string;
  kind: 'list' | 'grouped';
  /** What one row is: «lĩnh vực», «đơn vị» … */
  noun: string;
  /** The selected forms that take their rows from this box. */
  codes: string[];
}

function slotKey(spec: FormSpec): string | null {
  if (spec.rows.kind === 'list') return `list:${spec.rows.itemNoun}`;
  if (spec.rows.kind === 'grouped') return `grouped:${spec.code}`;
  return null;
}

export function rowListSlots(forms: readonly FormSpec[]): RowListSlot[] {
  const slots = new Map<string, RowListSlot>();
  for (const spec of forms) {
    const key = slotKey(spec);
    if (!key || spec.rows.kind === 'fixed') continue;
    const slot = slots.get(key);
    if (slot) slot.codes.push(spec.code);
    else slots.set(key, { key, kind: spec.rows.kind, noun: spec.rows.itemNoun, codes: [spec.code] });
  }
  return [...slots.values()];
}

/** The period start as ISO: the typed date when readable, else the proposed one, else '' (unknown). */
function periodStartIso(state: InsertFormState): string {
  const typed = parseDate(state.from);
  if (typed) return typed;
  const proposal = proposePeriod(state.kind, periodYear(state), state.index);
  return proposal.ok ? proposal.value.from : '';
}

/** The text a row list starts with for this level and period. */
export function defaultRowText(spec: FormSpec, state: InsertFormState): string {
  const model = spec.rows;
  if (model.kind === 'list') return formatRowLines(model.defaults[state.level]);
  if (model.kind === 'grouped') {
    // resolveGroups proposes cấp huyện only for periods starting before 1/7/2025.
    const from = periodStartIso(state);
    const probe = { ...baseOptions(state), period: { label: '', from: from ? formatDdMmYyyy(from) : '', to: '' } };
    return formatGroupText(resolveGroups(model, probe));
  }
  return '';
}

/** Fills new row lists with their default and refreshes the ones the user has not edited. */
function reconcileRowLists(state: InsertFormState): InsertFormState {
  const rowTexts = { ...state.rowTexts };
  const rowDefaults = { ...state.rowDefaults };
  for (const slot of rowListSlots(selectedForms(state))) {
    const spec = catalogueFor(state.basis).find((s) => s.code === slot.codes[0])!;
    const fresh = defaultRowText(spec, state);
    const untouched = rowTexts[slot.key] === undefined || rowTexts[slot.key] === rowDefaults[slot.key];
    if (untouched) rowTexts[slot.key] = fresh;
    rowDefaults[slot.key] = fresh;
  }
  return { ...state, rowTexts, rowDefaults };
}

function baseOptions(state: InsertFormState): FormOptions {
  return {
    reportingUnit: state.reportingUnit.trim(),
    receivingUnit: state.receivingUnit.trim(),
    level: state.level,
    period: { label: '', from: state.from, to: state.to },
    reportPlace: state.reportPlace.trim(),
    reportDate: '',
    signers: { preparerTitle: state.preparerTitle.trim(), headTitle: state.headTitle.trim() },
  };
}

/**
 * The period as typed, checked by the period module: errors block, infos (deviations from the proposed cut-off
 * dates, a late report date) do not.
 */
export function checkPeriod(state: InsertFormState): PeriodValidation {
  const year = periodYear(state);
  // A year that is not a number yet («20», «năm») gets the period module's own message.
  const yearError = Number.isNaN(year) ? describePeriodArgumentError(state.kind, state.yearText, state.index) : null;
  const validation = validatePeriod({
    from: state.from,
    to: state.to,
    reportDate: state.reportDate.trim() === '' ? undefined : state.reportDate,
    ...(yearError ? {} : { kind: state.kind, year, index: state.index }),
  });
  if (!yearError) return validation;
  return { ...validation, ok: false, errors: [yearError, ...validation.errors] };
}

export type InsertPlansResult =
  /** `indicator`: how to rebuild the KSTT-CT plan once the final sheet names are known (null without KSTT-CT). */
  | { ok: true; plans: SheetPlan[]; infos: string[]; indicator: IndicatorRecipe | null }
  | { ok: false; errors: string[]; infos: string[] };

/**
 * The sheet plans for the selected forms, or every reason (in Vietnamese) why they cannot be built. Nothing is
 * partial: one invalid form stops them all, so a failed attempt writes nothing.
 */
export function buildInsertPlans(state: InsertFormState): InsertPlansResult {
  const steps = insertPlanSteps(state);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * buildInsertPlans one form at a time, `pause` (a later task) between two: a form's plan takes 10–30 ms with the
 * CPU slowed 4×, all eleven forms in the click's task took ~160 ms (issue 14). Same result.
 */
export async function buildInsertPlansInSteps(
  state: InsertFormState,
  pause: () => Promise<void>,
): Promise<InsertPlansResult> {
  const steps = insertPlanSteps(state);
  let step = steps.next();
  while (!step.done) {
    await pause();
    step = steps.next();
  }
  return step.value;
}

/** The work of buildInsertPlans; yields after each form's plan. */
function* insertPlanSteps(state: InsertFormState): Generator<void, InsertPlansResult> {
  const forms = selectedForms(state);
  const year = periodYear(state);
  const period = checkPeriod(state);
  const infos = period.infos;
  const errors: string[] = [];
  if (forms.length === 0) errors.push('Chưa chọn biểu mẫu nào.');
  errors.push(...period.errors);
  const datesUsable = Boolean(period.from && period.to) && period.ok;

  const common: FormOptions = {
    ...baseOptions(state),
    // With unusable dates the forms are still checked (unit, row lists) against a stand-in period, so the
    // official sees every problem at once; no plan is returned then.
    period: datesUsable
      ? {
          label: formatPeriodLabel(state.kind, year, state.index),
          from: formatDdMmYyyy(period.from!),
          to: formatDdMmYyyy(period.to!),
        }
      : STAND_IN_PERIOD,
    reportDate: period.reportDate ? formatDdMmYyyy(period.reportDate) : '',
  };
  const plans: SheetPlan[] = [];
  const failures: { code: string; errors: string[] }[] = [];
  let indicator: IndicatorRecipe | null = null;
  for (const spec of forms) {
    try {
      const options = optionsForForm(spec, state, common);
      if (spec.code.toUpperCase() === INDICATOR_FORM_CODE) {
        // An unreadable year already blocks the insertion; the plan is still built to report other problems.
        indicator = { year: Number.isFinite(year) ? year : 2000, options: { ...options, legalBasis: state.basis } };
        plans.push(buildIndicatorPlan([], year, indicator.options));
      } else {
        plans.push(buildSheetPlan(spec, options));
      }
    } catch (thrown) {
      if (!(thrown instanceof FormOptionsError)) throw thrown;
      failures.push({ code: spec.code, errors: thrown.errors });
    }
    yield;
  }
  errors.push(...mergeFormErrors(failures, forms.length));
  if (errors.length > 0 || !datesUsable) return { ok: false, errors, infos };
  // Linked as for a new workbook (the download); the insertion relinks with the names Excel actually gives.
  const linked = indicator ? linkIndicatorPlans(plans, sheetNamesInOrder(plans), indicator) : plans;
  return { ok: true, plans: linked, infos, indicator };
}

const STAND_IN_PERIOD = { label: 'kỳ báo cáo', from: '01/01/2000', to: '01/01/2000' };

function optionsForForm(spec: FormSpec, state: InsertFormState, common: FormOptions): FormOptions {
  const key = slotKey(spec);
  const text = key ? (state.rowTexts[key] ?? defaultRowText(spec, state)) : '';
  const options: FormOptions = { ...common };
  if (spec.rows.kind === 'list') options.rowLabels = parseRowLines(text);
  if (spec.rows.kind === 'grouped') options.groups = parseGroupText(text);
  if (FORMS_WITH_OPTIONAL_COLUMNS.includes(spec.code)) options.optionalColumns = { ...state.optionalColumns };
  return options;
}

/**
 * A message every failing form shares (no unit name) is shown once; one that only some forms have is prefixed with
 * their codes, so the official knows which row list to fix.
 */
function mergeFormErrors(failures: readonly { code: string; errors: string[] }[], formCount: number): string[] {
  const byMessage = new Map<string, string[]>();
  for (const { code, errors } of failures) {
    for (const message of errors) {
      const codes = byMessage.get(message) ?? [];
      if (!codes.includes(code)) codes.push(code);
      byMessage.set(message, codes);
    }
  }
  return [...byMessage].map(([message, codes]) =>
    codes.length === formCount ? message : `Biểu ${codes.join(', ')}: ${message}`,
  );
}
