/**
 * The whole narrative pipeline — recognise, check, draft, carry last period's text forward — as the core worker and
 * the pane's fallback run it. Kept out of the view's chunk: the view loads it only when no worker can run the draft.
 */
import { checkWorkbook } from '../../domain/checks';
import { attachedTables, draftReport } from '../../domain/narrative';
import {
  carryForward,
  periodOfLabel,
  previousReportFromSheet,
  type CarrySummary,
} from '../../domain/narrative/carry';
import { recogniseWorkbook } from '../../domain/read';
import type { InputWorkbook, RecognisedForm } from '../../domain/read/types';
import { nextTask } from '../next-task';
import {
  DEFAULT_CHOICES,
  NO_NARRATIVE_SHEET,
  figureCells,
  fingerprintOf,
  type DraftExtras,
  type Drafted,
} from './model';

/** Recognise, check, draft (and carry last period's text forward): the whole narrative from one read. */
export function runDraft(grid: InputWorkbook, extras: DraftExtras = {}): Drafted {
  return draftRecognised(grid, recogniseWorkbook(grid), extras);
}

/** Check, draft and carry forms already recognised in `grid`. */
function draftRecognised(grid: InputWorkbook, forms: RecognisedForm[], extras: DraftExtras): Drafted {
  const previous = extras.previous ?? [];
  const findings = checkWorkbook(forms, { previous });
  let report = draftReport(forms, {
    findings,
    previous,
    lastYear: extras.lastYear,
    ...(extras.choices ?? DEFAULT_CHOICES),
  });
  let carry: CarrySummary | null = null;
  const source = extras.carry === 'sheet' ? previousReportFromSheet(grid) : (extras.carry ?? null);
  if (extras.carry === 'sheet' && !source) throw new Error(NO_NARRATIVE_SHEET);
  if (source) {
    const result = carryForward(report, source, {
      current: periodOfLabel(report.periodLabel),
      previousForms: previous,
    });
    report = result.report;
    carry = result.summary;
  }
  const cells = figureCells(report);
  return {
    report,
    forms: forms.map((f) => ({ code: f.code, sheet: f.sheet })),
    cells,
    fingerprint: fingerprintOf(grid, cells),
    attachments: attachedTables(forms, grid),
    carry,
  };
}

/** runDraft with recognition and the rest each in a task of their own, so the pane can paint in between. */
export async function runDraftInPaneSteps(grid: InputWorkbook, extras: DraftExtras): Promise<Drafted> {
  await nextTask();
  const forms = recogniseWorkbook(grid);
  await nextTask();
  return draftRecognised(grid, forms, extras);
}
