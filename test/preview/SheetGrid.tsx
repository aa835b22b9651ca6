/**
 * A read-only picture of one fake worksheet: values under their number formats, merged cells, bold/italic,
 * fills, font colours, alignment, borders, column widths and row heights. Enough to see what the add-in wrote;
 * not a spreadsheet.
 */
import type { CSSProperties } from 'react';
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  cellKey,
  parseCellKey,
  type FakeBorder,
  type FakeCell,
  type FakeSheet,
  type RangeBox,
} from '../fake-excel/model';
import { formatCellValue } from './number-format';

const POINTS_TO_PX = 4 / 3;
const EXTRA_ROWS = 4;
const EXTRA_COLUMNS = 2;
const MAX_SHOWN_ROWS = 300;
const MAX_SHOWN_COLUMNS = 40;
const GRIDLINE = '1px solid #e1e1e1';
const ROW_HEADER_WIDTH = 40;

export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function usedBounds(sheet: FakeSheet): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const key of sheet.cells.keys()) {
    const { row, col } = parseCellKey(key);
    rows = Math.max(rows, row + 1);
    cols = Math.max(cols, col + 1);
  }
  for (const box of sheet.merges) {
    rows = Math.max(rows, box.row + box.rowCount);
    cols = Math.max(cols, box.col + box.colCount);
  }
  return {
    rows: Math.min(rows + EXTRA_ROWS, MAX_SHOWN_ROWS),
    cols: Math.min(Math.max(cols + EXTRA_COLUMNS, 8), MAX_SHOWN_COLUMNS),
  };
}

function borderCss(border: FakeBorder | undefined): string | undefined {
  if (!border || border.style === 'None') return undefined;
  const width = border.weight === 'Thick' ? 3 : border.weight === 'Medium' ? 2 : 1;
  const style =
    border.style === 'Dash' || border.style === 'DashDot'
      ? 'dashed'
      : border.style === 'Dot'
        ? 'dotted'
        : 'solid';
  return `${width}px ${style} ${border.color || '#000'}`;
}

const HORIZONTAL: Record<string, CSSProperties['textAlign']> = {
  Left: 'left',
  Center: 'center',
  CenterAcrossSelection: 'center',
  Right: 'right',
  Justify: 'justify',
};

function cellStyle(cell: FakeCell | undefined, spills: boolean): CSSProperties {
  if (!cell) return { border: GRIDLINE };
  const numeric = typeof cell.value === 'number';
  return {
    fontWeight: cell.font.bold ? 700 : 400,
    fontStyle: cell.font.italic ? 'italic' : 'normal',
    textDecoration: cell.font.underline && cell.font.underline !== 'None' ? 'underline' : undefined,
    color: cell.font.color || undefined,
    backgroundColor: cell.fill.color ?? undefined,
    textAlign: HORIZONTAL[cell.alignment.horizontal] ?? (numeric ? 'right' : 'left'),
    verticalAlign:
      cell.alignment.vertical === 'Top' ? 'top' : cell.alignment.vertical === 'Center' ? 'middle' : 'bottom',
    whiteSpace: cell.alignment.wrapText ? 'normal' : 'nowrap',
    overflow: spills ? 'visible' : 'hidden',
    borderTop: borderCss(cell.borders.top) ?? GRIDLINE,
    borderBottom: borderCss(cell.borders.bottom) ?? GRIDLINE,
    borderLeft: borderCss(cell.borders.left) ?? GRIDLINE,
    borderRight: borderCss(cell.borders.right) ?? GRIDLINE,
  };
}

function selected(box: RangeBox | null | undefined, row: number, col: number): boolean {
  return (
    !!box && row >= box.row && row < box.row + box.rowCount && col >= box.col && col < box.col + box.colCount
  );
}

function isBlank(cell: FakeCell | undefined): boolean {
  return !cell || cell.value === null || cell.value === '';
}

/** Excel's green frame around the selected cell (the add-in's «go to cell» shows here). */
const SELECTED: CSSProperties = { outline: '2px solid #107C41', outlineOffset: '-2px' };

export function SheetGrid(props: { sheet: FakeSheet; selection?: RangeBox | null }) {
  const { sheet } = props;
  const { rows, cols } = usedBounds(sheet);
  const mergeAt = new Map<string, RangeBox>();
  const covered = new Set<string>();
  for (const box of sheet.merges) {
    mergeAt.set(cellKey(box.row, box.col), box);
    for (let r = box.row; r < box.row + box.rowCount; r++)
      for (let c = box.col; c < box.col + box.colCount; c++)
        if (r !== box.row || c !== box.col) covered.add(cellKey(r, c));
  }
  const columns = Array.from({ length: cols }, (_, col) => col);
  const widths = columns.map((col) =>
    Math.round((sheet.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH) * POINTS_TO_PX),
  );
  // A fixed table layout honours the column widths only when the table itself has a width.
  const tableWidth = ROW_HEADER_WIDTH + widths.reduce((sum, width) => sum + width, 0);
  return (
    <table className="grid" data-testid="sheet-grid" aria-label={sheet.name} style={{ width: tableWidth }}>
      <colgroup>
        <col style={{ width: ROW_HEADER_WIDTH }} />
        {widths.map((width, col) => (
          <col key={col} style={{ width }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th className="corner" />
          {columns.map((col) => (
            <th key={col} scope="col">
              {columnLetters(col)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_, row) => (
          <tr
            key={row}
            style={{ height: Math.round((sheet.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT) * POINTS_TO_PX) }}
          >
            <th scope="row">{row + 1}</th>
            {columns.map((col) => {
              const key = cellKey(row, col);
              if (covered.has(key)) return null;
              const cell = sheet.cells.get(key);
              const box = mergeAt.get(key);
              // Like Excel, unwrapped text runs on over empty neighbours instead of being cut.
              const spills =
                !box &&
                typeof cell?.value === 'string' &&
                !cell.alignment.wrapText &&
                isBlank(sheet.cells.get(cellKey(row, col + 1)));
              return (
                <td
                  key={col}
                  rowSpan={box?.rowCount}
                  colSpan={box?.colCount}
                  style={
                    selected(props.selection, row, col)
                      ? { ...cellStyle(cell, spills), ...SELECTED }
                      : cellStyle(cell, spills)
                  }
                  data-selected={selected(props.selection, row, col) ? 'true' : undefined}
                  title={cell?.formula}
                  data-cell={`${columnLetters(col)}${row + 1}`}
                >
                  {cell ? formatCellValue(cell.value, cell.numberFormat) : ''}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
