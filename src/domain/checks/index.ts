export { checkWorkbook } from './check-workbook';
export { judgeRate, type RateVerdict } from './rate';
export type { CheckOptions, Finding, FindingRule, FindingSeverity } from './types';
