/**
 * Building sentences out of figures in the administrative style: «01 hồ sơ», «1.652 hồ sơ», «99,39%», a zero said
 * in words («không có hồ sơ quá hạn»). A paragraph also carries the arithmetic it states (a whole and its parts), and
 * flags itself when the cells contradict each other — the draft never states contradictory figures silently.
 */
import { formatCount, formatCountPadded, formatPercent } from '../format';
import type { RecognisedForm } from '../read/types';
import { cellsOf, sumFigs, type Fig } from './figures';
import {
  isCellSource,
  type CellSource,
  type DraftFlag,
  type DraftParagraph,
  type Figure,
  type Segment,
} from './types';

export function countFigure(fig: Fig): Figure {
  return { kind: 'figure', text: formatCountPadded(fig.value), value: fig.value, source: fig.source };
}

/** A zero said in words: the figure's printed text is «không». */
export function zeroFigure(fig: Fig): Figure {
  return { kind: 'figure', text: 'không', value: fig.value, source: fig.source };
}

/** A rate (percent points): «99,39%», «100%», «62,5%» as the sample reports write them. */
export function percentFigure(fig: Fig): Figure {
  const text = formatPercent(fig.value, 2, { input: 'percent', trimTrailingZeros: true });
  return { kind: 'figure', text, value: fig.value, source: fig.source };
}

/** Where a figure is, for a reason: «ô C14» or «các ô C9, C10» (derived figures name their cells). */
export function whereOf(fig: Fig): string {
  const cells = cellsOf(fig.source);
  if (cells.length === 0) return 'dữ liệu chỉ tiêu';
  const sheets = new Set(cells.map((c) => c.sheet));
  const names = cells.map((c) => (sheets.size > 1 ? `${c.sheet}!${c.cell}` : c.cell));
  const sheet = sheets.size === 1 ? ` (trang «${cells[0]!.sheet}»)` : '';
  return `${cells.length === 1 ? 'ô' : 'các ô'} ${names.join(', ')}${sheet}`;
}

function sameCell(a: CellSource, b: CellSource): boolean {
  return a.sheet === b.sheet && a.cell === b.cell;
}

export class ParagraphBuilder {
  readonly segments: Segment[] = [];
  readonly flags: DraftFlag[] = [];
  /** Cells the sentence relies on without printing them (a typed rate it recomputes). */
  readonly related: CellSource[] = [];

  constructor(readonly bullet = false) {}

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
    this.segments.push(percentFigure(fig));
    return this;
  }

  /** «1.642/1.652» */
  fraction(numerator: Fig, denominator: Fig): this {
    this.segments.push(countFigure(numerator));
    this.text('/');
    this.segments.push(countFigure(denominator));
    return this;
  }

  /** «{label} 1.477 hồ sơ», or for a zero «không có hồ sơ {label}». */
  measure(label: string, fig: Fig, noun: string): this {
    if (fig.value === 0) {
      this.segments.push(zeroFigure(fig));
      return this.text(` có ${noun} ${label}`);
    }
    this.text(`${label} `).count(fig);
    return this.text(` ${noun}`);
  }

  /** «{label}: 1.488 hồ sơ», or for a zero «{label}: không có». */
  headline(label: string, fig: Fig, noun: string): this {
    this.text(`${label}: `);
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

  flag(reason: string, cells: CellSource[]): this {
    const unique = cells.filter((c, i) => cells.findIndex((d) => sameCell(c, d)) === i);
    if (!this.flags.some((f) => f.reason === reason)) this.flags.push({ reason, cells: unique });
    return this;
  }

  /** Flags the sentence when a stated whole is not the sum of its stated parts. */
  requireSum(whole: Fig, wholeName: string, parts: readonly (Fig | null)[], partsName: string): this {
    const present = parts.filter((p): p is Fig => p !== null);
    if (present.length === 0) return this;
    const sum = sumFigs(present);
    if (Math.abs(sum.value - whole.value) < 1e-9) return this;
    const gap = whole.value - sum.value;
    this.flag(
      `${capitalise(wholeName)} (${whereOf(whole)}) là ${formatCount(whole.value)} nhưng ${partsName} cộng lại là ` +
        `${formatCount(sum.value)} (chênh lệch ${formatCount(Math.abs(gap))}).`,
      [...cellsOf(whole.source), ...present.flatMap((p) => cellsOf(p.source))],
    );
    return this;
  }

  /** Flags the sentence when a part exceeds its whole. */
  requireAtMost(part: Fig, partName: string, whole: Fig, wholeName: string): this {
    if (part.value <= whole.value) return this;
    this.flag(
      `${capitalise(partName)} (${whereOf(part)}) là ${formatCount(part.value)}, lớn hơn ${wholeName} ` +
        `(${whereOf(whole)}) là ${formatCount(whole.value)}.`,
      [...cellsOf(part.source), ...cellsOf(whole.source)],
    );
    return this;
  }

  /** Flags a typed rate that is not its own numerator / denominator. `stated` may be a ratio (0,9939) or percent. */
  requireRate(stated: Fig | null, computed: Fig, name: string): this {
    if (!stated || !isCellSource(stated.source)) return this;
    this.related.push(stated.source);
    const statedPercent =
      Math.abs(stated.value) <= 1.0000001 && computed.value > 1.5 ? stated.value * 100 : stated.value;
    if (Math.abs(statedPercent - computed.value) <= 0.005 + 1e-9) return this;
    this.flag(
      `${capitalise(name)} ghi tại ${whereOf(stated)} là ${formatPercent(statedPercent, 2, { input: 'percent', trimTrailingZeros: true })} ` +
        `nhưng tính từ số liệu là ${formatPercent(computed.value, 2, { input: 'percent', trimTrailingZeros: true })}.`,
      [stated.source, ...cellsOf(computed.source)],
    );
    return this;
  }

  isEmpty(): boolean {
    return this.segments.length === 0;
  }

  build(): DraftParagraph {
    const paragraph: DraftParagraph = { segments: this.segments, flags: this.flags };
    if (this.bullet) paragraph.bullet = true;
    if (this.related.length > 0) paragraph.relatedCells = this.related;
    return paragraph;
  }
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A bullet paragraph («- …»), the sample reports' form for figures. */
export function bullet(): ParagraphBuilder {
  return new ParagraphBuilder(true);
}

export function plain(): ParagraphBuilder {
  return new ParagraphBuilder(false);
}

/** «(Chi tiết tại Biểu số II.06a/VPCP/KSTT kèm theo)»; a local sheet is named by its short name. */
export function detailLine(form: RecognisedForm): ParagraphBuilder {
  const { spec } = form;
  const name = spec.officialCode ? spec.printedCode : `biểu «${spec.shortName}» (${spec.code})`;
  return plain().text('(Chi tiết tại ').ref(name).text(' kèm theo)');
}
