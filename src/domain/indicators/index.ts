/** Indicators with targets (Nghị quyết 01/02) and Quyết định 766 scores: the «Chỉ tiêu» sheet and its arithmetic. */
export {
  buildIndicatorPlan,
  CHARTS_NOTE,
  INDICATOR_FORM_CODE,
  INDICATOR_LAYOUT_KEYS,
  VERDICT_MET,
  VERDICT_NOT_MET,
  type IndicatorPlan,
  type IndicatorPlanInfo,
  type IndicatorPlanOptions,
} from './build-indicator-plan';
export {
  INDICATOR_SOURCES,
  resolveIndicatorLink,
  sheetRef,
  type FigureRef,
  type IndicatorLink,
  type IndicatorSource,
  type SourceCandidate,
} from './sources';
export { componentScore, indicatorRate, indicatorVerdict, ratingFor, type RatingBand } from './score';
export { XLSX_CHARTS_NOTE } from './charts-note';
