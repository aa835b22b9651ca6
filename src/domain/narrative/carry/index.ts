/** Carrying last period's report forward (pure: no Office, DOM or Node). */
export * from './types';
export { splitByOutline } from './split';
export { isFigureSentence } from './classify';
export { markStale, STALE_PREFIX, type StaleContext, type StaleMark, type PreviousFigure } from './stale';
export {
  carryForward,
  periodOfLabel,
  type CarryOptions,
  type CarryResult,
  type CarrySummary,
} from './carry-forward';
export { previousReportFromSheet } from './from-sheet';
