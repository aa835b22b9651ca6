/** Messages between the task pane and the core worker (./core.worker.ts): plain, structured-clone-safe data. */
import type { CellValue, InputCell, InputSheet, InputWorkbook } from '../../domain/read/types';
import type { CheckReport } from '../check/model';
import type { DraftExtras, Drafted } from '../narrate/model';

export interface CoreJobs {
  /** Recognise + check: the «Kiểm tra số liệu» view. */
  check: CheckReport;
  /** Recognise + check + draft: the «Soạn thuyết minh» view. */
  draft: Drafted;
}

export type CoreJobKind = keyof CoreJobs;

export interface CoreRequest {
  id: number;
  kind: CoreJobKind;
  grid: PackedWorkbook;
  /** Draft jobs: the user's choices and last period's report (plain data; other periods' workbooks stay in the pane). */
  draft?: Pick<DraftExtras, 'carry' | 'choices'>;
}

export type CoreResponse =
  { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

/**
 * A workbook as a few flat arrays per sheet. Copying 26.000 `{ row, col, value }` objects to the worker took a
 * ~100 ms task at 4× CPU slowdown (a 2.000-row II.06b); arrays of numbers and primitives copy several times faster,
 * and the positions move without a copy (transferred).
 */
export interface PackedSheet {
  name: string;
  /** row, col of cell i at 2i, 2i+1. */
  positions: Int32Array;
  values: CellValue[];
  /** Only the cells that have one: [cell index, formula] pairs, flattened. */
  formulas: (number | string)[];
  numberFormats: (number | string)[];
  merges?: InputSheet['merges'];
}

export interface PackedWorkbook {
  sheets: PackedSheet[];
  definedNames?: InputWorkbook['definedNames'];
}

export function packWorkbook(grid: InputWorkbook): { packed: PackedWorkbook; transfer: ArrayBuffer[] } {
  const sheets = grid.sheets.map((sheet): PackedSheet => {
    const positions = new Int32Array(sheet.cells.length * 2);
    const values: CellValue[] = new Array<CellValue>(sheet.cells.length);
    const formulas: (number | string)[] = [];
    const numberFormats: (number | string)[] = [];
    sheet.cells.forEach((cell, i) => {
      positions[2 * i] = cell.row;
      positions[2 * i + 1] = cell.col;
      values[i] = cell.value;
      if (cell.formula !== undefined) formulas.push(i, cell.formula);
      if (cell.numberFormat !== undefined) numberFormats.push(i, cell.numberFormat);
    });
    return { name: sheet.name, positions, values, formulas, numberFormats, merges: sheet.merges };
  });
  return {
    packed: { sheets, definedNames: grid.definedNames },
    transfer: sheets.map((sheet) => sheet.positions.buffer as ArrayBuffer),
  };
}

export function unpackWorkbook(packed: PackedWorkbook): InputWorkbook {
  const sheets = packed.sheets.map((sheet): InputSheet => {
    const cells: InputCell[] = sheet.values.map((value, i) => ({
      row: sheet.positions[2 * i],
      col: sheet.positions[2 * i + 1],
      value,
    }));
    for (let k = 0; k < sheet.formulas.length; k += 2) cells[sheet.formulas[k] as number].formula = sheet.formulas[k + 1] as string;
    for (let k = 0; k < sheet.numberFormats.length; k += 2)
      cells[sheet.numberFormats[k] as number].numberFormat = sheet.numberFormats[k + 1] as string;
    return sheet.merges === undefined ? { name: sheet.name, cells } : { name: sheet.name, cells, merges: sheet.merges };
  });
  return packed.definedNames === undefined ? { sheets } : { sheets, definedNames: packed.definedNames };
}
