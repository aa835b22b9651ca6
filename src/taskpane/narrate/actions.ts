/**
 * What the «Soạn thuyết minh» view asks of Excel and the browser. The view takes these as a prop so unit tests can
 * pass recording fakes; the default goes through the Office.js adapter (src/excel) and loads docx on demand.
 */
import type { DocxMeta } from '../../docx/draft-docx';
import type { DraftReport } from '../../domain/narrative';
import type { SourceParagraph } from '../../domain/narrative/carry';
import type { InputWorkbook, RecognisedForm } from '../../domain/read/types';
import { getOffice } from '../../excel/host';
import {
  writeNarrativeSheet,
  type NarrativeLine,
  type NarrativeSheetResult,
} from '../../excel/narrative-sheet';
import { selectCell } from '../../excel/navigate';
import { readWorkbook } from '../../excel/read-grid';
import { requireExcel as excel, saveFile } from '../host-access';
import { copyText } from './clipboard';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface NarrateActions {
  read(): Promise<InputWorkbook>;
  select(sheet: string, cell: string): Promise<void>;
  writeSheet(lines: readonly NarrativeLine[], replaceOwn: boolean): Promise<NarrativeSheetResult>;
  /** Plain text, and rich text (HTML) where the host's clipboard takes it. */
  copy(text: string, html?: string): Promise<void>;
  downloadDocx(report: DraftReport, meta: DocxMeta, fileName: string): Promise<void>;
  /** Last period's report (.docx) as paragraphs; the reader loads on demand. */
  readPreviousReport?(file: PickedFile): Promise<SourceParagraph[]>;
  /** Another period's workbook (.xlsx), recognised; exceljs loads on demand. */
  readPeriodWorkbook?(file: PickedFile): Promise<RecognisedForm[]>;
  /** What identifies this workbook for the remembered fields (its address, or «default» when unknown). */
  workbookKey?(): string;
}

/** A picked file (a browser File fits). */
export interface PickedFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

async function readPreviousReport(file: PickedFile): Promise<SourceParagraph[]> {
  const { readDocxParagraphs } = await import(/* webpackChunkName: "docx-read" */ '../../docx/read-docx');
  return readDocxParagraphs(new Uint8Array(await file.arrayBuffer()));
}

async function readPeriodWorkbook(file: PickedFile): Promise<RecognisedForm[]> {
  const [{ readWorkbookGrid }, { recogniseWorkbook }] = await Promise.all([
    import(/* webpackChunkName: "xlsx-read" */ '../../xlsx/read-grid'),
    import(/* webpackChunkName: "xlsx-read" */ '../../domain/read'),
  ]);
  return recogniseWorkbook(await readWorkbookGrid(new Uint8Array(await file.arrayBuffer())));
}

function workbookKey(): string {
  try {
    return getOffice()?.context?.document?.url || 'default';
  } catch {
    return 'default';
  }
}

/** Builds the .docx (the docx library, ~100 KB gzip, is loaded only now, in its own chunk) and saves it. */
async function downloadDocx(report: DraftReport, meta: DocxMeta, fileName: string): Promise<void> {
  const { draftToDocx } = await import(/* webpackChunkName: "docx" */ '../../docx/draft-docx');
  const bytes = await draftToDocx(report, meta);
  saveFile(new Blob([bytes as BlobPart], { type: DOCX_MIME }), fileName);
}

/** Async throughout, so a missing Excel becomes a rejected promise the view can show, never a render crash. */
export const excelNarrateActions: NarrateActions = {
  read: async () => readWorkbook(excel()),
  select: async (sheet, cell) => selectCell(excel(), sheet, cell),
  writeSheet: async (lines, replaceOwn) => writeNarrativeSheet(excel(), lines, { replaceOwn }),
  copy: (text, html) => copyText(text, document, html),
  downloadDocx,
  readPreviousReport,
  readPeriodWorkbook,
  workbookKey,
};
