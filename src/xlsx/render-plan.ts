/**
 * Writes SheetPlans into an exceljs workbook: the .xlsx twin of `src/excel/render-plan.ts`. Used by the
 * «Tải biểu mẫu (.xlsx)» download in the task pane (browser bundle), by the `kstt` command line and by the
 * LibreOffice recalculation tests, so it must give the same workbook as the Office.js renderer.
 *
 * Never overwrites: the sheet name and every defined name are made unique against what the workbook holds.
 */
import ExcelJS from 'exceljs';
import type { CellBox, PlanCell, SheetPlan } from '../domain/layout/sheet-plan';
import { uniqueDefinedName, uniqueSheetName } from '../domain/layout/names';
import { boxAddress, cellAddress, columnLetters } from '../domain/layout/a1';
import { parseFormMarkerName } from '../domain/layout/form-marker';
import { resolveCellStyles, toExcelJsStyle } from './styles';

export interface AddPlanResult {
  sheetName: string;
  /** Plan name -> the workbook-unique name actually used. */
  names: Record<string, string>;
  /** The form marker name actually used (see src/domain/layout/form-marker.ts), or null if the plan has none. */
  markerName: string | null;
}

/** exceljs formulas are written without the leading «=». */
function stripEquals(formula: string): string {
  return formula.startsWith('=') ? formula.slice(1) : formula;
}

function cellValue(cell: PlanCell): ExcelJS.CellValue {
  const c = cell.content;
  switch (c.kind) {
    // A JS string is stored as a shared string: «=1+1» or «(1)» stays literal text, never a formula or -1.
    case 'text':
      return c.text;
    case 'number':
      return c.value;
    case 'formula':
      return { formula: stripEquals(c.formula) } as ExcelJS.CellFormulaValue;
  }
}

/** Sheet-qualified absolute reference for a defined name; quotes are doubled inside the quoted sheet name. */
export function qualifiedRange(sheetName: string, box: CellBox): string {
  const abs = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
  const start = abs(box.row, box.col);
  const end = abs(box.row + box.rowCount - 1, box.col + box.colCount - 1);
  const sheet = `'${sheetName.replace(/'/g, "''")}'`;
  return box.rowCount === 1 && box.colCount === 1 ? `${sheet}!${start}` : `${sheet}!${start}:${end}`;
}

function existingDefinedNames(wb: ExcelJS.Workbook): string[] {
  return (wb.definedNames.model as { name: string }[]).map((n) => n.name);
}

function forEachCell(box: CellBox, visit: (row: number, col: number) => void): void {
  for (let r = box.row; r < box.row + box.rowCount; r++) {
    for (let c = box.col; c < box.col + box.colCount; c++) visit(r, c);
  }
}

function hexToArgb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** Adds one plan as a new worksheet. */
export function addPlanToWorkbook(wb: ExcelJS.Workbook, plan: SheetPlan): AddPlanResult {
  const sheetName = uniqueSheetName(
    plan.sheetName,
    wb.worksheets.map((s) => s.name),
  );
  const ws = wb.addWorksheet(sheetName);

  // Merge first without style copying: each cell then gets its own resolved style below, so the outer borders of
  // a merged header are drawn by the cells on its edge exactly as Excel does.
  for (const merge of plan.merges) {
    if (merge.rowCount * merge.colCount > 1) ws.mergeCellsWithoutStyle(boxAddress(merge));
  }

  for (const cell of plan.cells) ws.getCell(cell.row + 1, cell.col + 1).value = cellValue(cell);

  for (const [key, style] of resolveCellStyles(plan.styles)) {
    const [row, col] = key;
    ws.getCell(row + 1, col + 1).style = toExcelJsStyle(style);
  }

  for (const [col, width] of Object.entries(plan.columnWidths)) ws.getColumn(Number(col) + 1).width = width;
  for (const [row, height] of Object.entries(plan.rowHeights)) ws.getRow(Number(row) + 1).height = height;

  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    ws.views = [
      {
        state: 'frozen',
        xSplit: plan.freeze.columns,
        ySplit: plan.freeze.rows,
        topLeftCell: cellAddress(plan.freeze.rows, plan.freeze.columns),
        activeCell: 'A1',
      },
    ];
  }

  applyPrintSetup(ws, plan);

  for (const v of plan.validations) {
    const validation: ExcelJS.DataValidation = {
      type: 'whole',
      operator: 'greaterThanOrEqual',
      allowBlank: true,
      formulae: [0],
      showErrorMessage: true,
      errorStyle: 'error',
      errorTitle: v.errorTitle,
      error: v.errorMessage,
    };
    forEachCell(v.box, (r, c) => {
      ws.getCell(r + 1, c + 1).dataValidation = { ...validation };
    });
  }

  plan.conditionalFormats.forEach((cf, index) => {
    const style: Partial<ExcelJS.Style> = {
      fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: hexToArgb(cf.fill) } },
    };
    if (cf.fontColor) style.font = { color: { argb: hexToArgb(cf.fontColor) } };
    ws.addConditionalFormatting({
      ref: boxAddress(cf.box),
      rules: [{ type: 'expression', priority: index + 1, formulae: [stripEquals(cf.formula)], style }],
    });
  });

  const taken = existingDefinedNames(wb);
  const names: Record<string, string> = {};
  for (const planned of plan.names) {
    const name = uniqueDefinedName(planned.name, taken);
    taken.push(name);
    names[planned.name] = name;
    wb.definedNames.add(qualifiedRange(sheetName, planned.box), name);
  }

  const marker = plan.names.find((n) => parseFormMarkerName(n.name));
  const markerName = marker ? names[marker.name] : null;

  return { sheetName, names, markerName };
}

function applyPrintSetup(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  const p = plan.print;
  const m = p.margins ?? { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7 };
  const setup: Partial<ExcelJS.PageSetup> = {
    paperSize: 9, // A4 in the OOXML paper-size table
    orientation: p.orientation,
    margins: { ...m, header: 0.3, footer: 0.3 },
  };
  if (p.fitToWidth) {
    // One page wide, as many pages tall as needed (0 = automatic).
    Object.assign(setup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  }
  if (p.repeatRows) setup.printTitlesRow = `${p.repeatRows.first + 1}:${p.repeatRows.last + 1}`;
  ws.pageSetup = { ...ws.pageSetup, ...setup };
}

/** A new workbook with every plan as its own sheet; Excel recomputes every formula when it opens it. */
export function createWorkbookFromPlans(plans: readonly SheetPlan[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Báo cáo KSTT';
  wb.created = new Date();
  // Formulas are written without cached results: ask Excel to compute everything on load.
  wb.calcProperties = { fullCalcOnLoad: true };
  for (const plan of plans) addPlanToWorkbook(wb, plan);
  return wb;
}

/** Renders plans to .xlsx bytes; `writeBuffer` works both in Node and in the task pane's browser bundle. */
export async function renderPlansToXlsx(plans: readonly SheetPlan[]): Promise<Uint8Array> {
  const buffer = await createWorkbookFromPlans(plans).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
