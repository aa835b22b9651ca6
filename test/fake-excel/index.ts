/**
 * The strict fake Excel host. Browser-safe: nothing here imports Node modules (the .xlsx bridge is in
 * `export-xlsx.ts`, imported separately by Node code).
 */
export { createFakeExcel, type FakeExcel, type FakeExcelNamespace, type FakeExcelOptions, type RunOptions } from './fake-excel';
export { createFakeOffice, type FakeOffice, type FakeOfficeOptions } from './office';
export { fakeFromGrid, readGrid, writeGrid, sheetNamed, cellAt, type ReadGridOptions } from './grid';
export { recalculateWorkbook } from './recalc';
export { FakeOfficeError, type FakeErrorCode } from './errors';
export { WEB_PAYLOAD_LIMIT_BYTES, type FaultRule } from './faults';
export { FakeRequestContext, type FakeStats, type FakeHost } from './client-object';
export { MEMBER_VERSIONS, compareVersions } from './api-versions';
export { ExcelEnums } from './enums';
export { parseFormula, FormulaSyntaxError } from './formula';
export { tryParseAddress, formatAddress, boxToA1, columnLetters, columnIndex, cellAddress, type ParsedAddress } from './address';
export * from './model';
export { snapshotWorkbook } from './snapshot';
