/**
 * One way for every command to open an input file: stat (missing file, folder, size before reading), then the
 * shared guard and loader (src/domain/consolidate/open-file.ts): .xlsx, .xlsm, .xls, .ods, .xlsb, .csv,
 * encrypted files with their own message, zip bombs stopped by real inflation, cell limits before parsing.
 */
import { readFileSync, statSync } from 'node:fs';
import { checkWorkbook } from '../../domain/checks';
import { DEFAULT_FILE_LIMITS, openWorkbookFile, type FileLimits, type UnitReaders } from '../../domain/consolidate';
import { recogniseWorkbook, type InputWorkbook, type RecognisedForm } from '../../domain/read';
import { loadGrid } from '../../xlsx/load-grid';

/** The Node readers: guarded grid loader, recogniser, checker. */
export const NODE_UNIT_READERS: UnitReaders = {
  loadGrid,
  recognise: (workbook) => recogniseWorkbook(workbook),
  check: (forms) => checkWorkbook(forms),
};

export type OpenedInput =
  | { ok: true; workbook: InputWorkbook; bytes: Uint8Array }
  | { ok: false; reason: string; details?: string };

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace('.', ',');
}

/** A path's bytes; a missing, folder or oversized path is refused before its bytes are read. */
export function readInputBytes(
  full: string,
  limits: FileLimits = DEFAULT_FILE_LIMITS,
): { ok: true; bytes: Uint8Array } | { ok: false; reason: string; details?: string } {
  let size: number;
  try {
    const stat = statSync(full);
    if (!stat.isFile()) return { ok: false, reason: 'Không phải tệp (là thư mục).' };
    size = stat.size;
  } catch {
    return { ok: false, reason: 'Không tìm thấy tệp.' };
  }
  if (size > limits.maxFileBytes) {
    return {
      ok: false,
      reason: `Tệp quá lớn (${megabytes(size)} MB, tối đa ${megabytes(limits.maxFileBytes)} MB); một báo cáo thường chỉ vài trăm KB.`,
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(full));
  } catch (error) {
    return { ok: false, reason: 'Không đọc được tệp từ ổ đĩa (không có quyền đọc?).', details: String(error) };
  }
  return { ok: true, bytes };
}

/** Reads a path through the guard and the loader. */
export async function openInput(full: string, limits: FileLimits = DEFAULT_FILE_LIMITS): Promise<OpenedInput> {
  const read = readInputBytes(full, limits);
  if (!read.ok) return read;
  const opened = await openWorkbookFile(read.bytes, full, loadGrid, limits);
  return opened.ok ? { ok: true, workbook: opened.workbook, bytes: read.bytes } : opened;
}

/** The forms of a path, or the reason; «không nhận ra biểu nào» (with the sheets looked at) is a reason too. */
export async function openForms(
  full: string,
): Promise<
  | { ok: true; forms: RecognisedForm[]; sheetNames: string[]; workbook: InputWorkbook }
  | { ok: false; reason: string; details?: string }
> {
  const opened = await openInput(full);
  if (!opened.ok) return opened;
  const sheetNames = opened.workbook.sheets.map((s) => s.name);
  let forms: RecognisedForm[];
  try {
    forms = recogniseWorkbook(opened.workbook);
  } catch (error) {
    return { ok: false, reason: 'Không nhận dạng được biểu trong tệp do lỗi khi đọc bảng.', details: String(error) };
  }
  return { ok: true, forms, sheetNames, workbook: opened.workbook };
}

/** «không nhận ra biểu nào (đã xem trang «A», «B»)». */
export function noFormReason(sheetNames: readonly string[]): string {
  const shown = sheetNames.slice(0, 8).map((n) => `«${n}»`).join(', ');
  const more = sheetNames.length > 8 ? ` và ${sheetNames.length - 8} trang khác` : '';
  return sheetNames.length === 0
    ? 'Không nhận ra biểu nào: tệp không có trang tính nào.'
    : `Không nhận ra biểu nào (đã xem trang ${shown}${more}); cần bảng có tiêu đề cột theo mẫu Biểu II.06a, II.05a …`;
}
