/**
 * What the «Kiểm tra số liệu» view asks of Excel. The view takes these as a prop so unit tests can pass recording
 * fakes; the default goes through the Office.js adapter (src/excel).
 */
import type { InputWorkbook } from '../../domain/read/types';
import type { Finding } from '../../domain/checks';
import { isExcelApiSupported } from '../../excel/host';
import {
  hasHighlights,
  highlightFindings,
  removeHighlights,
  type HighlightResult,
  type RemoveResult,
} from '../../excel/highlight';
import { selectCell } from '../../excel/navigate';
import { readActiveSheet, readWorkbook } from '../../excel/read-grid';
import { requireExcel as excel } from '../host-access';

export type CheckScope = 'sheet' | 'workbook';

export interface CheckActions {
  read(scope: CheckScope): Promise<InputWorkbook>;
  select(sheet: string, cell: string): Promise<void>;
  highlight(findings: readonly Finding[]): Promise<HighlightResult>;
  unhighlight(): Promise<RemoveResult>;
  /** Whether the workbook carries a highlight of ours (to offer «Bỏ đánh dấu» after the pane was reopened). */
  hasHighlights(): Promise<boolean>;
}

/** Async throughout, so a missing Excel becomes a rejected promise the view can show, never a render crash. */
export const excelCheckActions: CheckActions = {
  read: async (scope) => (scope === 'sheet' ? readActiveSheet(excel()) : readWorkbook(excel())),
  select: async (sheet, cell) => selectCell(excel(), sheet, cell),
  highlight: async (findings) => highlightFindings(excel(), findings, isExcelApiSupported),
  unhighlight: async () => removeHighlights(excel(), isExcelApiSupported),
  hasHighlights: async () => hasHighlights(excel()),
};
