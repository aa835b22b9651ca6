/**
 * The «Chỉ tiêu» sheet computed from the workbook's forms.
 *
 * Why on top of the generic engine rather than inside it: the sheet is the KSTT-CT form (one spec file, laid out
 * by `buildSheetPlan` like every form — header, targets prefilled per year, rate formulas, tint below target,
 * signatures), plus three things no other form needs and the spec language cannot say without growing a
 * cross-sheet reference kind for one form: numerator/denominator cells that are formulas into *other* sheets
 * (known only when the workbook is), the «Đạt / Chưa đạt» verdict, and the user's rating-band table with its
 * lookup. Those are added here to the plan the engine produced, so both renderers (Office.js and .xlsx) get them
 * without change, and the engine stays generic.
 */
import { getForm, type LegalBasis } from '../forms';
import { chiTieuPrefill } from '../forms/chi-tieu';
import { QD766_GROUPS, RATING_BAND_NAMES, RATING_BANDS_NOTE, targetsForYear } from '../forms/targets-data';
import {
  ALL_BORDERS,
  buildSheetPlan,
  COLOURS,
  FONT_NAME,
  RATE_FORMAT,
  TABLE_FONT_SIZE,
} from '../layout/build-plan';
import { ref } from '../layout/a1';
import { formMarkerName } from '../layout/form-marker';
import type { FormOptions } from '../layout/options';
import type { CellContent, CellRole, CellStyle, PlanCell, SheetPlan } from '../layout/sheet-plan';
import { resolveIndicatorLink, type IndicatorSource } from './sources';

export const INDICATOR_FORM_CODE = 'KSTT-CT';

/** Keys this module adds to `layout.rows` / `layout.columns` (the charts and tests find the extra blocks by them). */
export const INDICATOR_LAYOUT_KEYS = {
  /** layout.rows: first and last row of the user's rating-band table. */
  bandsFirst: 'bands:first',
  bandsLast: 'bands:last',
  /** layout.rows: `chart:<indicatorId>` is the chart-data row of that indicator. */
  chartRow: (indicatorId: string) => `chart:${indicatorId}`,
  /** layout.columns of the band table and the chart-data block. */
  bandName: 'band:name',
  bandMin: 'band:min',
  chartLabel: 'chart:label',
  chartResult: 'chart:result',
  chartTarget: 'chart:target',
} as const;

export const VERDICT_MET = 'Đạt';
export const VERDICT_NOT_MET = 'Chưa đạt';
/** The note column is 30 characters wide; at 10 pt about 55 characters fit on a line (measured on LibreOffice). */
const NOTE_CHARS_PER_LINE = 55;
const MET_FILL = '#C6EFCE';
const MET_TEXT = '#006100';
/** True in both outputs: Excel with the add-in draws charts from these cells; .xlsx files from the CLI have none. */
export const CHARTS_NOTE =
  'Biểu đồ gốc của Excel do add-in vẽ trong Excel từ các ô này và các biểu nguồn. Tệp .xlsx xuất bằng ' +
  'dòng lệnh không có biểu đồ: thư viện ghi tệp (exceljs) không hỗ trợ biểu đồ.';
const NOTE_INPUT = 'Nhập tay: sổ chưa có biểu chứa số liệu này';

export interface IndicatorPlanOptions extends FormOptions {
  legalBasis?: LegalBasis;
}

/** Where an indicator's figures came from, for the task pane and tests. */
export interface IndicatorPlanInfo {
  /** The year whose targets were used (the latest known year when `year` has none). */
  targetsYear: number;
  targetsExact: boolean;
  /** Indicator id -> linked (formulas into a source form) or input. */
  links: Record<string, 'linked' | 'input'>;
}

export interface IndicatorPlan extends SheetPlan {
  indicatorInfo: IndicatorPlanInfo;
}

/** A table the plan adds below the printed form: its title, an explanatory note and its column headers. */
interface SideTable {
  title: string;
  note: { text: string; fontColor?: string };
  headers: readonly string[];
}

const SIDE_TABLES: Record<'ratingBands' | 'chartData', SideTable> = {
  ratingBands: {
    title: 'Thang xếp loại theo tổng điểm Bộ chỉ số (Quyết định 766/QĐ-TTg)',
    note: { text: RATING_BANDS_NOTE, fontColor: COLOURS.contradictionText },
    headers: ['Mức xếp loại', 'Từ (điểm)'],
  },
  chartData: {
    title: 'Số liệu cho biểu đồ (tự tính từ bảng trên, không cần sửa)',
    note: { text: CHARTS_NOTE },
    headers: ['Chỉ tiêu', 'Kết quả', 'Mục tiêu'],
  },
};

class Overlay {
  private readonly cells = new Map<string, PlanCell>();
  constructor(readonly plan: SheetPlan) {
    for (const cell of plan.cells) this.cells.set(`${cell.row},${cell.col}`, cell);
  }
  set(row: number, col: number, content: CellContent, role: CellRole): void {
    this.cells.set(`${row},${col}`, { row, col, content, role });
  }
  text(row: number, col: number, text: string, role: CellRole = 'label'): void {
    this.set(row, col, { kind: 'text', text }, role);
  }
  formula(row: number, col: number, formula: string, role: CellRole = 'computed'): void {
    this.set(row, col, { kind: 'formula', formula }, role);
  }
  style(row: number, col: number, style: CellStyle, rowCount = 1, colCount = 1): void {
    this.plan.styles.push({ box: { row, col, rowCount, colCount }, style });
  }
  /**
   * The top of a side table below the form: a bold title, a merged italic note, then a header row over the
   * consecutive columns from `col`. Returns the first row under the headers.
   */
  sideTableTop(row: number, col: number, { title, note, headers }: SideTable): number {
    this.text(row, col, title, 'meta');
    this.style(row, col, { bold: true, fontName: FONT_NAME, fontSize: TABLE_FONT_SIZE });
    const noteRow = row + 1;
    this.text(noteRow, col, note.text, 'meta');
    const noteColour = note.fontColor ? { fontColor: note.fontColor } : {};
    this.style(noteRow, col, { italic: true, ...noteColour, wrapText: true, fontSize: 11 });
    this.plan.merges.push({ row: noteRow, col, rowCount: 1, colCount: this.plan.colCount - col });
    this.plan.rowHeights[noteRow] = 34;
    const headerRow = noteRow + 1;
    headers.forEach((header, i) => this.text(headerRow, col + i, header, 'header'));
    const headerStyle = {
      ...TABLE_STYLE,
      bold: true,
      fill: COLOURS.header,
      horizontalAlign: 'center' as const,
    };
    this.style(headerRow, col, headerStyle, 1, headers.length);
    return headerRow + 1;
  }
  finish(): PlanCell[] {
    return [...this.cells.values()];
  }
}

const TABLE_STYLE: CellStyle = {
  fontName: FONT_NAME,
  fontSize: TABLE_FONT_SIZE,
  verticalAlign: 'center',
  wrapText: true,
  borders: ALL_BORDERS,
};

/**
 * Builds the indicator sheet for `year` from the forms present in the workbook (`sources`: their sheet names and
 * layout maps). Pure: the same call gives the same plan.
 */
export function buildIndicatorPlan(
  sources: readonly IndicatorSource[],
  year: number,
  options: IndicatorPlanOptions,
): IndicatorPlan {
  const spec = getForm(INDICATOR_FORM_CODE, options.legalBasis ?? 'TT01/2020');
  if (!spec || spec.rows.kind !== 'fixed')
    throw new Error(`${INDICATOR_FORM_CODE}: không tìm thấy biểu chỉ tiêu.`);
  const { data, exact } = targetsForYear(year);
  const base = buildSheetPlan(spec, {
    ...options,
    prefill: { ...chiTieuPrefill(year).prefill, ...options.prefill },
  });
  const plan: SheetPlan = {
    ...base,
    styles: [...base.styles],
    conditionalFormats: [...base.conditionalFormats],
  };
  const rows = { ...plan.layout.rows! };
  const cols = { ...plan.layout.columns };
  const o = new Overlay(plan);

  // Heading: the year actually used, and a plain warning when it is not the report's year.
  o.text(
    rows.targetsHeading,
    cols.item,
    `Chỉ tiêu theo Nghị quyết 01/NQ-CP, 02/NQ-CP năm ${data.year}` +
      (exact
        ? ''
        : ` (chưa có chỉ tiêu năm ${year}: tạm dùng chỉ tiêu năm ${data.year}, sửa tại cột «Mục tiêu»)`),
  );
  if (!exact) plan.rowHeights[rows.targetsHeading] = Math.max(plan.rowHeights[rows.targetsHeading] ?? 0, 50);

  // Numerators and denominators: formulas into the source forms where the workbook has them.
  const links: Record<string, 'linked' | 'input'> = {};
  const targetIds = spec.rows.rows
    .filter((r) => r.id.startsWith('target:'))
    .map((r) => r.id.slice('target:'.length));
  for (const id of targetIds) {
    const row = rows[`target:${id}`];
    const link = resolveIndicatorLink(id, sources);
    links[id] = link ? 'linked' : 'input';
    if (link) {
      o.formula(row, cols.numerator, link.numeratorFormula);
      o.formula(row, cols.denominator, link.denominatorFormula);
      o.style(row, cols.numerator, { fill: COLOURS.computed }, 1, 2);
    }
    o.text(row, cols.note, link ? link.description : NOTE_INPUT);
    o.style(row, cols.note, { fontSize: 10, italic: true, horizontalAlign: 'left' });
    const noteText = link ? link.description : NOTE_INPUT;
    const noteLines = Math.ceil(noteText.length / NOTE_CHARS_PER_LINE);
    plan.rowHeights[row] = Math.max(plan.rowHeights[row] ?? 0, 13 * noteLines + 4);

    // «Đạt» when the rate reaches the target. Compared as rate >= target/100 (both sides are one division of
    // whole numbers) rather than rate*100 >= target: 0,57*100 is 56,999… in IEEE arithmetic. LibreOffice and Excel
    // happen to round that in comparisons, the core's TypeScript (checks, narrative) does not; one rule for both.
    const rate = ref(row, cols.result);
    const target = ref(row, cols.target);
    o.formula(
      row,
      cols.verdict,
      `=IF(OR(${rate}="",${target}=""),"",IF(${rate}>=${target}/100,"${VERDICT_MET}","${VERDICT_NOT_MET}"))`,
    );
    o.style(row, cols.verdict, { horizontalAlign: 'center', bold: true, fill: COLOURS.computed });
  }
  const firstTarget = rows[`target:${targetIds[0]}`];
  const verdictBox = { row: firstTarget, col: cols.verdict, rowCount: targetIds.length, colCount: 1 };
  const verdictCell = ref(firstTarget, cols.verdict);
  plan.conditionalFormats.push(
    {
      box: verdictBox,
      formula: `=${verdictCell}="${VERDICT_MET}"`,
      fill: MET_FILL,
      fontColor: MET_TEXT,
      description: 'Đạt mục tiêu / target met',
    },
    {
      box: verdictBox,
      formula: `=${verdictCell}="${VERDICT_NOT_MET}"`,
      fill: COLOURS.contradictionFill,
      fontColor: COLOURS.contradictionText,
      description: 'Chưa đạt mục tiêu / target not met',
    },
  );

  // --- The user's rating-band table, below the signatures (a table of its own, not part of the printed form).
  let next = plan.rowCount + 1;
  const nameCol = cols.item;
  const minCol = cols.target;
  next = o.sideTableTop(next, nameCol, SIDE_TABLES.ratingBands); // minCol is the column after nameCol
  const bandsFirst = next;
  for (const name of RATING_BAND_NAMES) {
    o.text(next, nameCol, name, 'label');
    next++;
  }
  const bandsLast = next - 1;
  o.style(bandsFirst, nameCol, { ...TABLE_STYLE, fill: COLOURS.input }, RATING_BAND_NAMES.length, 2);
  o.style(
    bandsFirst,
    minCol,
    { horizontalAlign: 'right', numberFormat: '0.0#' },
    RATING_BAND_NAMES.length,
    1,
  );

  // Rating = the band with the largest minimum not above the total: LARGE(mins, COUNTIF(mins,">"&total)+1) is
  // that minimum without array formulas (Excel 2016 and LibreOffice alike); blank minimums are ignored.
  const mins = `${ref(bandsFirst, minCol)}:${ref(bandsLast, minCol)}`;
  const names = `${ref(bandsFirst, nameCol)}:${ref(bandsLast, nameCol)}`;
  const total = ref(rows.scoreTotal, cols.points);
  const firstScore = rows[`score:${QD766_GROUPS[0].id}`];
  const lastScore = rows[`score:${QD766_GROUPS[QD766_GROUPS.length - 1].id}`];
  const entered = `${ref(firstScore, cols.points)}:${ref(lastScore, cols.points)}`;
  o.formula(
    rows.scoreRating,
    cols.note,
    `=IF(OR(COUNT(${entered})=0,COUNTIF(${mins},"<="&${total})=0),"",` +
      `INDEX(${names},MATCH(LARGE(${mins},COUNTIF(${mins},">"&${total})+1),${mins},0)))`,
  );
  o.style(rows.scoreRating, cols.note, { bold: true, horizontalAlign: 'center', fill: COLOURS.computed });

  // --- Chart data: each indicator's rate and its target as a rate, so a chart can put both on one % axis.
  // #N/A (NA()) where there is no rate yet: charts leave a gap instead of drawing a misleading 0 %.
  next++;
  const resultCol = cols.target;
  const targetRateCol = cols.numerator;
  next = o.sideTableTop(next, nameCol, SIDE_TABLES.chartData); // resultCol and targetRateCol follow nameCol
  const chartFirst = next;
  for (const id of targetIds) {
    const source = rows[`target:${id}`];
    const label = spec.rows.rows.find((r) => r.id === `target:${id}`)!.label;
    o.text(next, nameCol, label, 'label');
    o.formula(
      next,
      resultCol,
      `=IF(${ref(source, cols.result)}="",NA(),${ref(source, cols.result)})`,
      'rate',
    );
    o.formula(
      next,
      targetRateCol,
      `=IF(${ref(source, cols.target)}="",NA(),${ref(source, cols.target)}/100)`,
      'rate',
    );
    rows[INDICATOR_LAYOUT_KEYS.chartRow(id)] = next;
    next++;
  }
  o.style(chartFirst, nameCol, { ...TABLE_STYLE, fill: COLOURS.computed }, targetIds.length, 3);
  o.style(
    chartFirst,
    resultCol,
    { numberFormat: RATE_FORMAT, horizontalAlign: 'right' },
    targetIds.length,
    2,
  );

  const oldRowCount = plan.rowCount;
  plan.rowCount = next;
  // Body font for the rows added below the form.
  plan.styles.splice(1, 0, {
    box: { row: oldRowCount, col: 0, rowCount: plan.rowCount - oldRowCount, colCount: plan.colCount },
    style: { fontName: 'Times New Roman', fontSize: 12, verticalAlign: 'center' },
  });
  // The form marker covers the whole sheet the add-in owns, the added tables included.
  const marker = formMarkerName(spec.code, spec.legalBasis);
  plan.names = plan.names.map((n) =>
    n.name === marker ? { ...n, box: { ...n.box, rowCount: plan.rowCount } } : n,
  );
  rows[INDICATOR_LAYOUT_KEYS.bandsFirst] = bandsFirst;
  rows[INDICATOR_LAYOUT_KEYS.bandsLast] = bandsLast;
  cols[INDICATOR_LAYOUT_KEYS.bandName] = nameCol;
  cols[INDICATOR_LAYOUT_KEYS.bandMin] = minCol;
  cols[INDICATOR_LAYOUT_KEYS.chartLabel] = nameCol;
  cols[INDICATOR_LAYOUT_KEYS.chartResult] = resultCol;
  cols[INDICATOR_LAYOUT_KEYS.chartTarget] = targetRateCol;
  plan.layout = { ...plan.layout, rows, columns: cols };
  plan.cells = o.finish();

  return { ...plan, indicatorInfo: { targetsYear: data.year, targetsExact: exact, links } };
}
