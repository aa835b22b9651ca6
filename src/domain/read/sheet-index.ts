/** Fast lookup over a sheet's cells: by position, by row, with merges. */
import type { InputBox, InputCell, InputSheet } from './types';

export class SheetIndex {
  readonly name: string;
  /** Row -> its cells indexed by column (holes where empty): arrays, not maps, for tables of 20.000 rows. */
  private readonly byRow = new Map<number, (InputCell | undefined)[]>();
  /** Rows holding at least one cell, ascending. */
  readonly rows: number[];
  readonly maxCol: number;
  readonly merges: readonly InputBox[];
  /** 'row,col' of every cell covered by a merge -> the merge's top-left cell. */
  private readonly mergeOwner = new Map<string, { row: number; col: number }>();

  constructor(sheet: InputSheet) {
    this.name = sheet.name;
    let maxCol = 0;
    let sorted = true;
    let previous = -1;
    const rows: number[] = [];
    for (const cell of sheet.cells) {
      let row = this.byRow.get(cell.row);
      if (!row) {
        this.byRow.set(cell.row, (row = []));
        rows.push(cell.row);
        if (cell.row < previous) sorted = false;
        previous = cell.row;
      }
      row[cell.col] = cell;
      if (cell.col > maxCol) maxCol = cell.col;
    }
    this.rows = sorted ? rows : rows.sort((a, b) => a - b);
    this.maxCol = maxCol;
    this.merges = sheet.merges ?? [];
    for (const m of this.merges) {
      // Only small merges matter (headers, labels); a huge merge would otherwise cost rows × columns entries.
      if (m.rowCount * m.colCount > 400) continue;
      for (let r = m.row; r < m.row + m.rowCount; r++)
        for (let c = m.col; c < m.col + m.colCount; c++) this.mergeOwner.set(`${r},${c}`, { row: m.row, col: m.col });
    }
  }

  cell(row: number, col: number): InputCell | undefined {
    return this.byRow.get(row)?.[col];
  }

  /** The row's cells indexed by column (holes where empty), or undefined for an empty row. Do not modify. */
  rowArray(row: number): readonly (InputCell | undefined)[] | undefined {
    return this.byRow.get(row);
  }

  /** The cells of a row, left to right. */
  rowCells(row: number): InputCell[] {
    const cells = this.byRow.get(row);
    const out: InputCell[] = [];
    if (cells) for (const cell of cells) if (cell) out.push(cell);
    return out;
  }

  /** Non-blank text of a cell ('' for numbers, blanks, booleans). */
  text(row: number, col: number): string {
    const v = this.cell(row, col)?.value;
    return typeof v === 'string' ? v.trim() : '';
  }

  /** The cell's value written as text (numbers too), '' when blank. */
  display(row: number, col: number): string {
    const v = this.cell(row, col)?.value;
    if (v === null || v === undefined) return '';
    return String(v).trim();
  }

  /** The top-left cell of the merge covering (row, col), if any. */
  mergeOf(row: number, col: number): { row: number; col: number } | undefined {
    return this.mergeOwner.get(`${row},${col}`);
  }

  get hasMerges(): boolean {
    return this.mergeOwner.size > 0;
  }
}
