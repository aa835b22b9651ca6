/**
 * Bytes to a grid through the shared guard, for check, narrate and merge alike: guard (format, real inflation,
 * cells), the loader the format needs, then the loaded sheets' limits. Any failure is one Vietnamese sentence;
 * a library's own words go in `details`. The loader is passed in, so this stays pure (Node, pane, Worker).
 */
import { formatCount } from '../format';
import type { InputWorkbook } from '../read/types';
import {
  DEFAULT_FILE_LIMITS,
  ENCRYPTED_REASON,
  gridLimitProblem,
  inspectWorkbookBytes,
  type FileLimits,
  type WorkbookFormat,
} from './file-guard';

/** Loads guarded bytes of a given format (src/xlsx/load-grid.ts: exceljs for .xlsx, SheetJS for the rest). */
export type GridLoader = (
  bytes: Uint8Array,
  format: WorkbookFormat,
  limits: FileLimits,
) => Promise<InputWorkbook>;

export type OpenedFile =
  | { ok: true; format: WorkbookFormat; workbook: InputWorkbook }
  | { ok: false; reason: string; details?: string };

const FORMAT_NAMES: Record<WorkbookFormat, string> = {
  xlsx: '.xlsx',
  xlsb: '.xlsb',
  ods: '.ods',
  xls: '.xls (Excel 97–2003)',
  csv: '.csv',
};

/** Why a loader threw, in words an official understands; the library's text only as details. */
export function loadFailure(error: unknown, format: WorkbookFormat): { reason: string; details: string } {
  const details = error instanceof Error ? error.message : String(error);
  if (/password|encrypt/i.test(details)) return { reason: ENCRYPTED_REASON, details };
  return {
    reason: `Tệp ${FORMAT_NAMES[format]} bị hỏng hoặc không đúng định dạng, không mở được (có thể tải về chưa hết hoặc lưu sai định dạng).`,
    details,
  };
}

export async function openWorkbookFile(
  bytes: Uint8Array,
  fileName: string,
  load: GridLoader,
  limits: FileLimits = DEFAULT_FILE_LIMITS,
): Promise<OpenedFile> {
  const verdict = inspectWorkbookBytes(bytes, limits, fileName);
  if (!verdict.ok) return verdict;
  let workbook: InputWorkbook;
  try {
    workbook = await load(verdict.bytes, verdict.format, limits);
  } catch (error) {
    return { ok: false, ...loadFailure(error, verdict.format) };
  }
  let cells = 0;
  for (const sheet of workbook.sheets) {
    const problem = gridLimitProblem(sheet, limits);
    if (problem) return { ok: false, reason: problem };
    cells += sheet.cells.length;
  }
  if (cells > limits.maxCells) {
    return { ok: false, reason: `Tệp có ${formatCount(cells)} ô dữ liệu, quá lớn đối với một báo cáo.` };
  }
  return { ok: true, format: verdict.format, workbook };
}
