/**
 * What the «Tự kiểm tra» run writes: II.06a and II.06b built with options (optional columns on, the official's own
 * rows, a renamed sheet), the figures typed into their input cells, and a short narrative. Pure and
 * deterministic, so the expected totals are the core's arithmetic (computeExpected) and every run is the same.
 * Nothing here is personal: the unit is «Đơn vị tự kiểm tra».
 */
import { getForm, type FormSpec } from '../forms';
import { buildSheetPlan } from '../layout/build-plan';
import type { FormOptions } from '../layout/options';
import type { SheetPlan } from '../layout/sheet-plan';

export const SELF_TEST_PREFIX = 'KSTT_TuKiemTra';

export interface SelfTestForm {
  spec: FormSpec;
  plan: SheetPlan;
  /** Input cells and the number typed into each (plan coordinates). */
  figures: { row: number; col: number; value: number }[];
}

function options(sheetName: string, extra: Partial<FormOptions>): FormOptions {
  return {
    reportingUnit: 'Đơn vị tự kiểm tra',
    receivingUnit: 'Đơn vị nhận báo cáo',
    level: 'xa',
    period: { label: 'Quý I năm 2026', from: '15/12/2025', to: '14/03/2026' },
    reportPlace: '',
    reportDate: '',
    optionalColumns: { returned: true, paused: true },
    sheetName,
    ...extra,
  };
}

/** A small number per input cell that differs from its neighbours, so a shifted formula cannot pass. */
export function figureFor(row: number, col: number): number {
  return ((row * 7 + col * 13) % 41) + 1;
}

function form(code: string, sheetName: string, extra: Partial<FormOptions> = {}): SelfTestForm {
  const spec = getForm(code);
  if (!spec) throw new Error(`self-test: form ${code} is not in the catalogue`);
  const plan = buildSheetPlan(spec, options(sheetName, extra));
  const figures = plan.cells
    .filter((cell) => cell.role === 'input')
    .map((cell) => ({ row: cell.row, col: cell.col, value: figureFor(cell.row, cell.col) }));
  return { spec, plan, figures };
}

export function selfTestForms(): SelfTestForm[] {
  return [
    form('II.06a', `${SELF_TEST_PREFIX}_06a`, { rowLabels: ['Tư pháp', 'Đất đai', 'Xây dựng'] }),
    form('II.06b', `${SELF_TEST_PREFIX}_06b`),
  ];
}

/** Runs of adjacent input cells on one row, so the figures go out as a few range writes, not one per cell. */
export function figureRuns(figures: SelfTestForm['figures']): { row: number; col: number; values: number[] }[] {
  const sorted = [...figures].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: { row: number; col: number; values: number[] }[] = [];
  for (const f of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.row === f.row && last.col + last.values.length === f.col) last.values.push(f.value);
    else runs.push({ row: f.row, col: f.col, values: [f.value] });
  }
  return runs;
}

export const SELF_TEST_NARRATIVE = [
  { text: 'TỰ KIỂM TRA ADD-IN BÁO CÁO KSTT', style: 'title' as const },
  { text: '1. Trang này do «Tự kiểm tra» tạo và sẽ được xóa ngay.', style: 'heading1' as const },
  { text: 'Tổng số hồ sơ tiếp nhận: 1.652 hồ sơ; tỷ lệ đúng hạn 99,39%.', style: 'paragraph' as const },
];
