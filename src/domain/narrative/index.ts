/** Narrative drafting (Phụ lục I) from recognised forms: pure, no Office, DOM or Node APIs. */
export * from './types';
export { draftReport, type DraftOptions } from './draft';
export { renderDraftText, paragraphText, sectionHeading, flaggedParagraphs } from './render-text';
export { OUTLINE, type OutlineEntry } from './outline';
export { cellsOf } from './figures';
export { attachedTables, type AttachedTable, type AttachedCell } from './attached-forms';
