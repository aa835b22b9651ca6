/**
 * Rules within rows and down columns of list and grouped forms (II.06a, II.06b, II.05a, II.07b) and the
 * column rules of fixed forms: row-sum, col-sum, balance, subset, rate.
 *
 * One finding per contradiction. A wrong computed cell in a data row is one row-sum finding (computed columns
 * get no separate column check: their column adds up whenever every row and the TỔNG CỘNG row do). A TỔNG
 * CỘNG cell that is wrong in an input column is one col-sum finding; the total row's own row-sum is then
 * explained by it and not reported again. Balance and subset on TỔNG CỘNG are reported only when the data
 * rows do not already explain them.
 */
import type { FormCheck } from '../forms/spec';
import type { BodyRow } from '../read/types';
import { sumKnown, type FormView, type ViewRow } from './form-view';
import { judgeRate } from './rate';
import { en, enPercent, vi, viPercent } from './say';
import type { Finding, FindingSeverity } from './types';

type Check<R extends FormCheck['rule']> = Extract<FormCheck, { rule: R }>;

function key(row: BodyRow, id: string): string {
  return `${row.row}|${id}`;
}

function sentence(description: string): string {
  return description.charAt(0).toLowerCase() + description.slice(1);
}

export function columnAxisFindings(view: FormView): Finding[] {
  const checks = view.form.spec.checks;
  const findings: Finding[] = [];
  const rows = view.rows();
  const add = (f: Omit<Finding, 'sheet'>) => findings.push({ sheet: view.sheet, ...f });

  // --- row-sum: data rows now, aggregate rows after the column checks.
  const rowSums = checks.filter((c): c is Check<'row-sum'> => c.rule === 'row-sum' && c.axis === 'columns');
  const corrected = new Map<string, number>(); // cells with a row-sum finding -> what their parts give
  const aggregateDiffs: { vr: ViewRow; check: Check<'row-sum'>; stated: number; expected: number }[] = [];
  const summedTargets = new Set<string>();
  for (const check of rowSums) {
    if (!view.has(check.target) || !view.usable(check.parts)) continue;
    summedTargets.add(check.target);
    for (const vr of rows) {
      const target = view.cell(vr.row, check.target);
      const stated = view.value(vr.row, check.target);
      const expected = view.sum(vr.row, check.parts);
      if (!target || stated === null || expected === null || stated === expected) continue;
      if (vr.kind !== 'data') {
        aggregateDiffs.push({ vr, check, stated, expected });
        continue;
      }
      corrected.set(key(vr.row, check.target), expected);
      add(rowSumFinding(view, vr.row, check, target.address, target.kind === 'blank', stated, expected));
    }
  }

  // --- col-sum on every summable column that is not a row sum itself.
  const colDiff = new Map<string, number>(); // aggregate cell -> stated − sum of its rows
  const colSum = checks.find((c): c is Check<'col-sum'> => c.rule === 'col-sum');
  for (const id of colSum?.columns ?? []) {
    if (!view.has(id) || summedTargets.has(id)) continue;
    const memberSum = (members: BodyRow[]) => sumKnown(members.map((m) => view.value(m, id)));
    for (const vr of rows) {
      if (vr.kind === 'data') continue;
      const cell = view.cell(vr.row, id);
      const stated = view.value(vr.row, id);
      const all = memberSum(vr.members);
      if (!cell || stated === null || all === null) continue;
      let accepted = stated === all;
      if (!accepted && vr.kind === 'total') {
        // TỔNG CỘNG may add the groups' stated subtotals: accept that sum too (a wrong subtotal is reported on its own).
        const viaGroups = totalViaGroups(view, id);
        accepted = viaGroups !== null && viaGroups === stated;
      }
      if (accepted) continue;
      colDiff.set(key(vr.row, id), stated - all);
      const where = vr.kind === 'total' ? 'tổng các dòng bên trên' : 'tổng các dòng trong nhóm';
      const whereEn = vr.kind === 'total' ? 'the rows above add up to' : 'the rows of the group add up to';
      add({
        rule: 'col-sum',
        severity: colSum!.severity,
        cell: cell.address,
        found: stated,
        expected: all,
        message: `Ô ${cell.address} (${vr.kind === 'total' ? 'dòng TỔNG CỘNG' : `dòng cộng nhóm «${vr.row.label}»`}): cột ${view.number(id)} ghi ${vi(stated)} nhưng ${where} là ${vi(all)} (chênh lệch ${vi(Math.abs(stated - all))}).`,
        messageEn: `Cell ${cell.address}: column ${view.number(id)} states ${en(stated)} but ${whereEn} ${en(all)}.`,
      });
    }
  }

  // --- row-sum on subtotal and TỔNG CỘNG rows, unless a wrong part cell of that row explains it.
  for (const { vr, check, stated, expected } of aggregateDiffs) {
    const explained = check.parts.reduce((s, p) => s + (colDiff.get(key(vr.row, p)) ?? 0), 0);
    if (explained !== 0 && stated - expected === -explained) continue;
    const target = view.cell(vr.row, check.target)!;
    corrected.set(key(vr.row, check.target), expected);
    add(rowSumFinding(view, vr.row, check, target.address, target.kind === 'blank', stated, expected));
  }

  // --- balance: a row that balances with the stated totals or with the totals its parts give is fine.
  const valueOf = (row: BodyRow, id: string, fix: boolean): number | null =>
    fix && corrected.size > 0 && corrected.has(key(row, id)) ? corrected.get(key(row, id))! : view.value(row, id);
  const sumOf = (row: BodyRow, ids: readonly string[], fix: boolean): number | null =>
    sumKnown(ids.map((id) => valueOf(row, id, fix)));
  for (const check of checks.filter((c): c is Check<'balance'> => c.rule === 'balance' && c.axis === 'columns')) {
    if (!view.usable(check.left) || !view.usable(check.right) || !check.left.some((id) => view.has(id))) continue;
    const dataDiff = new Map<number, number>();
    for (const vr of rows) {
      const left = sumOf(vr.row, check.left, false);
      const right = sumOf(vr.row, check.right, false);
      if (left === null || right === null || left === right) continue;
      const l2 = sumOf(vr.row, check.left, true);
      const r2 = sumOf(vr.row, check.right, true);
      if (l2 !== null && r2 !== null && l2 === r2) continue;
      if (vr.kind === 'data') dataDiff.set(vr.row.row, left - right);
      else {
        const members = vr.members.reduce((s, m) => s + (dataDiff.get(m.row) ?? 0), 0);
        if (members === left - right) continue;
      }
      const cell = view.cell(vr.row, check.left.find((id) => view.has(id))!)!;
      const leftNo = view.numbers(check.left);
      const rightNo = view.numbers(check.right);
      // Without the optional columns (trả lại, tạm dừng) the difference may be those dossiers: say where they go.
      const absent = check.right.filter((id) => !view.has(id)).map((id) => `«${view.leaves.get(id)?.header ?? id}»`);
      const hint = absent.length
        ? ` Biểu không có cột ${absent.join(', ')}: nếu chênh lệch là các hồ sơ này, hãy thêm cột hoặc tính chúng vào số đã giải quyết.`
        : '';
      add({
        rule: 'balance',
        severity: check.severity,
        cell: cell.address,
        found: left,
        expected: right,
        message: `Ô ${cell.address} (${view.rowName(vr.row)}): ${leftNo} = ${vi(left)} nhưng ${rightNo} = ${vi(right)} (chênh lệch ${vi(Math.abs(left - right))}), trong khi ${sentence(check.description)}${hint}`,
        messageEn: `Cell ${cell.address}: ${leftNo} = ${en(left)} but ${rightNo} = ${en(right)}.`,
      });
    }
  }

  // --- subset: a part never exceeds its whole.
  for (const check of checks.filter((c): c is Check<'subset'> => c.rule === 'subset' && c.axis === 'columns')) {
    if (!view.usable(check.part) || !view.usable(check.whole) || !check.part.some((id) => view.has(id))) continue;
    let dataViolations = 0;
    for (const vr of rows) {
      const part = sumOf(vr.row, check.part, false);
      const whole = sumOf(vr.row, check.whole, false);
      if (part === null || whole === null || part <= whole) continue;
      if (vr.kind === 'data') dataViolations++;
      else if (dataViolations > 0) continue;
      const cell = view.cell(vr.row, check.part.find((id) => view.has(id))!)!;
      add({
        rule: 'subset',
        severity: check.severity,
        cell: cell.address,
        found: part,
        expected: `≤ ${vi(whole)}`,
        message: `Ô ${cell.address} (${view.rowName(vr.row)}): ${view.numbers(check.part)} = ${vi(part)} lớn hơn ${view.numbers(check.whole)} = ${vi(whole)}, trong khi ${sentence(check.description)}`,
        messageEn: `Cell ${cell.address}: ${view.numbers(check.part)} = ${en(part)} exceeds ${view.numbers(check.whole)} = ${en(whole)}.`,
      });
    }
  }

  // --- rate columns.
  for (const check of checks.filter((c): c is Check<'rate'> => c.rule === 'rate' && c.axis === 'columns')) {
    if (!view.has(check.target) || !view.usable(check.numerator) || !view.usable(check.denominator)) continue;
    for (const vr of rows) {
      const num = sumOf(vr.row, check.numerator, true);
      const den = sumOf(vr.row, check.denominator, true);
      if (num === null || den === null) continue;
      const f = rateFinding(view.cell(vr.row, check.target), num, den, check.severity, `${view.rowName(vr.row)}`);
      if (f) add(f);
    }
  }
  return findings;
}

/** TỔNG CỘNG as the sum of group subtotals (stated where given, else their rows) and rows outside groups. */
function totalViaGroups(view: FormView, id: string): number | null {
  const f = view.form;
  if (f.groupRows.length === 0) return null;
  const inGroup = new Set<number>();
  let total = 0;
  for (const g of f.groupRows) {
    for (const i of g.members) inGroup.add(i);
    if (g.hasSubtotal) {
      const v = view.value(g, id);
      if (v === null) return null;
      total += v;
    } else {
      for (const i of g.members) {
        const v = view.value(f.dataRows[i], id);
        if (v === null) return null;
        total += v;
      }
    }
  }
  for (let i = 0; i < f.dataRows.length; i++) {
    if (inGroup.has(i)) continue;
    const v = view.value(f.dataRows[i], id);
    if (v === null) return null;
    total += v;
  }
  return total;
}

export function rowSumFinding(
  view: FormView,
  row: BodyRow,
  check: { target: string; parts: readonly string[]; severity: FindingSeverity },
  address: string,
  blank: boolean,
  stated: number,
  expected: number,
  targetName = view.name(check.target),
  partsText = view.numbers(check.parts),
): Omit<Finding, 'sheet'> {
  if (blank) {
    return {
      rule: 'row-sum',
      severity: 'warning',
      cell: address,
      found: null,
      expected,
      message: `Ô ${address} (${view.rowName(row)}): ${targetName} để trống nhưng ${partsText} = ${vi(expected)}.`,
      messageEn: `Cell ${address}: the total is empty but ${partsText} = ${en(expected)}.`,
    };
  }
  return {
    rule: 'row-sum',
    severity: check.severity,
    cell: address,
    found: stated,
    expected,
    message: `Ô ${address} (${view.rowName(row)}): ${targetName} là ${vi(stated)} nhưng ${partsText} = ${vi(expected)} (chênh lệch ${vi(Math.abs(stated - expected))}).`,
    messageEn: `Cell ${address}: total ${en(stated)} but ${partsText} = ${en(expected)} (difference ${en(Math.abs(stated - expected))}).`,
  };
}

export function rateFinding(
  cell: import('../read/types').ReadValue | undefined,
  num: number,
  den: number,
  severity: FindingSeverity,
  where: string,
): Omit<Finding, 'sheet'> | null {
  const verdict = judgeRate(cell, num, den);
  if (verdict.kind === 'ok' || verdict.kind === 'skip' || !cell) return null;
  const stated = viPercent(verdict.statedPercent, verdict.decimals);
  const right = viPercent(verdict.expectedPercent, verdict.decimals);
  const fraction = `${vi(num)}/${vi(den)}`;
  if (verdict.kind === 'truncated') {
    return {
      rule: 'rate',
      severity: 'warning',
      cell: cell.address,
      found: verdict.statedPercent,
      expected: verdict.expectedPercent,
      message: `Ô ${cell.address} (${where}): tỷ lệ ghi ${stated} là số bị cắt bớt chữ số, làm tròn đúng thì ${fraction} = ${right}.`,
      messageEn: `Cell ${cell.address}: ${enPercent(verdict.statedPercent, verdict.decimals)} is truncated; ${en(num)}/${en(den)} rounds to ${enPercent(verdict.expectedPercent, verdict.decimals)}.`,
    };
  }
  return {
    rule: 'rate',
    severity,
    cell: cell.address,
    found: verdict.statedPercent,
    expected: verdict.expectedPercent,
    message: `Ô ${cell.address} (${where}): tỷ lệ ghi ${stated} nhưng ${fraction} = ${right}.`,
    messageEn: `Cell ${cell.address}: rate ${enPercent(verdict.statedPercent, verdict.decimals)} but ${en(num)}/${en(den)} = ${enPercent(verdict.expectedPercent, verdict.decimals)}.`,
  };
}
