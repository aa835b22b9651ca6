/**
 * A recognised form seen by the rules: numbers by row and column id, printed column numbers and names for
 * messages, and the cells whose value cannot be trusted for arithmetic (a count typed as a decimal).
 */
import { leafColumns, type LeafColumn } from '../forms/spec';
import { isGroup, type ColumnNode } from '../forms/spec';
import type { BodyRow, ReadValue, RecognisedForm } from '../read/types';

export type RowKind = 'data' | 'group' | 'total';

export interface ViewRow {
  kind: RowKind;
  row: BodyRow;
  /** For group rows: member data rows; for the total: every data row. */
  members: BodyRow[];
}

/** Data rows have no members; one shared empty list instead of one per row (tables of 20.000 rows). */
const NO_MEMBERS: BodyRow[] = [];

/** The sum of `values`, or null when any of them is unknown (null). */
export function sumKnown(values: readonly (number | null)[]): number | null {
  let total = 0;
  for (const v of values) {
    if (v === null) return null;
    total += v;
  }
  return total;
}

export class FormView {
  readonly leaves: Map<string, LeafColumn>;
  private readonly parents = new Map<string, string>();
  /** Cells already reported as unusable (decimal counts): arithmetic skips them. */
  readonly untrusted = new Set<ReadValue>();

  constructor(readonly form: RecognisedForm) {
    this.leaves = new Map(leafColumns(form.spec.columns).map((l) => [l.id, l]));
    const walk = (nodes: readonly ColumnNode[], parent: string | null) => {
      for (const n of nodes) {
        if (isGroup(n)) walk(n.children, parent ?? n.header);
        else if (parent) this.parents.set(n.id, parent);
      }
    };
    walk(form.spec.columns, null);
  }

  get sheet(): string {
    return this.form.sheet;
  }

  has(id: string): boolean {
    return id in this.form.columns;
  }

  /** A referenced id is usable when present, or absent but optional (counts as 0, per FormCheck). */
  usable(ids: readonly string[]): boolean {
    return ids.every((id) => this.has(id) || this.leaves.get(id)?.optional !== undefined);
  }

  cell(row: BodyRow, id: string): ReadValue | undefined {
    return row.values[id];
  }

  /** The number a cell states for arithmetic: 0 for blank or an absent optional column, null when unknown. */
  value(row: BodyRow, id: string): number | null {
    const v = row.values[id];
    if (!v) return this.has(id) ? null : 0;
    if (this.untrusted.size > 0 && this.untrusted.has(v)) return null;
    return v.value;
  }

  sum(row: BodyRow, ids: readonly string[]): number | null {
    return sumKnown(ids.map((id) => this.value(row, id)));
  }

  /** «(4)» */
  number(id: string): string {
    const n = this.form.columnNumbers[id];
    return n === undefined ? `«${this.leaves.get(id)?.header ?? id}»` : `(${n})`;
  }

  /** «(4)+(5)+(6)» over the ids present. */
  numbers(ids: readonly string[]): string {
    const present = ids.filter((id) => this.has(id));
    return present.length ? present.map((id) => this.number(id)).join('+') : '0';
  }

  /** A name an official recognises: «Tổng số hồ sơ nhận giải quyết», «Số hồ sơ đã giải quyết — Quá hạn». */
  name(id: string): string {
    const leaf = this.leaves.get(id);
    if (!leaf) return id;
    const parent = this.parents.get(id);
    if (!parent) return leaf.header;
    if (/^tổng số$/i.test(leaf.header.trim())) return `Tổng ${parent.charAt(0).toLowerCase()}${parent.slice(1)}`.replace(/^Tổng số số /, 'Tổng số ');
    return `${parent} — ${leaf.header}`;
  }

  /** Rows to check: data rows, groups stating subtotals, TỔNG CỘNG. */
  rows(): ViewRow[] {
    const f = this.form;
    const out: ViewRow[] = f.dataRows.map((row) => ({ kind: 'data' as const, row, members: NO_MEMBERS }));
    for (const g of f.groupRows) {
      if (g.hasSubtotal) out.push({ kind: 'group', row: g, members: g.members.map((i) => f.dataRows[i]) });
    }
    if (f.totalRow) out.push({ kind: 'total', row: f.totalRow, members: f.dataRows });
    return out;
  }

  /** «dòng «Hộ tịch»» for messages. */
  rowName(row: BodyRow): string {
    if (row === this.form.totalRow) return 'dòng TỔNG CỘNG';
    return row.label ? `dòng «${row.label}»` : `dòng ${row.row + 1}`;
  }
}
