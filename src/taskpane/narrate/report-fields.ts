/**
 * The fields of the signed document an official types once (cơ quan, số, địa danh, Kính gửi, người ký, nơi nhận,
 * «kèm theo biểu») and the pane remembers per workbook: kept in the task pane's localStorage under the workbook's
 * address (../stored-object.ts), never in the workbook.
 */
import type { DocxMeta } from '../../docx/draft-docx';
import { readStoredObject, writeStoredObject } from '../stored-object';

export interface ReportFields {
  unit: string;
  number: string;
  place: string;
  date: string;
  receiver: string;
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
  /** Further recipients, separated by «;». */
  recipients: string;
  attachForms: boolean;
}

export const EMPTY_REPORT_FIELDS: ReportFields = {
  unit: '',
  number: '',
  place: '',
  date: '',
  receiver: '',
  signerAuthority: '',
  signerTitle: '',
  signerName: '',
  recipients: '',
  attachForms: false,
};

const PREFIX = 'kstt.report.fields:';

/** The remembered fields of this workbook (empty ones when nothing was saved). */
export function loadReportFields(workbookKey: string): ReportFields {
  const saved = readStoredObject(PREFIX + workbookKey) ?? {};
  const out = { ...EMPTY_REPORT_FIELDS };
  for (const key of Object.keys(EMPTY_REPORT_FIELDS) as (keyof ReportFields)[]) {
    if (typeof saved[key] === typeof EMPTY_REPORT_FIELDS[key]) (out as Record<string, unknown>)[key] = saved[key];
  }
  return out;
}

export function saveReportFields(workbookKey: string, fields: ReportFields): void {
  writeStoredObject(PREFIX + workbookKey, fields);
}

/** The document's metadata from the fields and the draft's period. */
export function docxMetaOf(fields: ReportFields, period: string): DocxMeta {
  return {
    unit: fields.unit,
    period,
    place: fields.place,
    date: fields.date,
    receiver: fields.receiver || undefined,
    number: fields.number || undefined,
    signerAuthority: fields.signerAuthority || undefined,
    signerTitle: fields.signerTitle || undefined,
    signerName: fields.signerName || undefined,
    recipients: fields.recipients
      .split(';')
      .map((r) => r.trim())
      .filter(Boolean),
  };
}
