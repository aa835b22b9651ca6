/**
 * The loader behind the file guard: .xlsx/.xlsm with exceljs (read-grid.ts); .xls, .ods, .xlsb and .csv with
 * SheetJS (@e965/xlsx, the maintained 0.20 line), both imported on demand into named chunks («xlsx», «sheetjs»)
 * so the pane's first load does not grow and the pane and its Worker share one copy of each parser. Gets bytes the guard has already checked (for zips: only the needed entries).
 */
import type { FileLimits, WorkbookFormat } from '../domain/consolidate/file-guard';
import type { CellBox } from '../domain/layout/sheet-plan';
import type { GridCell, GridSheet, WorkbookGrid } from './read-grid';
import { parseBox } from './a1-box';

type SheetJs = typeof import('@e965/xlsx');

let sheetJs: Promise<SheetJs> | null = null;
function loadSheetJs(): Promise<SheetJs> {
  sheetJs ??= import(/* webpackChunkName: "sheetjs" */ '@e965/xlsx');
  return sheetJs;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** SheetJS cell → grid value: numbers, text, booleans; dates as Excel serials; errors as their text. */
function valueOf(cell: import('@e965/xlsx').CellObject): GridCell['value'] {
  switch (cell.t) {
    case 'n':
      return typeof cell.v === 'number' ? cell.v : null;
    case 's':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    case 'b':
      return Boolean(cell.v);
    case 'd':
      return cell.v instanceof Date ? (cell.v.getTime() - EXCEL_EPOCH_MS) / 86_400_000 : null;
    case 'e':
      return cell.w ?? '#N/A';
    default:
      return null;
  }
}

function sheetOfReference(reference: string): string | null {
  const bang = reference.lastIndexOf('!');
  if (bang < 0) return null;
  const raw = reference.slice(0, bang);
  return raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
}

/**
 * Runs `fn` with console.error/warn silenced: SheetJS prints English notes («ODS number format may be incorrect»)
 * that must not reach an official's terminal or the pane's console; what matters comes back as data or a throw.
 */
function quietly<T>(fn: () => T): T {
  const { error, warn } = console;
  console.error = () => undefined;
  console.warn = () => undefined;
  try {
    return fn();
  } finally {
    console.error = error;
    console.warn = warn;
  }
}

async function readWithSheetJs(bytes: Uint8Array, format: WorkbookFormat, limits: FileLimits): Promise<WorkbookGrid> {
  const XLSX = await loadSheetJs();
  const options = {
    dense: true,
    cellFormula: true,
    cellNF: true,
    cellDates: false,
    // Never more rows than a report may have: an .ods «repeat 1 048 576 rows» stays bounded.
    sheetRows: limits.maxRow + 1,
  } as const;
  const wb = quietly(() =>
    format === 'csv'
      ? // Text stays text («1.652» is not 1,652): the reader reads Vietnamese numbers and says so.
        XLSX.read(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''), { ...options, type: 'string', raw: true })
      : XLSX.read(bytes, { ...options, type: 'array' }),
  );
  const sheets: GridSheet[] = wb.SheetNames.map((name) => {
    const ws = wb.Sheets[name] as import('@e965/xlsx').WorkSheet & { '!data'?: import('@e965/xlsx').CellObject[][] };
    const cells: GridCell[] = [];
    (ws['!data'] ?? []).forEach((row, r) => {
      row?.forEach((cell, c) => {
        if (!cell) return;
        const value = valueOf(cell);
        if ((value === null || value === '') && !cell.f) return;
        const grid: GridCell = { row: r, col: c, value };
        if (cell.f) grid.formula = `=${cell.f}`;
        const fmt = typeof cell.z === 'string' ? cell.z : undefined;
        if (fmt && fmt !== 'General') grid.numberFormat = fmt;
        cells.push(grid);
      });
    });
    const merges: CellBox[] = (ws['!merges'] ?? []).map((m) => ({
      row: m.s.r,
      col: m.s.c,
      rowCount: m.e.r - m.s.r + 1,
      colCount: m.e.c - m.s.c + 1,
    }));
    return { name, cells, merges };
  });
  const definedNames = (wb.Workbook?.Names ?? []).flatMap((n) => {
    const sheet = sheetOfReference(n.Ref);
    const box = parseBox(n.Ref);
    return sheet && box ? [{ name: n.Name, sheet, box }] : [];
  });
  return { sheets, definedNames };
}

/** Loads guarded bytes into the plain grid every reader works on. */
export async function loadGrid(bytes: Uint8Array, format: WorkbookFormat, limits: FileLimits): Promise<WorkbookGrid> {
  if (format !== 'xlsx') return readWithSheetJs(bytes, format, limits);
  // exceljs lives in the one «xlsx» chunk the insert view's download also loads (and the Worker shares it).
  const { readWorkbookGrid } = await import(/* webpackChunkName: "xlsx" */ './read-grid');
  return readWorkbookGrid(bytes);
}
