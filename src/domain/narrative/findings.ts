/**
 * The checker's findings as the prose needs them: one reason per discrepancy (the cell that states the disputed
 * figure), every cell the discrepancy involves (the whole and its parts, a subtotal and its rows) so that every
 * sentence printing one of them is flagged, and nothing the prose has no business with — formula-loss warnings
 * (they belong to the check view), findings about a blank cell (the draft says it is missing), and sums whose parts
 * are all blank (a total typed without its breakdown is incomplete, not contradictory).
 */
import { leafColumns, type CellFormula, type FormCheck, type FormSpec } from '../forms/spec';
import type { BodyRow, ReadValue, RecognisedForm } from '../read/types';
import type { CellSource, NarrativeFinding } from './types';

export interface ProseFinding {
  reason: string;
  severity: 'error' | 'warning';
  /** The cell (or «C9:C20» range) that states the disputed figure. */
  cell: CellSource;
  /** Every cell the discrepancy involves, the disputed one included. */
  involved: CellSource[];
}

/** «$C$14» → «C14»; «C9:C20» stays a range. */
export function normaliseCell(cell: string): string {
  return cell.replace(/\$/g, '').replace(/^.*!/, '').toUpperCase();
}

function colRow(a1: string): [number, number] | null {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) return null;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [col, Number(m[2])];
}

/** The finding's cell (or range) covers this cell. */
export function covers(findingCell: string, cell: string): boolean {
  const target = normaliseCell(findingCell);
  const here = normaliseCell(cell);
  if (!target.includes(':')) return target === here;
  const [a, b] = target.split(':').map(colRow);
  const c = colRow(here);
  if (!a || !b || !c) return false;
  return (
    c[0] >= Math.min(a[0], b[0]) &&
    c[0] <= Math.max(a[0], b[0]) &&
    c[1] >= Math.min(a[1], b[1]) &&
    c[1] <= Math.max(a[1], b[1])
  );
}

/** A blank cell, not a dash typed for «none». */
function isBlank(read: ReadValue | undefined): boolean {
  if (!read) return true;
  if (read.kind === 'pending') return true;
  return read.kind === 'blank' && !(typeof read.raw === 'string' && /^[-–—]$/.test(read.raw.trim()));
}

/** The ids compared with `id` on this axis by the checks of the finding's rule (all rules when unknown). */
function partnerIds(
  spec: FormSpec,
  id: string,
  axis: 'columns' | 'rows',
  rule: string | undefined,
): Set<string> {
  const ids = new Set<string>();
  const idsOf = (check: FormCheck): readonly string[] => {
    switch (check.rule) {
      case 'row-sum':
        return check.axis === axis ? [check.target, ...check.parts] : [];
      case 'balance':
        return check.axis === axis ? [...check.left, ...check.right] : [];
      case 'subset':
        return check.axis === axis ? [...check.part, ...check.whole] : [];
      case 'rate':
        return check.axis === axis ? [check.target, ...check.numerator, ...check.denominator] : [];
      default:
        return [];
    }
  };
  for (const check of spec.checks) {
    if (rule && check.rule !== rule) continue;
    const list = idsOf(check);
    if (list.includes(id)) for (const other of list) ids.add(other);
  }
  // The formulas are the row-sum (sums) and rate (ratios) rules the checker derives from the columns and rows.
  const wanted = (formula: CellFormula): readonly string[] | null => {
    if ('sum' in formula) return rule === undefined || rule === 'row-sum' ? formula.sum : null;
    return rule === undefined || rule === 'rate'
      ? [...formula.ratio.numerator, ...formula.ratio.denominator]
      : null;
  };
  const formulas: { id: string; formula: CellFormula | undefined }[] =
    axis === 'columns'
      ? leafColumns(spec.columns).map((l) => ({ id: l.id, formula: l.formula }))
      : spec.rows.kind === 'fixed'
        ? spec.rows.rows.map((r) => ({ id: r.id, formula: r.formula }))
        : [];
  for (const f of formulas) {
    const parts = f.formula ? wanted(f.formula) : null;
    if (parts && (f.id === id || parts.includes(id))) [f.id, ...parts].forEach((x) => ids.add(x));
  }
  ids.delete(id);
  return ids;
}

interface Located {
  form: RecognisedForm;
  row: BodyRow;
  col: string;
  read: ReadValue;
  kind: 'item' | 'group' | 'total' | 'fixed';
}

function locate(forms: readonly RecognisedForm[], sheet: string, cell: string): Located | null {
  for (const form of forms) {
    if (form.sheet !== sheet) continue;
    const rows: [BodyRow, Located['kind']][] = [
      ...form.dataRows.map(
        (r) => [r, form.spec.rows.kind === 'fixed' ? 'fixed' : 'item'] as [BodyRow, Located['kind']],
      ),
      ...form.groupRows.map((r) => [r, 'group'] as [BodyRow, Located['kind']]),
      ...(form.totalRow ? [[form.totalRow, 'total'] as [BodyRow, Located['kind']]] : []),
    ];
    for (const [row, kind] of rows)
      for (const [col, read] of Object.entries(row.values))
        if (read.address === cell) return { form, row, col, read, kind };
  }
  return null;
}

/** The cells a finding at `at` compares: its row's partners and, for a subtotal or TỔNG CỘNG, the rows it adds up. */
function partnersOf(at: Located, rule: string | undefined): ReadValue[] {
  const { form, row, col, kind } = at;
  const out: ReadValue[] = [];
  if (kind === 'fixed') {
    const rowId = Object.entries(form.fixedRows).find(([, i]) => form.dataRows[i] === row)?.[0];
    if (rowId) {
      for (const other of partnerIds(form.spec, rowId, 'rows', rule)) {
        const index = form.fixedRows[other];
        const read = index === undefined ? undefined : form.dataRows[index]?.values[col];
        if (read) out.push(read);
      }
    }
    for (const other of partnerIds(form.spec, col, 'columns', rule))
      if (row.values[other]) out.push(row.values[other]!);
    return out;
  }
  for (const other of partnerIds(form.spec, col, 'columns', rule))
    if (row.values[other]) out.push(row.values[other]!);
  if (rule !== undefined && rule !== 'col-sum') return out;
  const members =
    kind === 'total'
      ? [...form.dataRows, ...form.groupRows]
      : kind === 'group'
        ? (row as (typeof form.groupRows)[number]).members.map((i) => form.dataRows[i]!).filter(Boolean)
        : [];
  for (const m of members) if (m.values[col]) out.push(m.values[col]!);
  return out;
}

/** «Ô C14 (dòng TỔNG CỘNG): …» → «Ô C14, trang II.06a (dòng TỔNG CỘNG): …» */
export function withSheet(message: string, sheet: string, cell: string): string {
  const prefix = `Ô ${cell}`;
  if (message.startsWith(`${prefix} `) || message.startsWith(`${prefix}:`))
    return `${prefix}, trang ${sheet}${message.slice(prefix.length)}`;
  return message;
}

const SUM_RULES = new Set(['row-sum', 'col-sum', 'balance', 'subset']);

export function proseFindings(
  findings: readonly NarrativeFinding[],
  forms: readonly RecognisedForm[],
): ProseFinding[] {
  const byCell = new Map<string, ProseFinding>();
  for (const finding of findings) {
    if (finding.severity === 'info' || finding.rule === 'formula') continue;
    const cell = normaliseCell(finding.cell);
    const at = cell.includes(':') ? null : locate(forms, finding.sheet, cell);
    const involved: CellSource[] = [{ sheet: finding.sheet, cell }];
    if (at) {
      // A blank cell is said as missing; a sum over blank parts is incomplete, not a contradiction.
      if (isBlank(at.read)) continue;
      const partners = partnersOf(at, finding.rule);
      if (finding.rule && SUM_RULES.has(finding.rule) && partners.length > 0 && partners.every(isBlank))
        continue;
      for (const p of partners) involved.push({ sheet: at.form.sheet, cell: p.address });
    }
    const key = `${finding.sheet}!${cell}`;
    const known = byCell.get(key);
    if (known) {
      for (const c of involved)
        if (!known.involved.some((k) => k.cell === c.cell && k.sheet === c.sheet)) known.involved.push(c);
      // One discrepancy, one reason: an error's wording wins over a warning's.
      if (known.severity === 'warning' && finding.severity === 'error') {
        known.severity = 'error';
        known.reason = withSheet(finding.message, finding.sheet, cell);
      }
      continue;
    }
    byCell.set(key, {
      reason: withSheet(finding.message, finding.sheet, cell),
      severity: finding.severity,
      cell: { sheet: finding.sheet, cell },
      involved,
    });
  }
  return [...byCell.values()];
}
