/**
 * Finds a form's header block by its texts, wherever it starts, and maps the spec's columns onto sheet
 * columns. Header spans come from the sheet's merges when it has them, otherwise from the layout: a header
 * text covers the empty cells to its right that sit under the same parent header.
 */
import { isGroup, type ColumnNode, type FormSpec, type LeafColumn } from '../forms/spec';
import type { SheetIndex } from './sheet-index';
import { canonHeader, columnNumberOf, headersMatch } from './text';
import { parseViNumber } from '../format';

const MAX_HEADER_ROWS = 5;

interface LeafPath {
  leaf: LeafColumn;
  /** Canonical header texts from the top group down to the leaf. */
  path: string[];
}

export interface SpecModel {
  spec: FormSpec;
  leaves: LeafPath[];
  /** Canonical texts of the top-level headers: a row holding two of them may start this form's header. */
  topTexts: string[];
}

function collectLeaves(nodes: readonly ColumnNode[], parents: string[], out: LeafPath[]): void {
  for (const node of nodes) {
    if (isGroup(node)) collectLeaves(node.children, [...parents, canonHeader(node.header)], out);
    else out.push({ leaf: node, path: [...parents, canonHeader(node.header)] });
  }
}

export function specModel(spec: FormSpec): SpecModel {
  const leaves: LeafPath[] = [];
  collectLeaves(spec.columns, [], leaves);
  return { spec, leaves, topTexts: spec.columns.map((n) => canonHeader(n.header)) };
}

export function isValueKind(leaf: LeafColumn): boolean {
  return leaf.kind === 'input' || leaf.kind === 'computed' || leaf.kind === 'rate';
}

export interface HeaderMatch {
  spec: FormSpec;
  first: number;
  last: number;
  firstCol: number;
  lastCol: number;
  columns: Record<string, number>;
  /** Matched value columns / required value columns. */
  matched: number;
  required: number;
}

/** A cell that cannot be header text: numbers, number-like text, column numbers «(3)=(4)+(5)». */
function isNumberLike(value: string | number | boolean | null | undefined): boolean {
  if (typeof value === 'number') return true;
  if (typeof value !== 'string') return false;
  return columnNumberOf(value) !== null || parseViNumber(value) !== null;
}

/** Whether row `r` can belong to a header block: some text, no numbers. */
function isHeaderLikeRow(index: SheetIndex, r: number): boolean {
  const cells = index.rowCells(r).filter((c) => c.value !== null && String(c.value).trim() !== '');
  if (cells.length === 0) return false;
  return cells.every((c) => typeof c.value === 'string' && !isNumberLike(c.value));
}

/** Rows that may start a header block of one of the models, from `fromRow` on. */
export function headerCandidates(index: SheetIndex, fromRow: number, models: readonly SpecModel[]): number[] {
  const tops = new Set<string>(['stt']);
  for (const m of models) for (const t of m.topTexts) tops.add(t);
  const out: number[] = [];
  for (const r of index.rows) {
    if (r < fromRow) continue;
    const cells = index.rowCells(r);
    // A header row holds no number (see isHeaderLikeRow): rows of figures are skipped before any text is folded.
    if (cells.length < 2 || cells.some((c) => typeof c.value === 'number')) continue;
    let hits = 0;
    for (const cell of cells) {
      if (typeof cell.value !== 'string') continue;
      if (tops.has(canonHeader(cell.value))) hits++;
    }
    if (hits >= 2) out.push(r);
  }
  return out;
}

/** The columns of the block starting at (r0): from the first header text of row r0 to the last column in use. */
function columnExtent(index: SheetIndex, r0: number, rowCount: number): { first: number; last: number } | null {
  const used = new Set<number>();
  for (let r = r0; r < r0 + rowCount; r++) {
    for (const c of index.rowCells(r)) if (typeof c.value === 'string' && c.value.trim()) used.add(c.col);
  }
  const top = index.rowCells(r0).filter((c) => typeof c.value === 'string' && c.value.trim());
  if (top.length === 0) return null;
  const first = top[0].col;
  let last = first;
  let gap = 0;
  for (let c = first + 1; c <= index.maxCol; c++) {
    const covered = used.has(c) || index.mergeOf(r0, c) !== undefined;
    if (covered) {
      last = c;
      gap = 0;
    } else if (++gap >= 2) break;
  }
  // A group header spanning to the right edge covers empty columns whose lower header cells hold the leaves.
  return { first, last };
}

/** Per column, the canonical header texts from top to bottom. */
function columnPaths(index: SheetIndex, r0: number, r1: number, c0: number, c1: number): Map<number, string[]> {
  const width = c1 - c0 + 1;
  const owners: number[][] = [];
  for (let r = r0; r <= r1; r++) {
    const owner = new Array<number>(width).fill(-1);
    for (let c = c0; c <= c1; c++) {
      const i = c - c0;
      if (index.text(r, c)) {
        owner[i] = c;
        continue;
      }
      const m = index.mergeOf(r, c);
      if (m) {
        // A merge starting in an earlier header row is a tall leaf: it already gave its text above.
        if (m.row === r && index.text(m.row, m.col)) owner[i] = m.col;
        continue;
      }
      if (i === 0 || owner[i - 1] < 0) continue;
      if (r === r0) owner[i] = owner[i - 1];
      else {
        const parent = owners[r - r0 - 1];
        if (parent[i] >= 0 && parent[i] === parent[owner[i - 1] - c0]) owner[i] = owner[i - 1];
      }
    }
    owners.push(owner);
  }
  const paths = new Map<number, string[]>();
  for (let c = c0; c <= c1; c++) {
    const path: string[] = [];
    for (let r = r0; r <= r1; r++) {
      const o = owners[r - r0][c - c0];
      if (o < 0) continue;
      const raw = index.cell(r, o)?.value;
      if (typeof raw !== 'string' || isNumberLike(raw)) continue;
      const text = canonHeader(raw);
      if (text && path[path.length - 1] !== text) path.push(text);
    }
    // The software prints «Đúng hạn» for dossiers in progress within time («Trong hạn»).
    if (path.includes('so ho so dang giai quyet') && path[path.length - 1] === 'dung han') path[path.length - 1] = 'trong han';
    paths.set(c, path);
  }
  return paths;
}

function leafMatches(path: string[], want: LeafPath): boolean {
  if (path.length === 0) return false;
  if (!headersMatch(path[path.length - 1], want.path[want.path.length - 1])) return false;
  if (want.path.length === 1) return true;
  const top = want.path[0];
  return path.slice(0, -1).some((p) => headersMatch(p, top));
}

function matchSpec(model: SpecModel, paths: Map<number, string[]>, c0: number, c1: number) {
  const columns: Record<string, number> = {};
  const taken = new Set<number>();
  let matched = 0;
  let required = 0;
  for (const lp of model.leaves) {
    if (isValueKind(lp.leaf) && !lp.leaf.optional) required++;
    if (lp.leaf.kind === 'label') continue;
    for (let c = c0; c <= c1; c++) {
      if (taken.has(c)) continue;
      const path = paths.get(c) ?? [];
      const ok = lp.leaf.kind === 'stt' ? path.includes('stt') : leafMatches(path, lp);
      if (!ok) continue;
      columns[lp.leaf.id] = c;
      taken.add(c);
      if (isValueKind(lp.leaf)) matched++;
      break;
    }
  }
  // The label column: by its header when it matches, else the first free column after STT (its wording varies most).
  const label = model.leaves.find((lp) => lp.leaf.kind === 'label');
  if (label) {
    let at = -1;
    for (let c = c0; c <= c1 && at < 0; c++) if (!taken.has(c) && leafMatches(paths.get(c) ?? [], label)) at = c;
    if (at < 0) {
      const start = columns.stt !== undefined ? columns.stt + 1 : c0;
      for (let c = start; c <= c1 && at < 0; c++) if (!taken.has(c) && (paths.get(c) ?? []).length > 0) at = c;
    }
    if (at >= 0) columns[label.leaf.id] = at;
  }
  return { columns, matched, required };
}

/** The best header block starting at r0 for each model that fits well enough. */
export function matchHeaderAt(index: SheetIndex, r0: number, models: readonly SpecModel[]): HeaderMatch[] {
  let depth = 0;
  while (depth < MAX_HEADER_ROWS && isHeaderLikeRow(index, r0 + depth)) depth++;
  if (depth === 0) return [];
  const extent = columnExtent(index, r0, depth);
  if (!extent) return [];
  const out: HeaderMatch[] = [];
  // The same header texts for every model: read once per depth.
  const pathsAt = Array.from({ length: depth }, (_, d) => columnPaths(index, r0, r0 + d, extent.first, extent.last));
  for (const model of models) {
    let best: HeaderMatch | null = null;
    for (let d = 1; d <= depth; d++) {
      const paths = pathsAt[d - 1];
      const m = matchSpec(model, paths, extent.first, extent.last);
      if (!best || m.matched > best.matched) {
        best = { spec: model.spec, first: r0, last: r0 + d - 1, firstCol: extent.first, lastCol: extent.last, ...m };
      }
    }
    if (!best || best.required === 0) continue;
    const labelFound = model.leaves.some((l) => l.leaf.kind === 'label' && l.leaf.id in best!.columns);
    const enough = best.matched >= Math.ceil(0.6 * best.required) && (best.matched >= 2 || model.spec.rows.kind === 'fixed');
    if (enough && labelFound) out.push(best);
  }
  return out;
}
