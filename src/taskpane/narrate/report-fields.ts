/**
 * The fields of the signed document an official types once (cơ quan, số, địa danh, Kính gửi, người ký, nơi nhận,
 * «kèm theo biểu») and the pane remembers per workbook: kept in the task pane's localStorage under the workbook's
 * address, never in the workbook (settings would clear Ctrl+Z history) and never sent anywhere. localStorage may be
 * missing or throw (sandboxed webviews): then nothing is remembered and nothing breaks.
 */
import type { DocxMeta } from '../../docx/draft-docx';

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

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The remembered fields of this workbook (empty ones when nothing was saved). */
export function loadReportFields(workbookKey: string): ReportFields {
  try {
    const raw = storage()?.getItem(PREFIX + workbookKey);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (typeof parsed !== 'object' || parsed === null) return { ...EMPTY_REPORT_FIELDS };
    const out = { ...EMPTY_REPORT_FIELDS };
    for (const key of Object.keys(EMPTY_REPORT_FIELDS) as (keyof ReportFields)[]) {
      const value = (parsed as Record<string, unknown>)[key];
      if (typeof value === typeof EMPTY_REPORT_FIELDS[key]) (out as Record<string, unknown>)[key] = value;
    }
    return out;
  } catch {
    return { ...EMPTY_REPORT_FIELDS };
  }
}

export function saveReportFields(workbookKey: string, fields: ReportFields): void {
  try {
    storage()?.setItem(PREFIX + workbookKey, JSON.stringify(fields));
  } catch {
    // Not remembered; the export itself is unaffected.
  }
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
