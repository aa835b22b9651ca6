/**
 * Rules across forms: cross-form (the same quantity in two forms), same-figure (one figure stated twice),
 * carry-over (từ kỳ trước = đang giải quyết of the previous report).
 */
import type { FormCheck } from '../forms/spec';
import type { BodyRow, ReadValue, RecognisedForm } from '../read/types';
import { canonHeader } from '../read/text';
import { FormView } from './form-view';
import { en, vi, viPercent } from './say';
import type { Finding } from './types';

type Check<R extends FormCheck['rule']> = Extract<FormCheck, { rule: R }>;

interface Stated {
  view: FormView;
  value: number;
  cell: ReadValue;
  /** Where the figure is, for the other side of a message: «Biểu II.06a (trang «II.06a»), ô D20». */
  where: string;
  atTotal: boolean;
}

function where(form: RecognisedForm, address: string): string {
  return `ô ${address} trang «${form.sheet}» (${form.code})`;
}

function periodKey(form: RecognisedForm): string | null {
  const p = form.period.parsed;
  return p && !p.placeholder ? `${p.kind}|${p.index}|${p.year ?? ''}` : null;
}

/** The figure a form states for a cross-form key. */
function statedFor(view: FormView, check: Check<'cross-form'>): Stated | null {
  const form = view.form;
  if (check.axis === 'columns') {
    if (!check.ids.every((id) => view.has(id))) return null;
    const row = form.totalRow;
    if (!row) return null;
    const value = view.sum(row, check.ids);
    const cell = row.values[check.ids[0]];
    if (value === null || !cell || cell.kind === 'blank') return null;
    return { view, value, cell, where: where(form, cell.address), atTotal: true };
  }
  const i = form.fixedRows[check.ids[0]];
  if (i === undefined || check.ids.length !== 1) return null;
  const row = form.dataRows[i];
  const cell = row.values.value;
  const value = view.value(row, 'value');
  if (!cell || value === null || cell.kind === 'blank') return null;
  return { view, value, cell, where: where(form, cell.address), atTotal: false };
}

export function crossFormFindings(views: readonly FormView[]): Finding[] {
  const byKey = new Map<string, { check: Check<'cross-form'>; stated: Stated }[]>();
  for (const view of views) {
    for (const check of view.form.spec.checks) {
      if (check.rule !== 'cross-form') continue;
      const stated = statedFor(view, check);
      if (!stated) continue;
      const list = byKey.get(check.key) ?? [];
      list.push({ check, stated });
      byKey.set(check.key, list);
    }
  }
  const findings: Finding[] = [];
  for (const entries of byKey.values()) {
    // The dossier forms' TỔNG CỘNG is the reference; each section form stating the same quantity is compared with it.
    const reference = entries.find((e) => e.stated.atTotal);
    if (!reference) continue;
    for (const e of entries) {
      if (e === reference || e.stated.atTotal) continue;
      const a = periodKey(reference.stated.view.form);
      const b = periodKey(e.stated.view.form);
      if (a && b && a !== b) continue;
      if (e.stated.value === reference.stated.value) continue;
      const { cell, view, value } = e.stated;
      const ref = reference.stated;
      findings.push({
        rule: 'cross-form',
        severity: e.check.severity,
        sheet: view.sheet,
        cell: cell.address,
        found: value,
        expected: ref.value,
        message: `Ô ${cell.address}: ghi ${vi(value)} nhưng cùng số liệu ở ${ref.where} là ${vi(ref.value)} (chênh lệch ${vi(Math.abs(value - ref.value))}); ${e.check.description.charAt(0).toLowerCase()}${e.check.description.slice(1)}`,
        messageEn: `Cell ${cell.address}: ${en(value)} but the same figure in ${ref.view.sheet}!${ref.cell.address} is ${en(ref.value)}.`,
      });
    }
  }
  return findings;
}

/**
 * Rates and counts stated both in the section forms and in the indicator sheet (KSTT-CT). The forms describe
 * each in their own row; this table says which rows are the same figure.
 */
const SAME_RATES: readonly { code: string; row: string; otherCode: string; otherRow: string; otherColumn: string }[] = [
  { code: 'KSTT-DT', row: 'onlineRate', otherCode: 'KSTT-CT', otherRow: 'target:onlineDossiers', otherColumn: 'result' },
  { code: 'KSTT-DT', row: 'payRate', otherCode: 'KSTT-CT', otherRow: 'target:onlinePayment', otherColumn: 'result' },
  { code: 'KSTT-DT', row: 'digitRate', otherCode: 'KSTT-CT', otherRow: 'target:digitisation', otherColumn: 'result' },
];

/** A rate cell as a percent (ratio formats ×100), or null. */
function percentIn(cell: ReadValue | undefined): number | null {
  if (!cell || cell.value === null || cell.kind === 'blank') return null;
  if (cell.kind === 'text-number') return cell.isPercent || cell.value > 1 ? cell.value : cell.value * 100;
  return cell.numberFormat?.includes('%') || cell.value <= 1 ? cell.value * 100 : cell.value;
}

export function sameFigureFindings(views: readonly FormView[]): Finding[] {
  const findings: Finding[] = [];
  const byCode = (code: string) => views.filter((v) => v.form.code === code);
  const fixedCell = (view: FormView, rowId: string, col: string) => {
    const i = view.form.fixedRows[rowId];
    return i === undefined ? undefined : view.form.dataRows[i].values[col];
  };
  for (const pair of SAME_RATES) {
    for (const a of byCode(pair.code)) {
      for (const b of byCode(pair.otherCode)) {
        const ca = fixedCell(a, pair.row, 'value');
        const cb = fixedCell(b, pair.otherRow, pair.otherColumn);
        const pa = percentIn(ca);
        const pb = percentIn(cb);
        if (pa === null || pb === null || !cb) continue;
        // Compared at two decimals, the precision rates are printed with.
        if (Math.round(pa * 100) === Math.round(pb * 100)) continue;
        findings.push({
          rule: 'same-figure',
          severity: 'error',
          sheet: b.sheet,
          cell: cb.address,
          found: Math.round(pb * 100) / 100,
          expected: Math.round(pa * 100) / 100,
          message: `Ô ${cb.address}: tỷ lệ ghi ${viPercent(pb, 2)} nhưng cùng tỷ lệ ở ${where(a.form, ca!.address)} là ${viPercent(pa, 2)}; một số liệu chỉ được có một giá trị.`,
          messageEn: `Cell ${cb.address}: ${pb.toFixed(2)}% but the same rate in ${a.sheet}!${ca!.address} is ${pa.toFixed(2)}%.`,
        });
      }
    }
  }
  // The same form twice for the same period (a copy left behind): its TỔNG CỘNG figures must agree.
  const seen = new Map<string, FormView>();
  for (const view of views) {
    const total = view.form.totalRow;
    if (!total) continue;
    const k = `${view.form.code}|${periodKey(view.form) ?? ''}`;
    const first = seen.get(k);
    if (!first) {
      seen.set(k, view);
      continue;
    }
    for (const [id, cell] of Object.entries(total.values)) {
      const other = first.form.totalRow?.values[id];
      const v = view.value(total, id);
      const w = first.form.totalRow ? first.value(first.form.totalRow, id) : null;
      if (!other || v === null || w === null || v === w) continue;
      findings.push({
        rule: 'same-figure',
        severity: 'warning',
        sheet: view.sheet,
        cell: cell.address,
        found: v,
        expected: w,
        message: `Ô ${cell.address}: cột ${view.number(id)} dòng TỔNG CỘNG ghi ${vi(v)} nhưng bản khác của cùng biểu ở ${where(first.form, other.address)} ghi ${vi(w)}.`,
        messageEn: `Cell ${cell.address}: ${en(v)} but another copy of the form states ${en(w)}.`,
      });
    }
  }
  return findings;
}

export function carryOverFindings(views: readonly FormView[], previous: readonly RecognisedForm[]): Finding[] {
  const findings: Finding[] = [];
  for (const view of views) {
    for (const check of view.form.spec.checks) {
      if (check.rule !== 'carry-over') continue;
      const prevForm =
        previous.find((p) => p.code === view.form.code) ??
        previous.find((p) => check.previous.every((id) => id in p.columns));
      if (!prevForm || !check.current.every((id) => view.has(id))) continue;
      const prev = new FormView(prevForm);
      if (!check.previous.every((id) => prev.has(id))) continue;
      const prevByLabel = new Map<string, BodyRow>();
      for (const r of prevForm.dataRows) if (r.label) prevByLabel.set(canonHeader(r.label), r);
      let rowDiffs = 0;
      let allMatched = true;
      const compare = (row: BodyRow, prevRow: BodyRow, isTotal: boolean) => {
        const current = view.sum(row, check.current);
        const before = prev.sum(prevRow, check.previous);
        if (current === null || before === null || current === before) return;
        if (isTotal && allMatched && current - before === rowDiffs) return;
        if (!isTotal) rowDiffs += current - before;
        const cell = row.values[check.current[0]];
        findings.push({
          rule: 'carry-over',
          severity: check.severity,
          sheet: view.sheet,
          cell: cell.address,
          found: current,
          expected: before,
          message: `Ô ${cell.address} (${view.rowName(row)}): số hồ sơ từ kỳ trước ${view.numbers(check.current)} là ${vi(current)} nhưng báo cáo kỳ trước ghi đang giải quyết ${prev.numbers(check.previous)} là ${vi(before)} (${where(prevForm, prevRow.values[check.previous[0]]?.address ?? '?')}).`,
          messageEn: `Cell ${cell.address}: carried over ${en(current)} but the previous report had ${en(before)} in progress.`,
        });
      };
      for (const row of view.form.dataRows) {
        const prevRow = row.label ? prevByLabel.get(canonHeader(row.label)) : undefined;
        if (!prevRow) {
          allMatched = false;
          continue;
        }
        compare(row, prevRow, false);
      }
      if (view.form.totalRow && prevForm.totalRow) compare(view.form.totalRow, prevForm.totalRow, true);
    }
  }
  return findings;
}
