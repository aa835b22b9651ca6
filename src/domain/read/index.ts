export * from './types';
export { recogniseSheet, recogniseWorkbook, type RecogniseOptions } from './recognise';
export { fold, canonHeader, headersMatch } from './text';
export { parsePrintedCode } from './meta';
