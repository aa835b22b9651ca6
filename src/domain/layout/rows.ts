/**
 * The row model resolved against the user's options: which rows the form gets, in order, before any
 * sheet coordinates are assigned.
 */
import type { FixedRow, RowModel } from '../forms/spec';
import type { FormOptions, RowGroupOption } from './options';

export type PlannedRow =
  /** `values`: numbers for its input cells by column id, when the options carry them (FormOptions.values). */
  | { kind: 'item'; stt: number; label: string; values?: Readonly<Record<string, number>> }
  | { kind: 'group'; stt: string; label: string }
  | { kind: 'fixed'; row: FixedRow };

type ListModel = Extract<RowModel, { kind: 'list' }>;
type GroupedModel = Extract<RowModel, { kind: 'grouped' }>;

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

export function resolveListLabels(model: ListModel, options: FormOptions): string[] {
  return [...(options.rowLabels ?? model.defaults[options.level])];
}

/** dd/mm/yyyy -> yyyy-mm-dd (no validation: callers validated). */
export function isoFromDisplay(date: string): string {
  const [d, m, y] = date.split('/');
  return `${y}-${m}-${d}`;
}

export function resolveGroups(
  model: GroupedModel,
  options: FormOptions,
): { stt: string; label: string; rows: string[]; values?: RowGroupOption['values'] }[] {
  if (options.groups) {
    return options.groups.map((g, i) => ({
      stt: ROMAN[i] ?? String(i + 1),
      label: g.label,
      rows: [...g.rows],
      values: g.values,
    }));
  }
  const periodStart = isoFromDisplay(options.period.from);
  return model.groups
    .filter((g) => !g.proposedUntil || periodStart < g.proposedUntil)
    .map((g, i) => ({ stt: ROMAN[i] ?? String(i + 1), label: g.label, rows: [...g.rows] }));
}

export function plannedRows(model: RowModel, options: FormOptions): PlannedRow[] {
  switch (model.kind) {
    case 'list':
      return resolveListLabels(model, options).map((label, i) => ({
        kind: 'item',
        stt: i + 1,
        label: label.trim(),
        values: options.values?.[label],
      }));
    case 'grouped':
      return resolveGroups(model, options).flatMap((g): PlannedRow[] => [
        { kind: 'group', stt: g.stt, label: g.label.trim() },
        ...g.rows.map((label, i): PlannedRow => ({
          kind: 'item',
          stt: i + 1,
          label: label.trim(),
          values: g.values?.[label],
        })),
      ]);
    case 'fixed':
      return model.rows.map((row) => ({ kind: 'fixed', row }));
  }
}

/** Whether a fixed row fills a given column (headings fill none). */
export function fixedRowUses(row: FixedRow, columnId: string): boolean {
  if (row.heading) return false;
  return !row.columns || row.columns.includes(columnId);
}
