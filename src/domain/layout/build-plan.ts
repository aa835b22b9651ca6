/**
 * The layout engine: FormSpec + FormOptions -> SheetPlan, the printed form as plain data.
 *
 * Generic by design: it reads the spec's column tree, row model and formulas and never asks which form
 * it is drawing. Sheet layout, top to bottom: form code and units, title, period, unit of measure,
 * merged header rows, the column-number row, data rows (with group rows), TỔNG CỘNG, place and date,
 * signatures.
 *
 * Totals and insertions: TỔNG CỘNG of a list form is SUM over the whole block from the first data row to
 * the row just above it, written as `SUM(C12:INDEX(C:C,ROW()-1))`: a plain `SUM(C12:C20)` does not grow
 * when the user inserts a row right above TỔNG CỘNG (the most common place to add a lĩnh vực), whereas
 * ROW() moves with the total, so rows inserted anywhere inside the block are summed. Subtotals end the
 * same way, at the row above the next group's row (`INDEX(C:C,ROW(C21)-1)`). Grouped forms
 * (II.06b) put each group's subtotal on the group's own row as SUBTOTAL(9, its rows) and TỔNG CỘNG as
 * SUBTOTAL(9, the whole block): SUBTOTAL ignores other SUBTOTAL results in its range (Excel and
 * LibreOffice alike), so the group rows are not counted twice and a row inserted inside any group is
 * counted both in its group and in the total. Every summable column of a group or total row uses
 * SUBTOTAL — a plain row formula there would be counted by the total.
 */
import {
  isGroup,
  leafColumns,
  type CellFormula,
  type ColumnNode,
  type FormSpec,
  type LeafColumn,
} from '../forms/spec';
import { LEGAL_BASES } from '../forms/basis';
import { columnLetters, ref } from './a1';
import { key, rectangles } from './boxes';
import { formMarkerName } from './form-marker';
import { sanitizeSheetName } from './names';
import type { FormOptions } from './options';
import { fixedRowUses, plannedRows, type PlannedRow } from './rows';
import type {
  CellBox,
  CellContent,
  CellRole,
  CellStyle,
  PlanConditionalFormat,
  PlanDefinedName,
  PlanLayoutMap,
  PlanValidation,
  SheetPlan,
  StyledBox,
} from './sheet-plan';
import { validateFormOptions } from './validate';

export const FONT_NAME = 'Times New Roman';
export const BODY_FONT_SIZE = 13;
export const TABLE_FONT_SIZE = 12;
export const COUNT_FORMAT = '#,##0';
export const RATE_FORMAT = '0.00%';

export const COLOURS = {
  header: '#D9D9D9',
  input: '#FFFDE7',
  computed: '#F2F2F2',
  total: '#E7E6E6',
  contradictionFill: '#FFC7CE',
  contradictionText: '#9C0006',
  belowTarget: '#FCE4D6',
} as const;

/** Every edge of every cell of a box: the grid of a table. */
export const ALL_BORDERS: CellStyle['borders'] = [
  'top',
  'bottom',
  'left',
  'right',
  'insideHorizontal',
  'insideVertical',
];
const META_ROWS = 7; // code/units ×2, blank, title, period, dates, unit of measure

/** Thrown when the options are not usable; `errors` are the Vietnamese messages of validateFormOptions. */
export class FormOptionsError extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join('\n'));
    this.name = 'FormOptionsError';
  }
}

/** Where each planned row landed. */
interface PlacedRow {
  row: number;
  planned: PlannedRow;
}

class PlanBuilder {
  readonly cells = new Map<string, { content: CellContent; role: CellRole }>();
  readonly tableStyles = new Map<string, CellStyle>();
  readonly metaStyles: StyledBox[] = [];
  readonly merges: CellBox[] = [];
  readonly inputs = new Map<string, { decimals: boolean }>();
  rowCount = 0;

  set(row: number, col: number, content: CellContent, role: CellRole): void {
    this.cells.set(key(row, col), { content, role });
    this.rowCount = Math.max(this.rowCount, row + 1);
  }
  text(row: number, col: number, text: string, role: CellRole): void {
    this.set(row, col, { kind: 'text', text }, role);
  }
  formula(row: number, col: number, formula: string, role: CellRole): void {
    this.set(row, col, { kind: 'formula', formula }, role);
  }
  tableStyle(row: number, col: number, style: CellStyle): void {
    this.tableStyles.set(key(row, col), { ...this.tableStyles.get(key(row, col)), ...style });
  }
  merge(box: CellBox): void {
    if (box.rowCount > 1 || box.colCount > 1) this.merges.push(box);
  }
  meta(box: CellBox, style: CellStyle): void {
    this.metaStyles.push({ box, style });
    this.merge(box);
  }
}

function visibleTree(nodes: readonly ColumnNode[], enabled: FormOptions['optionalColumns']): ColumnNode[] {
  const out: ColumnNode[] = [];
  for (const node of nodes) {
    if (isGroup(node)) {
      const children = visibleTree(node.children, enabled);
      if (children.length > 0) out.push({ ...node, children });
    } else if (!node.optional || enabled?.[node.optional]) {
      out.push(node);
    }
  }
  return out;
}

function treeDepth(nodes: readonly ColumnNode[]): number {
  return Math.max(...nodes.map((n) => (isGroup(n) ? 1 + treeDepth(n.children) : 1)));
}

function defaultWidth(leaf: LeafColumn): number {
  if (leaf.width) return leaf.width;
  switch (leaf.kind) {
    case 'stt':
      return 6;
    case 'label':
      return 34;
    case 'text':
      return 20;
    case 'rate':
      return 11;
    default:
      return 12;
  }
}

/** Roughly how many lines a text needs in a box `width` characters wide (measured on LibreOffice's rendering). */
function linesNeeded(text: string, width: number): number {
  return Math.max(1, Math.ceil(text.length / Math.max(1, width - 1)));
}

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

/** «Tam Thanh, ngày 18 tháng 3 năm 2026»; days below 10 and months 1–2 take a leading zero (Nghị định 30/2020). */
export function placeAndDate(place: string, date: string): string {
  const where = place.trim() || '……';
  if (date === '') return `${where}, ngày … tháng … năm …`;
  const [d, m, y] = date.split('/').map(Number);
  const month = m <= 2 ? twoDigits(m) : String(m);
  return `${where}, ngày ${twoDigits(d)} tháng ${month} năm ${y}`;
}

/** The formula text of a computed cell over references (empty terms already dropped). */
function formulaText(formula: CellFormula, refOf: (id: string) => string | undefined): string {
  const terms = (ids: readonly string[]) => ids.map(refOf).filter((r): r is string => r !== undefined);
  const joined = (refs: string[]) => (refs.length === 0 ? '0' : refs.join('+'));
  if ('sum' in formula) return `=${joined(terms(formula.sum))}`;
  const num = terms(formula.ratio.numerator);
  const den = terms(formula.ratio.denominator);
  const wrap = (refs: string[]) => (refs.length > 1 ? `(${joined(refs)})` : joined(refs));
  return `=IF(${wrap(den)}=0,"",${wrap(num)}/${wrap(den)})`;
}

/** «(3)=(4)+(5)+(6)», «(6)=(4)/(5)» for the column-number row. */
function columnNumberText(leaf: LeafColumn, colOf: Record<string, number>): string {
  const own = `(${colOf[leaf.id] + 1})`;
  if (!leaf.formula) return own;
  const nums = (ids: readonly string[]) => ids.filter((id) => id in colOf).map((id) => `(${colOf[id] + 1})`);
  if ('sum' in leaf.formula) return `${own}=${nums(leaf.formula.sum).join('+')}`;
  const group = (parts: string[]) => (parts.length > 1 ? `(${parts.join('+')})` : parts.join(''));
  return `${own}=${group(nums(leaf.formula.ratio.numerator))}/${group(nums(leaf.formula.ratio.denominator))}`;
}

function nameStem(code: string): string {
  return code.replace(/^KSTT-/, '').replace(/[^A-Za-z0-9]/g, '');
}

export function buildSheetPlan(spec: FormSpec, options: FormOptions): SheetPlan {
  const validation = validateFormOptions(spec, options);
  if (!validation.ok) throw new FormOptionsError(validation.errors);

  const leaves = leafColumns(spec.columns, options.optionalColumns ?? {});
  const colOf: Record<string, number> = {};
  leaves.forEach((leaf, i) => (colOf[leaf.id] = i));
  const colCount = leaves.length;
  const sttCol = leaves.findIndex((l) => l.kind === 'stt');
  const labelCol = leaves.findIndex((l) => l.kind === 'label');
  const widths = leaves.map(defaultWidth);
  const b = new PlanBuilder();

  // --- Top block: code and units, title, period, unit of measure.
  const leftSpan = Math.max(1, Math.min(colCount - 1, Math.floor(colCount / 2)));
  const left = (row: number): CellBox => ({ row, col: 0, rowCount: 1, colCount: leftSpan });
  const right = (row: number): CellBox => ({
    row,
    col: leftSpan,
    rowCount: 1,
    colCount: colCount - leftSpan,
  });
  const across = (row: number): CellBox => ({ row, col: 0, rowCount: 1, colCount });
  b.text(0, 0, spec.printedCode, 'meta');
  b.meta(left(0), { bold: true, horizontalAlign: 'left', wrapText: true });
  b.text(1, 0, LEGAL_BASES[spec.legalBasis].printedReference, 'meta');
  b.meta(left(1), { italic: true, fontSize: TABLE_FONT_SIZE, horizontalAlign: 'left', wrapText: true });
  b.text(0, leftSpan, `- Đơn vị báo cáo: ${options.reportingUnit.trim()}`, 'meta');
  b.meta(right(0), { horizontalAlign: 'left', wrapText: true });
  b.text(1, leftSpan, `- Đơn vị nhận báo cáo: ${options.receivingUnit.trim() || '……'}`, 'meta');
  b.meta(right(1), { horizontalAlign: 'left', wrapText: true });
  const title = spec.title.toLocaleUpperCase('vi');
  b.text(3, 0, title, 'title');
  b.meta(across(3), { bold: true, horizontalAlign: 'center', verticalAlign: 'center', wrapText: true });
  b.text(4, 0, `Kỳ báo cáo: ${options.period.label.trim()}`, 'meta');
  b.meta(across(4), { bold: true, horizontalAlign: 'center' });
  b.text(5, 0, `(Từ ngày ${options.period.from} đến ngày ${options.period.to})`, 'meta');
  b.meta(across(5), { italic: true, horizontalAlign: 'center' });
  if (spec.unitOfMeasure) {
    b.text(6, leftSpan, `Đơn vị tính: ${spec.unitOfMeasure}`, 'meta');
    b.meta(right(6), { italic: true, horizontalAlign: 'right' });
  }

  // --- Header rows from the column tree.
  const tree = visibleTree(spec.columns, options.optionalColumns);
  const depth = treeDepth(tree);
  const headerFirst = META_ROWS;
  const headerLast = headerFirst + depth - 1;
  const rowHeights: Record<number, number> = {};
  const headerLines = new Map<number, number>();
  const noteLines = (row: number, lines: number) =>
    headerLines.set(row, Math.max(headerLines.get(row) ?? 1, lines));
  const placeHeader = (nodes: readonly ColumnNode[], row: number, startCol: number): number => {
    let col = startCol;
    for (const node of nodes) {
      const span = leafColumns(isGroup(node) ? node.children : [node]).filter((l) => l.id in colOf).length;
      const box: CellBox = isGroup(node)
        ? { row, col, rowCount: 1, colCount: span }
        : { row, col, rowCount: headerLast - row + 1, colCount: 1 };
      b.text(row, col, node.header, 'header');
      b.merge(box);
      const spanWidth = widths.slice(col, col + span).reduce((a, w) => a + w, 0);
      const lines = linesNeeded(node.header, spanWidth);
      // A tall merged cell shares its lines with the rows it spans.
      noteLines(row, Math.ceil(lines / box.rowCount));
      if (isGroup(node)) placeHeader(node.children, row + 1, col);
      col += span;
    }
    return col;
  };
  placeHeader(tree, headerFirst, 0);
  for (let r = headerFirst; r <= headerLast; r++) {
    rowHeights[r] = Math.max(20, 16 * (headerLines.get(r) ?? 1) + 4);
    for (let c = 0; c < colCount; c++) {
      b.tableStyle(r, c, {
        bold: true,
        horizontalAlign: 'center',
        verticalAlign: 'center',
        fill: COLOURS.header,
      });
    }
  }
  let next = headerLast + 1;
  let columnNumberRow: number | null = null;
  if (spec.columnNumberRow) {
    columnNumberRow = next++;
    let lines = 1;
    leaves.forEach((leaf, c) => {
      const text = columnNumberText(leaf, colOf);
      lines = Math.max(lines, linesNeeded(text, widths[c]));
      b.text(columnNumberRow!, c, text, 'column-number');
      b.tableStyle(columnNumberRow!, c, { italic: true, horizontalAlign: 'center', fill: COLOURS.header });
    });
    if (lines > 1) rowHeights[columnNumberRow] = 16 * lines + 2;
  }

  // --- Data rows: place first (formulas refer to other rows), then fill.
  const dataFirst = next;
  const placed: PlacedRow[] = plannedRows(spec.rows, options).map((planned, i) => ({
    row: dataFirst + i,
    planned,
  }));
  const dataLast = dataFirst + placed.length - 1;
  const fixedRowAt: Record<string, number> = {};
  for (const p of placed) if (p.planned.kind === 'fixed') fixedRowAt[p.planned.row.id] = p.row;
  const groupRows = placed.filter((p) => p.planned.kind === 'group');
  const grouped = groupRows.length > 0;
  const rowRef = (row: number) => (id: string) => (id in colOf ? ref(row, colOf[id]) : undefined);
  const formatOf = (leaf: LeafColumn, isRate: boolean) =>
    isRate ? RATE_FORMAT : (leaf.numberFormat ?? COUNT_FORMAT);

  const rowSumBoxes = new Map<string, { col: string; row: number; formula: string }>(); // cell -> its sum
  const rateCells: { row: number; col: number; leaf: LeafColumn }[] = [];

  const writeRowFormula = (row: number, leaf: LeafColumn, role: CellRole) => {
    const c = colOf[leaf.id];
    const f = leaf.formula!;
    const isRate = 'ratio' in f;
    b.formula(row, c, formulaText(f, rowRef(row)), isRate ? 'rate' : role);
    b.tableStyle(row, c, {
      fill: COLOURS.computed,
      horizontalAlign: 'right',
      numberFormat: formatOf(leaf, isRate),
    });
    if (!isRate)
      rowSumBoxes.set(key(row, c), { col: leaf.id, row, formula: formulaText(f, rowRef(row)).slice(1) });
    else rateCells.push({ row, col: c, leaf });
  };
  const markInput = (row: number, leaf: LeafColumn) => {
    const c = colOf[leaf.id];
    b.inputs.set(key(row, c), { decimals: leaf.allowDecimals === true });
    b.tableStyle(row, c, {
      fill: COLOURS.input,
      horizontalAlign: 'right',
      numberFormat: formatOf(leaf, false),
    });
  };

  for (const { row, planned } of placed) {
    for (const leaf of leaves) {
      const c = colOf[leaf.id];
      b.tableStyle(row, c, {
        horizontalAlign: leaf.kind === 'label' || leaf.kind === 'text' ? 'left' : 'center',
      });
      if (leaf.kind === 'stt') {
        if (planned.kind === 'item') b.set(row, c, { kind: 'number', value: planned.stt }, 'label');
        else {
          const stt = planned.kind === 'group' ? planned.stt : planned.row.stt;
          if (stt) b.text(row, c, stt, 'label');
        }
        continue;
      }
      if (leaf.kind === 'label') {
        const label = planned.kind === 'fixed' ? planned.row.label : planned.label;
        b.text(row, c, label, 'label');
        const lines = linesNeeded(label, widths[c]);
        if (lines > 1) rowHeights[row] = Math.max(rowHeights[row] ?? 0, 16 * lines + 2);
        continue;
      }
      if (leaf.kind === 'text') {
        const text = planned.kind === 'fixed' ? planned.row.texts?.[leaf.id] : undefined;
        if (text) b.text(row, c, text, 'label');
        continue;
      }
      if (planned.kind === 'group') continue; // subtotals below, once the group's extent is known
      if (planned.kind === 'fixed') {
        const fixed = planned.row;
        if (!fixedRowUses(fixed, leaf.id)) continue;
        if (leaf.kind === 'input' && fixed.formula) {
          const f = fixed.formula;
          const isRate = 'ratio' in f;
          const text = formulaText(f, (id) => {
            if (!(id in fixedRowAt))
              throw new Error(`${spec.code}: dòng «${fixed.id}» tham chiếu dòng không có «${id}».`);
            return ref(fixedRowAt[id], c);
          });
          b.formula(row, c, text, isRate ? 'rate' : 'computed');
          b.tableStyle(row, c, {
            fill: COLOURS.computed,
            horizontalAlign: 'right',
            numberFormat: formatOf(leaf, isRate),
          });
          if (!isRate) rowSumBoxes.set(key(row, c), { col: leaf.id, row, formula: text.slice(1) });
          continue;
        }
        if (leaf.kind === 'input') {
          const value = options.prefill?.[fixed.id]?.[leaf.id] ?? fixed.prefill?.[leaf.id];
          if (value !== undefined) b.set(row, c, { kind: 'number', value }, 'input');
          markInput(row, leaf);
          continue;
        }
        writeRowFormula(row, leaf, 'computed');
        continue;
      }
      if (leaf.kind === 'input') {
        const value = planned.kind === 'item' ? planned.values?.[leaf.id] : undefined;
        if (value !== undefined) b.set(row, c, { kind: 'number', value }, 'input');
        markInput(row, leaf);
      } else writeRowFormula(row, leaf, 'computed');
    }
    if (planned.kind === 'fixed' && planned.row.heading) {
      for (let c = 0; c < colCount; c++) b.tableStyle(row, c, { bold: true });
    }
  }

  // --- Group subtotals and TỔNG CỘNG.
  const colSumFormats: PlanConditionalFormat[] = [];
  const summable = leaves.filter((l) => l.kind === 'input' || l.kind === 'computed');
  const writeAggregateRow = (
    row: number,
    first: number,
    /** The row just below the block: the block ends wherever that row has moved to. */
    boundary: number,
    role: 'subtotal' | 'total',
    fn: 'SUM' | 'SUBTOTAL',
  ) => {
    const aggregate = (c: number) => {
      const boundaryRow = boundary === row ? 'ROW()' : `ROW(${ref(boundary, c)})`;
      const letters = columnLetters(c);
      const block = `${ref(first, c)}:INDEX(${letters}:${letters},${boundaryRow}-1)`;
      return fn === 'SUM' ? `SUM(${block})` : `SUBTOTAL(9,${block})`;
    };
    for (const leaf of summable) {
      const c = colOf[leaf.id];
      b.formula(row, c, `=${aggregate(c)}`, role);
      b.tableStyle(row, c, { numberFormat: formatOf(leaf, false), horizontalAlign: 'right' });
    }
    for (const leaf of leaves.filter((l) => l.kind === 'rate')) {
      const c = colOf[leaf.id];
      b.formula(row, c, formulaText(leaf.formula!, rowRef(row)), 'rate');
      b.tableStyle(row, c, { numberFormat: RATE_FORMAT, horizontalAlign: 'right' });
      rateCells.push({ row, col: c, leaf });
    }
    for (let c = 0; c < colCount; c++) b.tableStyle(row, c, { bold: true, fill: COLOURS.total });
    // Contradiction: a subtotal or total someone typed over no longer equals its block.
    for (const run of contiguousRuns(summable.map((l) => colOf[l.id]))) {
      colSumFormats.push({
        box: { row, col: run.first, rowCount: 1, colCount: run.count },
        formula: `=${ref(row, run.first)}<>${aggregate(run.first)}`,
        fill: COLOURS.contradictionFill,
        fontColor: COLOURS.contradictionText,
        description:
          role === 'total'
            ? 'Ô TỔNG CỘNG khác tổng các dòng bên trên / total differs from the rows above'
            : 'Ô cộng nhóm khác tổng các dòng trong nhóm / subtotal differs from its rows',
      });
    }
  };
  const groupLayout: PlanLayoutMap['groupRows'] = [];
  groupRows.forEach((g, i) => {
    const boundary = i + 1 < groupRows.length ? groupRows[i + 1].row : dataLast + 1;
    writeAggregateRow(g.row, g.row + 1, boundary, 'subtotal', 'SUBTOTAL');
    groupLayout.push({
      row: g.row,
      label: g.planned.kind === 'group' ? g.planned.label : '',
      subtotal: true,
    });
  });
  let totalRow: number | null = null;
  if (spec.totalRow) {
    totalRow = dataLast + 1;
    // STT and label merge into one cell; a merge keeps only its top-left value, so the text goes there.
    const mergeLabel = sttCol >= 0 && labelCol === sttCol + 1;
    if (labelCol >= 0) b.text(totalRow, mergeLabel ? sttCol : labelCol, 'TỔNG CỘNG', 'label');
    if (mergeLabel) b.merge({ row: totalRow, col: sttCol, rowCount: 1, colCount: 2 });
    for (let c = 0; c < colCount; c++) b.tableStyle(totalRow, c, { horizontalAlign: 'center' });
    writeAggregateRow(totalRow, dataFirst, totalRow, 'total', grouped ? 'SUBTOTAL' : 'SUM');
  }
  const tableLast = totalRow ?? dataLast;

  // Base table look: every table cell, under the specific styles above.
  for (let r = headerFirst; r <= tableLast; r++) {
    for (let c = 0; c < colCount; c++) {
      b.tableStyles.set(key(r, c), {
        fontName: FONT_NAME,
        fontSize: TABLE_FONT_SIZE,
        verticalAlign: 'center',
        wrapText: true,
        borders: ALL_BORDERS,
        ...b.tableStyles.get(key(r, c)),
      });
    }
  }

  // --- Place, date and signatures.
  let rowCount = tableLast + 1;
  if (spec.signatureBlock !== false) {
    const s = options.signers ?? {};
    const dateRow = tableLast + 2;
    b.text(dateRow, leftSpan, placeAndDate(options.reportPlace, options.reportDate), 'meta');
    b.meta(right(dateRow), { italic: true, horizontalAlign: 'center' });
    b.text(dateRow + 1, 0, s.preparerTitle?.trim() || 'NGƯỜI LẬP BIỂU', 'meta');
    b.meta(left(dateRow + 1), { bold: true, horizontalAlign: 'center' });
    b.text(dateRow + 1, leftSpan, s.headTitle?.trim() || 'THỦ TRƯỞNG ĐƠN VỊ', 'meta');
    b.meta(right(dateRow + 1), { bold: true, horizontalAlign: 'center' });
    for (const box of [left(dateRow + 2), right(dateRow + 2)]) {
      b.text(box.row, box.col, '(Ký, ghi rõ họ tên)', 'meta');
      b.meta(box, { italic: true, horizontalAlign: 'center' });
    }
    const nameRow = dateRow + 6;
    rowCount = nameRow + 1;
    if (s.preparerName?.trim()) {
      b.text(nameRow, 0, s.preparerName.trim(), 'meta');
      b.meta(left(nameRow), { bold: true, horizontalAlign: 'center' });
    }
    if (s.headName?.trim()) {
      b.text(nameRow, leftSpan, s.headName.trim(), 'meta');
      b.meta(right(nameRow), { bold: true, horizontalAlign: 'center' });
    }
  }
  rowCount = Math.max(rowCount, b.rowCount);

  const totalWidth = widths.reduce((a, w) => a + w, 0);
  rowHeights[3] = Math.max(20, 18 * linesNeeded(title, totalWidth) + 2);

  // --- Validations, conditional formats, names.
  const wholeInputs = new Map([...b.inputs].filter(([, v]) => !v.decimals));
  const validations: PlanValidation[] = rectangles(wholeInputs, () => 'whole').map(({ box }) => ({
    box,
    rule: 'whole-number-non-negative',
    errorTitle: 'Số liệu không hợp lệ',
    errorMessage: 'Chỉ nhập số nguyên không âm (ví dụ 1652). / Enter a whole number, 0 or more.',
  }));
  const conditionalFormats: PlanConditionalFormat[] = [];
  // Row sums: each box is one column of computed cells sharing a formula shape (relative references).
  for (const { box, value } of rectangles(
    rowSumBoxes,
    (v) => `${v.col}|${relativeShape(v.formula, v.row)}`,
  )) {
    conditionalFormats.push({
      box,
      formula: `=${ref(box.row, box.col)}<>${value.formula}`,
      fill: COLOURS.contradictionFill,
      fontColor: COLOURS.contradictionText,
      description: 'Ô tổng khác tổng các ô thành phần / total differs from the sum of its parts',
    });
  }
  conditionalFormats.push(...colSumFormats);
  for (const { box } of rectangles(b.inputs, () => 'input')) {
    conditionalFormats.push({
      box,
      formula: `=${ref(box.row, box.col)}<0`,
      fill: COLOURS.contradictionFill,
      fontColor: COLOURS.contradictionText,
      description: 'Số âm / negative number',
    });
  }
  for (const cell of rateCells) {
    if (!cell.leaf.targetColumn || !(cell.leaf.targetColumn in colOf)) continue;
    const rate = ref(cell.row, cell.col);
    const target = ref(cell.row, colOf[cell.leaf.targetColumn]);
    conditionalFormats.push({
      box: { row: cell.row, col: cell.col, rowCount: 1, colCount: 1 },
      formula: `=AND(${rate}<>"",${target}<>"",${rate}*100<${target})`,
      fill: COLOURS.belowTarget,
      description: 'Chưa đạt mục tiêu / below target',
    });
  }

  const stem = nameStem(spec.code);
  const names: PlanDefinedName[] = [
    // Which form and legal basis this sheet holds, over the whole form: how the add-in finds its own forms.
    {
      name: formMarkerName(spec.code, spec.legalBasis),
      box: { row: 0, col: 0, rowCount, colCount },
      comment: `${spec.printedCode} (${spec.legalBasis})`,
    },
    {
      name: `KSTT_${stem}`,
      box: { row: headerFirst, col: 0, rowCount: tableLast - headerFirst + 1, colCount },
      comment: `${spec.printedCode}: bảng số liệu`,
    },
    {
      name: `KSTT_${stem}_DuLieu`,
      box: { row: dataFirst, col: 0, rowCount: dataLast - dataFirst + 1, colCount },
      comment: `${spec.printedCode}: các dòng số liệu`,
    },
  ];
  if (totalRow !== null) {
    names.push({
      name: `KSTT_${stem}_TongCong`,
      box: { row: totalRow, col: 0, rowCount: 1, colCount },
      comment: `${spec.printedCode}: dòng TỔNG CỘNG`,
    });
  }

  const styles: StyledBox[] = [
    {
      box: { row: 0, col: 0, rowCount, colCount },
      style: { fontName: FONT_NAME, fontSize: BODY_FONT_SIZE, verticalAlign: 'center' },
    },
    ...b.metaStyles,
    ...rectangles(b.tableStyles, (s) => JSON.stringify(s)).map(({ box, value }) => ({ box, style: value })),
  ];

  const columnWidths: Record<number, number> = {};
  widths.forEach((w, c) => (columnWidths[c] = w));
  const layout: PlanLayoutMap = {
    headerRows: { first: headerFirst, last: headerLast },
    columnNumberRow,
    columns: { ...colOf },
    dataRows: { first: dataFirst, last: dataLast },
    groupRows: groupLayout,
    totalRow,
  };
  if (spec.rows.kind === 'fixed') layout.rows = fixedRowAt;

  return {
    formCode: spec.code,
    legalBasis: spec.legalBasis,
    sheetName: sanitizeSheetName(options.sheetName ?? spec.sheetName ?? spec.code),
    rowCount,
    colCount,
    cells: [...b.cells].map(([pos, cell]) => {
      const [row, col] = pos.split(',').map(Number);
      return { row, col, ...cell };
    }),
    merges: b.merges,
    styles,
    columnWidths,
    rowHeights,
    freeze: { rows: dataFirst, columns: labelCol >= 0 ? labelCol + 1 : 0 },
    print: {
      orientation: 'landscape',
      paperSize: 'A4',
      fitToWidth: true,
      repeatRows: { first: headerFirst, last: columnNumberRow ?? headerLast },
      margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5 },
    },
    names,
    validations,
    conditionalFormats,
    layout,
  };
}

/** Consecutive column indexes as runs. */
function contiguousRuns(cols: number[]): { first: number; count: number }[] {
  const runs: { first: number; count: number }[] = [];
  for (const c of [...cols].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last.first + last.count === c) last.count++;
    else runs.push({ first: c, count: 1 });
  }
  return runs;
}

/** A formula with each row number made relative to its own row: equal shapes share one conditional format. */
function relativeShape(formula: string, row: number): string {
  return formula.replace(/([A-Z]+)(\d+)/g, (_m, col: string, r: string) => `${col}[${Number(r) - 1 - row}]`);
}

export { computeExpected } from './compute-expected';
export { validateFormOptions } from './validate';
export type { FormOptions } from './options';
