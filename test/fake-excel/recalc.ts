/**
 * Optional recalculation for the fake host (the preview turns it on so totals show numbers). Adapter tests
 * leave it off: there, formula cells keep whatever cached value they have, as in a workbook that Excel has not
 * yet recalculated, so a test can never mistake the fake's arithmetic for Excel's.
 */
import { Evaluator, FormulaError, errorFromText, parseFormula, type Ast, type EvaluationHost } from './formula';
import { cellKey, findSheetByName, type FakeSheet, type FakeWorkbook } from './model';

type Scalar = number | string | boolean | null | FormulaError;

export function recalculateWorkbook(workbook: FakeWorkbook): void {
  const computed = new Map<string, Scalar>(); // `${sheetId}|${row},${col}`
  const inProgress = new Set<string>();
  const parsed = new Map<string, Ast | null>();

  const usedExtent = (sheet: FakeSheet) => {
    let rows = 0;
    let cols = 0;
    for (const key of sheet.cells.keys()) {
      const [r, c] = key.split(',').map(Number);
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    return { rows, cols };
  };
  const extents = new Map<string, { rows: number; cols: number }>();

  const valueOf = (sheet: FakeSheet, row: number, col: number): Scalar => {
    const cell = sheet.cells.get(cellKey(row, col));
    if (!cell) return null;
    if (!cell.formula) return errorFromText(cell.value) ?? cell.value;
    const id = `${sheet.id}|${row},${col}`;
    if (computed.has(id)) return computed.get(id)!;
    // A circular reference shows 0 in Excel (with a warning); the fake does the same.
    if (inProgress.has(id)) return 0;
    inProgress.add(id);
    let ast = parsed.get(cell.formula);
    if (ast === undefined) {
      try {
        ast = parseFormula(cell.formula);
      } catch {
        ast = null;
      }
      parsed.set(cell.formula, ast);
    }
    const result = ast ? new Evaluator(hostFor(sheet), sheet.name, { row, col }).evaluateToCell(ast) : '#NAME?';
    inProgress.delete(id);
    cell.value = result;
    const scalar = errorFromText(result) ?? result;
    computed.set(id, scalar);
    return scalar;
  };

  const hostFor = (home: FakeSheet): EvaluationHost => ({
    cellValue(sheetName, row, col) {
      const sheet = sheetName === null ? home : findSheetByName(workbook, sheetName);
      return sheet ? valueOf(sheet, row, col) : new FormulaError('#REF!');
    },
    resolveName(name) {
      const lower = name.toLowerCase();
      const found =
        home.names.find((n) => n.name.toLowerCase() === lower) ?? workbook.names.find((n) => n.name.toLowerCase() === lower);
      if (!found) return null;
      if (found.ref) {
        const sheet = workbook.sheets.find((s) => s.id === found.ref!.sheetId);
        return sheet ? { sheetName: sheet.name, box: found.ref.box } : null;
      }
      return found.formula ? { formula: found.formula } : null;
    },
    cellFormula(sheetName, row, col) {
      const sheet = sheetName === null ? home : findSheetByName(workbook, sheetName);
      return sheet?.cells.get(cellKey(row, col))?.formula ?? undefined;
    },
    usedExtent(sheetName) {
      const sheet = sheetName === null ? home : findSheetByName(workbook, sheetName);
      if (!sheet) return { rows: 0, cols: 0 };
      let extent = extents.get(sheet.id);
      if (!extent) {
        extent = usedExtent(sheet);
        extents.set(sheet.id, extent);
      }
      return extent;
    },
  });

  for (const sheet of workbook.sheets) {
    for (const [key, cell] of sheet.cells) {
      if (!cell.formula) continue;
      const [row, col] = key.split(',').map(Number);
      valueOf(sheet, row, col);
    }
  }
}
