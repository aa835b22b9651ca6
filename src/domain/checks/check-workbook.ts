/**
 * checkWorkbook: every reconciliation rule of shared/domain/FORMS.md over the forms recognised in one
 * workbook. The rules come from each form's spec (`checks`), so a new form brings its own.
 */
import type { RecognisedForm } from '../read/types';
import { cellFindings } from './cells';
import { columnAxisFindings } from './columns';
import { rowAxisFindings } from './fixed-rows';
import { FormView } from './form-view';
import { periodFindings } from './period';
import type { CheckOptions, Finding } from './types';
import { carryOverFindings, crossFormFindings, sameFigureFindings } from './workbook';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function checkWorkbook(forms: readonly RecognisedForm[], options: CheckOptions = {}): Finding[] {
  const views = forms.map((f) => new FormView(f));
  const findings: Finding[] = [];
  for (const view of views) {
    // Cell types first: a decimal count is reported once and kept out of the sums below.
    findings.push(...cellFindings(view));
    findings.push(...columnAxisFindings(view));
    findings.push(...rowAxisFindings(view));
    findings.push(...periodFindings(view.form));
    for (const note of view.form.notes) {
      const { severity, address: cell, message, messageEn } = note;
      findings.push({ rule: 'rows', severity, sheet: view.sheet, cell, found: null, expected: null, message, messageEn });
    }
  }
  findings.push(...crossFormFindings(views));
  findings.push(...sameFigureFindings(views));
  if (options.previous?.length) findings.push(...carryOverFindings(views, options.previous));
  return dedupe(findings);
}

/** One finding per cell and rule; a cell reported by two rules keeps the more severe one first. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .filter(({ f }) => {
      const k = `${f.sheet}|${f.cell}|${f.rule}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.i - b.i)
    .map(({ f }) => f);
}
