/**
 * runCheck as the «Kiểm tra số liệu» view runs it: in the core worker, off the UI thread; without one, recognition
 * and the checks each in a task of their own, after the read's. Apart from model.ts so that the worker protocol,
 * which names CheckReport, and the model do not import each other.
 */
import { checkWorkbook } from '../../domain/checks';
import { recogniseWorkbook } from '../../domain/read';
import type { InputWorkbook } from '../../domain/read/types';
import { inCoreWorker } from '../core-worker/run';
import { nextTask } from '../next-task';
import { withSeverity, type CheckReport } from './model';

export async function runCheckInSteps(grid: InputWorkbook): Promise<CheckReport> {
  const offThread = await inCoreWorker('check', grid);
  if (offThread) return offThread;
  await nextTask();
  const forms = recogniseWorkbook(grid);
  await nextTask();
  const findings = checkWorkbook(forms).map(withSeverity);
  return { forms: forms.map((f) => ({ code: f.code, sheet: f.sheet })), findings };
}
