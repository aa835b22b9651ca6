/** Pure logic of the «Kiểm tra số liệu» view: run recognition + checks, group findings for display. */
import { checkWorkbook, type Finding, type FindingSeverity } from '../../domain/checks';
import { recogniseWorkbook } from '../../domain/read';
import type { InputWorkbook } from '../../domain/read/types';
import { formatCount } from '../../domain/format';

export const SEVERITIES: readonly FindingSeverity[] = ['error', 'warning', 'info'];

export interface CheckReport {
  /** «II.06a (Dữ liệu mẫu)» for each form recognised. */
  forms: { code: string; sheet: string }[];
  findings: Finding[];
}

/** A finding whose severity the checker left out counts as an error: better loud than silent. */
export function withSeverity(finding: Finding): Finding {
  return SEVERITIES.includes(finding.severity) ? finding : { ...finding, severity: 'error' };
}

export function runCheck(grid: InputWorkbook): CheckReport {
  const forms = recogniseWorkbook(grid);
  return {
    forms: forms.map((f) => ({ code: f.code, sheet: f.sheet })),
    findings: checkWorkbook(forms).map(withSeverity),
  };
}

export type SeverityCounts = Record<FindingSeverity, number>;

export interface SheetGroup {
  sheet: string;
  counts: SeverityCounts;
  bySeverity: { severity: FindingSeverity; findings: Finding[] }[];
}

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Sheets in the order their first finding appears; inside a sheet errors, then warnings, then information. */
export function groupFindings(findings: readonly Finding[]): SheetGroup[] {
  const sheets = new Map<string, Finding[]>();
  for (const f of findings) sheets.set(f.sheet, [...(sheets.get(f.sheet) ?? []), f]);
  return [...sheets].map(([sheet, list]) => ({
    sheet,
    counts: countBySeverity(list),
    bySeverity: SEVERITIES.map((severity) => ({
      severity,
      findings: list.filter((f) => f.severity === severity),
    })).filter((g) => g.findings.length > 0),
  }));
}

/** A found/expected value as the official reads it: 1.652, text as is, «—» for nothing. */
export function showValue(value: Finding['found'], language: 'vi' | 'en'): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number')
    return Number.isFinite(value) ? formatCount(value, { locale: language }) : String(value);
  return String(value);
}
