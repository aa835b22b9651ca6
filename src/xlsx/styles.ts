/**
 * Turns the plan's layered styles (later boxes override earlier ones) into one final style per cell, then into
 * exceljs style objects. Each cell gets a fresh object: exceljs shares style objects between cells otherwise,
 * and a font set on one cell would leak into its neighbours.
 */
import type ExcelJS from 'exceljs';
import type { CellStyle, StyledBox } from '../domain/layout/sheet-plan';

type Side = 'top' | 'bottom' | 'left' | 'right';

export interface ResolvedStyle extends Omit<CellStyle, 'borders'> {
  /** Thin borders on the sides of this one cell. */
  sides: Set<Side>;
}

/** Which sides of the cell at (row, col) inside `box` the box's border edges draw. */
function sidesFor(styled: StyledBox, row: number, col: number): Side[] {
  const { box, style } = styled;
  const first = { row: row === box.row, col: col === box.col };
  const last = { row: row === box.row + box.rowCount - 1, col: col === box.col + box.colCount - 1 };
  const sides: Side[] = [];
  for (const edge of style.borders ?? []) {
    if (edge === 'top' && first.row) sides.push('top');
    if (edge === 'bottom' && last.row) sides.push('bottom');
    if (edge === 'left' && first.col) sides.push('left');
    if (edge === 'right' && last.col) sides.push('right');
    if (edge === 'insideHorizontal') {
      if (!first.row) sides.push('top');
      if (!last.row) sides.push('bottom');
    }
    if (edge === 'insideVertical') {
      if (!first.col) sides.push('left');
      if (!last.col) sides.push('right');
    }
  }
  return sides;
}

/** Final style of every styled cell, as [[row, col], style] in row-major order of first appearance. */
export function resolveCellStyles(styles: readonly StyledBox[]): [[number, number], ResolvedStyle][] {
  const byCell = new Map<string, { at: [number, number]; style: ResolvedStyle }>();
  for (const styled of styles) {
    const plain: CellStyle = { ...styled.style, borders: undefined };
    for (let r = styled.box.row; r < styled.box.row + styled.box.rowCount; r++) {
      for (let c = styled.box.col; c < styled.box.col + styled.box.colCount; c++) {
        const key = `${r},${c}`;
        let entry = byCell.get(key);
        if (!entry) {
          entry = { at: [r, c], style: { sides: new Set() } };
          byCell.set(key, entry);
        }
        for (const [prop, value] of Object.entries(plain)) {
          if (value !== undefined) (entry.style as unknown as Record<string, unknown>)[prop] = value;
        }
        for (const side of sidesFor(styled, r, c)) entry.style.sides.add(side);
      }
    }
  }
  return [...byCell.values()].map((e) => [e.at, e.style]);
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF000000' } };

export function toExcelJsStyle(s: ResolvedStyle): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (s.fontName !== undefined) font.name = s.fontName;
  if (s.fontSize !== undefined) font.size = s.fontSize;
  if (s.bold !== undefined) font.bold = s.bold;
  if (s.italic !== undefined) font.italic = s.italic;
  if (s.underline !== undefined) font.underline = s.underline;
  if (s.fontColor !== undefined) font.color = { argb: argb(s.fontColor) };
  if (Object.keys(font).length) style.font = font;
  if (s.fill !== undefined) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (s.horizontalAlign !== undefined) alignment.horizontal = s.horizontalAlign;
  if (s.verticalAlign !== undefined) alignment.vertical = s.verticalAlign === 'center' ? 'middle' : s.verticalAlign;
  if (s.wrapText !== undefined) alignment.wrapText = s.wrapText;
  if (Object.keys(alignment).length) style.alignment = alignment;
  if (s.numberFormat !== undefined) style.numFmt = s.numberFormat;
  if (s.sides.size) {
    const border: Partial<ExcelJS.Borders> = {};
    for (const side of s.sides) border[side] = { ...THIN };
    style.border = border;
  }
  return style;
}
