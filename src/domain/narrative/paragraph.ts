/**
 * Building sentences out of figures in the administrative style: «01 hồ sơ», «1.652 hồ sơ», «99,39%», a typed zero
 * said in words («không có»), a blank cell said as missing («[chưa có số liệu: ô C13, trang II.06a]») or left out.
 * A paragraph also carries the arithmetic it states (a whole and its parts), and flags itself when the cells
 * contradict each other — the draft never states contradictory figures silently.
 */
import { formatCount, formatCountPadded, formatPercent } from '../format';
import type { RecognisedForm } from '../read/types';
import { cellsOf, DEFAULT_PERCENT_DECIMALS, rateFig, sumFigs, type Fig } from './figures';
import {
  isCellSource,
  MISSING_PREFIX,
  type CellSource,
  type DraftFlag,
  type DraftParagraph,
  type Figure,
  type Segment,
} from './types';

/** How the draft writes figures; the user may change both. */
export interface DraftStyle {
  /** Decimals of every percentage (2: «98,10%», always printed, rounded half up). */
  percentDecimals: number;
  /** State sub-parts that are zero («trong đó: … ; không có hồ sơ quá hạn»); default: left out. */
  zeroParts: boolean;
}

export const DEFAULT_STYLE: DraftStyle = { percentDecimals: DEFAULT_PERCENT_DECIMALS, zeroParts: false };

export function countFigure(fig: Fig): Figure {
  return { kind: 'figure', text: formatCountPadded(fig.value), value: fig.value, source: fig.source };
}

/** A typed zero said in words: the figure's printed text is «không». */
export function zeroFigure(fig: Fig): Figure {
  return { kind: 'figure', text: 'không', value: fig.value, source: fig.source };
}

/** A rate (percent points) with a fixed number of decimals: «98,10%», «100,00%». */
export function percentFigure(fig: Fig, decimals = DEFAULT_PERCENT_DECIMALS): Figure {
  const text = formatPercent(fig.value, decimals, { input: 'percent' });
  return { kind: 'figure', text, value: fig.value, source: fig.source };
}

/** «ô C13, trang II.06a», «các ô C9, C10, trang II.06a», «ô C9, trang II.06a; ô D11, trang KSTT-DT». */
export function cellsText(cells: readonly CellSource[]): string {
  const bySheet = new Map<string, string[]>();
  for (const c of cells) {
    const list = bySheet.get(c.sheet) ?? [];
    if (!list.includes(c.cell)) list.push(c.cell);
    bySheet.set(c.sheet, list);
  }
  return [...bySheet]
    .map(([sheet, list]) => `${list.length === 1 ? 'ô' : 'các ô'} ${list.join(', ')}, trang ${sheet}`)
    .join('; ');
}

/** Where a figure is, for a reason: «ô C14, trang II.06a» (derived figures name their cells). */
export function whereOf(fig: Fig): string {
  const cells = cellsOf(fig.source);
  return cells.length === 0 ? 'dữ liệu chỉ tiêu' : cellsText(cells);
}

function sameCell(a: CellSource, b: CellSource): boolean {
  return a.sheet === b.sheet && a.cell === b.cell && a.workbook === b.workbook;
}

export interface Part {
  label: string;
  fig: Fig | null;
}

export class ParagraphBuilder {
  readonly segments: Segment[] = [];
  readonly flags: DraftFlag[] = [];
  /** Cells the sentence relies on without printing them (a typed rate it recomputes, a missing cell it names). */
  readonly related: CellSource[] = [];

  constructor(
    readonly style: DraftStyle = DEFAULT_STYLE,
    readonly bullet = false,
  ) {}

  text(text: string): this {
    const last = this.segments[this.segments.length - 1];
    if (last?.kind === 'text') last.text += text;
    else if (text) this.segments.push({ kind: 'text', text });
    return this;
  }

  ref(text: string): this {
    this.segments.push({ kind: 'reference', text });
    return this;
  }

  cellText(text: string, source: CellSource): this {
    this.segments.push({ kind: 'cell-text', text, source });
    return this;
  }

  count(fig: Fig): this {
    this.segments.push(countFigure(fig));
    return this;
  }

  percent(fig: Fig): this {
    this.segments.push(percentFigure(fig, this.style.percentDecimals));
    return this;
  }

  /** part / whole in percent, rounded to the style's decimals; null when the whole is 0. */
  rate(part: Fig, whole: Fig): Fig | null {
    return rateFig(part, whole, this.style.percentDecimals);
  }

  /** «1.642/1.652» */
  fraction(numerator: Fig, denominator: Fig): this {
    this.segments.push(countFigure(numerator));
    this.text('/');
    this.segments.push(countFigure(denominator));
    return this;
  }

  /** «[chưa có số liệu: ô C13, trang II.06a]» — the cell is where the official fills it in. */
  missing(cell: CellSource | null): this {
    const cells = cell ? [cell] : [];
    const text = cell ? `[${MISSING_PREFIX}: ${cellsText(cells)}]` : `[${MISSING_PREFIX}]`;
    this.segments.push({ kind: 'missing', text, cells });
    if (cell) this.related.push(cell);
    return this;
  }

  /** «các ô D15, D16, trang KSTT-DT» inside a note on what is missing («chưa có số giao dịch: …»). */
  missingCells(cells: readonly (CellSource | null)[]): this {
    const known = cells.filter((c): c is CellSource => c !== null);
    if (known.length === 0) return this;
    this.segments.push({ kind: 'missing', text: cellsText(known), cells: known });
    this.related.push(...known);
    return this;
  }

  /** «{label} 1.477 hồ sơ», or for a typed zero «không có hồ sơ {label}». */
  measure(label: string, fig: Fig, noun: string): this {
    if (fig.value === 0) {
      this.segments.push(zeroFigure(fig));
      return this.text(` có ${noun} ${label}`);
    }
    this.text(`${label} `).count(fig);
    return this.text(` ${noun}`);
  }

  /** «{label}: 1.488 hồ sơ», a typed zero «{label}: không có», a blank «{label}: [chưa có số liệu: ô …]». */
  headline(label: string, fig: Fig | null, noun: string, where: CellSource | null = null): this {
    this.text(`${label}: `);
    if (!fig) return this.missing(where);
    if (fig.value === 0) {
      this.segments.push(zeroFigure(fig));
      return this.text(' có');
    }
    this.count(fig);
    return this.text(` ${noun}`);
  }

  /** «1.652 hồ sơ» or «không có hồ sơ» (no label). */
  amount(fig: Fig, noun: string): this {
    if (fig.value === 0) {
      this.segments.push(zeroFigure(fig));
      return this.text(` có ${noun}`);
    }
    this.count(fig);
    return this.text(` ${noun}`);
  }

  /**
   * The stated parts, «{intro}{label} 12 hồ sơ; {label} 3 hồ sơ»: blank parts are left out, zero parts too unless the
   * style asks for them. Returns how many were listed (nothing, not even the intro, when none).
   */
  parts(intro: string, parts: readonly Part[], noun: string, separator = '; '): number {
    const listed = parts.filter(
      (x): x is { label: string; fig: Fig } => x.fig !== null && (x.fig.value !== 0 || this.style.zeroParts),
    );
    listed.forEach((x, i) => {
      this.text(i === 0 ? intro : separator);
      this.measure(x.label, x.fig, noun);
    });
    return listed.length;
  }

  private listed = 0;

  /** Starts a list of parts: the next `item` writes its intro. */
  beginList(): this {
    this.listed = 0;
    return this;
  }

  /**
   * One part of the current list: the first listed writes `intro`, the next «; ». A blank part is left out, a zero
   * part too unless the style asks for it. Returns whether it was listed.
   */
  item(intro: string, label: string, fig: Fig | null, noun: string): boolean {
    if (!this.shows(fig)) return false;
    this.text(this.listed++ === 0 ? intro : '; ');
    this.measure(label, fig, noun);
    return true;
  }

  /** How many parts the current list has listed. */
  listedCount(): number {
    return this.listed;
  }

  /** A part is stated: not blank, and not a zero the style leaves out. */
  shows(fig: Fig | null): fig is Fig {
    return fig !== null && (fig.value !== 0 || this.style.zeroParts);
  }

  flag(reason: string, cells: CellSource[], cell?: CellSource): this {
    const unique = cells.filter((c, i) => cells.findIndex((d) => sameCell(c, d)) === i);
    if (this.flags.some((f) => f.reason === reason)) return this;
    const flag: DraftFlag = { reason, cells: unique };
    if (cell) flag.cell = cell;
    this.flags.push(flag);
    return this;
  }

  /**
   * Flags the sentence when a stated whole is not the sum of its parts. Blank parts are not zeros: with a part
   * missing only a sum of the stated parts above the whole is a contradiction.
   */
  requireSum(whole: Fig | null, wholeName: string, parts: readonly (Fig | null)[], partsName: string): this {
    const present = parts.filter((p): p is Fig => p !== null);
    if (!whole || present.length === 0) return this;
    const sum = sumFigs(present);
    const complete = present.length === parts.length;
    if (Math.abs(sum.value - whole.value) < 1e-9 || (!complete && sum.value < whole.value)) return this;
    const gap = whole.value - sum.value;
    this.flag(
      `${capitalise(wholeName)} (${whereOf(whole)}) là ${formatCount(whole.value)} nhưng ${partsName} cộng lại là ` +
        `${formatCount(sum.value)} (chênh lệch ${formatCount(Math.abs(gap))}).`,
      [...cellsOf(whole.source), ...present.flatMap((p) => cellsOf(p.source))],
      isCellSource(whole.source) ? whole.source : undefined,
    );
    return this;
  }

  /** Flags the sentence when a part exceeds its whole. */
  requireAtMost(part: Fig | null, partName: string, whole: Fig | null, wholeName: string): this {
    if (!part || !whole || part.value <= whole.value) return this;
    this.flag(
      `${capitalise(partName)} (${whereOf(part)}) là ${formatCount(part.value)}, lớn hơn ${wholeName} ` +
        `(${whereOf(whole)}) là ${formatCount(whole.value)}.`,
      [...cellsOf(part.source), ...cellsOf(whole.source)],
      isCellSource(part.source) ? part.source : undefined,
    );
    return this;
  }

  /** Flags a typed rate that is not its own numerator / denominator. `stated` may be a ratio (0,9939) or percent. */
  requireRate(stated: Fig | null, computed: Fig, name: string): this {
    if (!stated || !isCellSource(stated.source)) return this;
    this.related.push(stated.source);
    const statedPercent = statedAsPercent(stated.value, computed.value);
    const decimals = this.style.percentDecimals;
    if (Math.abs(statedPercent - computed.value) <= 0.5 * 10 ** -decimals + 1e-9) return this;
    this.flag(
      `${capitalise(name)} ghi tại ${whereOf(stated)} là ${formatPercent(statedPercent, decimals, { input: 'percent' })} ` +
        `nhưng tính từ số liệu là ${formatPercent(computed.value, decimals, { input: 'percent' })}.`,
      [stated.source, ...cellsOf(computed.source)],
      stated.source,
    );
    return this;
  }

  isEmpty(): boolean {
    return this.segments.length === 0;
  }

  /** The sentence states at least one figure the workbook holds (not only «[chưa có số liệu]»). */
  hasFigure(): boolean {
    return this.segments.some((s) => s.kind === 'figure' && !('target' in s.source));
  }

  build(): DraftParagraph {
    const paragraph: DraftParagraph = { segments: this.segments, flags: this.flags };
    if (this.bullet) paragraph.bullet = true;
    if (this.related.length > 0) paragraph.relatedCells = this.related;
    return paragraph;
  }
}

/** A rate cell read as percent points: Excel keeps 98,10% as 0,981; a typed «98,1» is already in points. */
export function statedAsPercent(stated: number, near = 50): number {
  return Math.abs(stated) <= 1.0000001 && near > 1.5 ? stated * 100 : stated;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A bullet paragraph («- …»), the sample reports' form for figures. */
export function bullet(style: DraftStyle = DEFAULT_STYLE): ParagraphBuilder {
  return new ParagraphBuilder(style, true);
}

export function plain(style: DraftStyle = DEFAULT_STYLE): ParagraphBuilder {
  return new ParagraphBuilder(style, false);
}

/** «(Chi tiết tại Biểu số II.06a/VPCP/KSTT kèm theo)»; a local sheet is named by its short name. */
export function detailLine(form: RecognisedForm): ParagraphBuilder {
  const { spec } = form;
  const name = spec.officialCode ? spec.printedCode : `biểu «${spec.shortName}» (${spec.code})`;
  return plain().text('(Chi tiết tại ').ref(name).text(' kèm theo)');
}
