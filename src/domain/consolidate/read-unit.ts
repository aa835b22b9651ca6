/**
 * One unit's file from bytes to a UnitFileResult: guard the bytes, load the grid, recognise the forms, run the
 * checks. The loader, recogniser and checker are passed in, so this stays pure and runs the same in the CLI
 * (exceljs in Node) and in a Web Worker; nothing of the workbook survives the call but the recognised forms.
 */
import type { AdminLevel } from '../forms/spec';
import type { InputWorkbook, RecognisedForm } from '../read/types';
import { DEFAULT_FILE_LIMITS, type FileLimits } from './file-guard';
import { openWorkbookFile, type GridLoader } from './open-file';
import type { UnitFileResult, UnitFinding } from './types';
import { findReportingUnit } from './unit-meta';

export interface UnitReaders {
  /** Loads guarded bytes of a format into a grid (`loadGrid` of src/xlsx/load-grid.ts). */
  loadGrid: GridLoader;
  /** e.g. `recogniseWorkbook` of src/domain/read. */
  recognise(workbook: InputWorkbook): RecognisedForm[];
  /** e.g. `checkWorkbook` of src/domain/checks; optional (no checks: no «lỗi» status). */
  check?(forms: RecognisedForm[]): readonly UnitFinding[];
}

export interface ReadUnitOptions {
  level?: AdminLevel;
  limits?: FileLimits;
}

/**
 * A 64-bit hash of the bytes (two FNV-1a lanes): equal files give equal hashes; unequal ones collide with
 * negligible odds for the few thousand files of a merge. Pure, so it runs the same in a Worker and in Node.
 */
export function contentHash(bytes: Uint8Array): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ bytes.length;
  for (let i = 0; i < bytes.length; i++) {
    a = Math.imul(a ^ bytes[i], 0x01000193);
    b = Math.imul(b ^ bytes[i], 0x5bd1e995) ^ (b >>> 15);
  }
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}-${bytes.length}`;
}

export async function readUnitFile(
  bytes: Uint8Array,
  fileName: string,
  readers: UnitReaders,
  options: ReadUnitOptions = {},
): Promise<UnitFileResult> {
  const limits = options.limits ?? DEFAULT_FILE_LIMITS;
  const opened = await openWorkbookFile(bytes, fileName, readers.loadGrid, limits);
  if (!opened.ok) return { kind: 'unreadable', fileName, reason: opened.reason, details: opened.details };
  const workbook = opened.workbook;
  let forms: RecognisedForm[];
  try {
    forms = readers.recognise(workbook);
  } catch (error) {
    return {
      kind: 'unreadable',
      fileName,
      reason: 'Không nhận dạng được biểu trong tệp do lỗi khi đọc bảng.',
      details: error instanceof Error ? error.message : String(error),
    };
  }
  const findings = readers.check ? readers.check(forms) : [];
  const dossierSheets = forms.filter((f) => f.code === 'II.06a').map((f) => f.sheet);
  return {
    kind: 'read',
    fileName,
    forms,
    unitName: findReportingUnit(workbook.sheets, dossierSheets),
    level: options.level,
    findings,
    contentHash: contentHash(bytes),
    sheetNames: workbook.sheets.map((s) => s.name),
  };
}
