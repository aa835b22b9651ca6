/** Findings: what the checker tells the official, one per contradiction. */
import type { RecognisedForm } from '../read/types';

export type FindingRule =
  | 'row-sum'
  | 'col-sum'
  | 'balance'
  | 'subset'
  | 'rate'
  | 'same-figure'
  | 'cross-form'
  | 'carry-over'
  | 'period'
  | 'type'
  | 'formula'
  /** How the table's rows were read: a row without a name, a subtotal inside the table. */
  | 'rows';

export type FindingSeverity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: FindingRule;
  severity: FindingSeverity;
  sheet: string;
  /** A1 address (no sheet) of the cell that states the wrong figure. */
  cell: string;
  found: number | string | null;
  expected: number | string | null;
  /** One Vietnamese sentence, numbers written the Vietnamese way. */
  message: string;
  messageEn?: string;
}

export interface CheckOptions {
  /** The previous period's forms, for «từ kỳ trước» = «đang giải quyết» of the previous report. */
  previous?: readonly RecognisedForm[];
}
