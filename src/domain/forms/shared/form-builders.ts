/**
 * The two families of forms, so that a form file states only what is its own:
 * - official tables of Phụ lục II («Biểu số II.xx/VPCP/KSTT»): rows are lĩnh vực or đơn vị, with TỔNG CỘNG;
 * - local reference forms for outline sections of Phụ lục I that have no official code (công bố, đánh giá tác
 *   động, rà soát, điện tử): fixed rows printed «Biểu KSTT-xx (mẫu tham khảo, …)».
 */
import {
  checksFromColumns,
  checksFromFixedRows,
  type ColumnNode,
  type FixedRow,
  type FormCheck,
  type FormSpec,
  type RowModel,
} from '../spec';

/** What a form says about itself: its code, names and where its layout comes from. */
export interface FormText {
  /** 'II.06a', or a local code such as 'KSTT-CB'. */
  code: string;
  title: string;
  shortName: string;
  reportedBy: string;
  unitOfMeasure: string;
  status: FormSpec['status'];
}

/** An official Phụ lục II table with a TỔNG CỘNG row: the checks its column formulas imply come first. */
export function officialTableForm(
  text: FormText,
  columns: readonly ColumnNode[],
  rows: Exclude<RowModel, { kind: 'fixed' }>,
  checks: readonly FormCheck[],
): FormSpec {
  return {
    ...text,
    printedCode: `Biểu số ${text.code}/VPCP/KSTT`,
    officialCode: true,
    legalBasis: 'TT01/2020',
    columns,
    rows,
    totalRow: true,
    columnNumberRow: true,
    checks: [...checksFromColumns(columns, true), ...checks],
  };
}

/** A local reference form over fixed `rows`: the checks their formulas imply come first. */
export function referenceForm(
  text: FormText,
  columns: readonly ColumnNode[],
  rows: readonly FixedRow[],
  checks: readonly FormCheck[],
): FormSpec {
  return {
    ...text,
    printedCode: `Biểu ${text.code} (mẫu tham khảo, không phải mẫu chính thức)`,
    officialCode: false,
    legalBasis: 'TT01/2020',
    columns,
    rows: { kind: 'fixed', rows },
    totalRow: false,
    columnNumberRow: true,
    checks: [...checksFromFixedRows(rows), ...checks],
  };
}
