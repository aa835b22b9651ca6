/**
 * Recognition: finds every form table in a sheet by its header texts (wherever it starts, however the
 * headers are spelled) and reads it into a RecognisedForm. Sheets the add-in made go the same way; the
 * add-in's form marker (a defined name) only settles which form and says the computed cells had formulas.
 */
import { FORM_CATALOGUE, type FormSpec } from '../forms';
import { parseFormMarkerName } from '../layout/form-marker';
import { readBody, type Body } from './body';
import { headerCandidates, matchHeaderAt, specModel, type HeaderMatch, type SpecModel } from './header';
import { findPeriod, findPrintedCode, findReportDate, type PrintedCode } from './meta';
import { SheetIndex } from './sheet-index';
import type { InputDefinedName, InputSheet, InputWorkbook, RecognisedForm } from './types';

export interface RecogniseOptions {
  /** Forms to look for; default: every form of Thông tư 01/2020 that has number columns. */
  specs?: readonly FormSpec[];
  /** Defined names of the workbook (the add-in's form markers). */
  definedNames?: readonly InputDefinedName[];
}

const modelCache = new WeakMap<readonly FormSpec[], SpecModel[]>();

function modelsFor(specs: readonly FormSpec[]): SpecModel[] {
  let models = modelCache.get(specs);
  if (!models) {
    models = specs.map(specModel).filter((m) => m.leaves.some((l) => ['input', 'computed', 'rate'].includes(l.leaf.kind)));
    modelCache.set(specs, models);
  }
  return models;
}

/** The code of the add-in marker whose range covers this row of this sheet. */
function markerCode(sheet: string, row: number, names: readonly InputDefinedName[]): string | null {
  for (const n of names) {
    if (n.sheet !== sheet) continue;
    const marker = parseFormMarkerName(n.name);
    if (marker && row >= n.box.row && row < n.box.row + n.box.rowCount) return marker.formCode;
  }
  return null;
}

function sameCode(a: string, b: string): boolean {
  return a.replace(/[^A-Za-z0-9.]/g, '_').toUpperCase() === b.replace(/[^A-Za-z0-9.]/g, '_').toUpperCase();
}

interface Candidate {
  match: HeaderMatch;
  body: Body;
}

/**
 * Picks the form among header matches: marker, then printed code, then how well headers and rows fit. Bodies are
 * read lazily, best header fit first (a 20.000-row table is read once, not once per form whose header fits).
 */
function choose(
  matches: HeaderMatch[],
  bodyOf: (match: HeaderMatch) => Body,
  marker: string | null,
  printed: PrintedCode | null,
): Candidate | null {
  // A fixed form needs some of its rows; a list form needs a row or a TỔNG CỘNG.
  const usable = (c: Candidate) =>
    c.match.spec.rows.kind === 'fixed'
      ? Object.keys(c.body.fixedRows).length >= 2
      : c.body.dataRows.length + c.body.groupRows.length > 0 || c.body.totalRow !== null;
  const candidate = (match: HeaderMatch): Candidate | null => {
    const c = { match, body: bodyOf(match) };
    return usable(c) ? c : null;
  };
  const firstOf = (list: HeaderMatch[]): Candidate | null => {
    for (const m of list) {
      const c = candidate(m);
      if (c) return c;
    }
    return null;
  };
  if (marker) {
    const hit = firstOf(matches.filter((m) => sameCode(m.spec.code, marker)));
    if (hit) return hit;
  }
  if (printed) {
    const exact = firstOf(matches.filter((m) => sameCode(m.spec.code, printed.code)));
    if (exact) return exact;
  }
  const headerFit = (match: HeaderMatch): number[] => {
    const printedPrefix = printed && match.spec.code.startsWith(printed.code) ? 1 : 0;
    return [printedPrefix, match.matched / match.required, match.matched];
  };
  const fit = (c: Candidate): number[] => {
    const { match, body } = c;
    const fixedHits = Object.keys(body.fixedRows).length;
    const romanGroups = body.groupRows.some((g) => g.hasSubtotal || /^[ivx]+\.?$/i.test(g.stt)) ? 1 : 0;
    const grouped = match.spec.rows.kind === 'grouped' ? 1 : 0;
    // Grouped form when the rows are grouped, list form otherwise.
    return [...headerFit(match), fixedHits, grouped === romanGroups ? 1 : 0];
  };
  const compare = (fa: number[], fb: number[]) => {
    for (let i = 0; i < fa.length; i++) if (fa[i] !== fb[i]) return fb[i] - fa[i];
    return 0;
  };
  const byHeader = [...matches].sort((a, b) => compare(headerFit(a), headerFit(b)));
  let best: Candidate | null = null;
  for (const match of byHeader) {
    // Below the best header fit found usable, no candidate can win on the remaining keys.
    if (best && compare(headerFit(best.match), headerFit(match)) < 0) break;
    const c = candidate(match);
    if (c && (!best || compare(fit(best), fit(c)) > 0)) best = c;
  }
  return best;
}

/** Every form table found in one sheet, top to bottom. */
export function recogniseSheet(sheet: InputSheet, options: RecogniseOptions = {}): RecognisedForm[] {
  const index = new SheetIndex(sheet);
  const models = modelsFor(options.specs ?? FORM_CATALOGUE['TT01/2020']);
  const names = options.definedNames ?? [];
  const forms: RecognisedForm[] = [];
  let from = 0;
  for (const r0 of headerCandidates(index, 0, models)) {
    if (r0 < from) continue;
    const matches = matchHeaderAt(index, r0, models);
    if (matches.length === 0) continue;
    // II.06a and II.06b share their columns: read such a body once.
    const bodies = new Map<string, Body>();
    const bodyOf = (match: HeaderMatch) => {
      const k = `${match.spec.rows.kind === 'fixed' ? match.spec.code : match.spec.totalRow}|${match.last}|${JSON.stringify(match.columns)}`;
      let body = bodies.get(k);
      if (!body) bodies.set(k, (body = readBody(index, match)));
      return body;
    };
    const printed = findPrintedCode(index, from, r0 - 1);
    const marker = markerCode(sheet.name, r0, names);
    const chosen = choose(matches, bodyOf, marker, printed);
    if (!chosen) continue;
    const { match, body } = chosen;
    const period = findPeriod(index, from, r0 - 1);
    const reportDate = findReportDate(index, [
      { from: body.lastRow + 1, to: body.lastRow + 15 },
      { from, to: r0 - 1 },
    ]);
    forms.push({
      sheet: sheet.name,
      code: match.spec.code,
      spec: match.spec,
      printedCode: printed ? { text: printed.text, address: printed.address } : null,
      madeByAddin: marker !== null && sameCode(marker, match.spec.code),
      headerRows: { first: match.first, last: match.last },
      columns: match.columns,
      columnNumbers: body.columnNumbers,
      columnNumberRow: body.columnNumberRow,
      dataRows: body.dataRows,
      groupRows: body.groupRows,
      totalRow: body.totalRow,
      fixedRows: body.fixedRows,
      period,
      reportDate,
      conversions: body.conversions,
      lastRow: body.lastRow,
      notes: body.notes,
    });
    from = body.lastRow + 1;
  }
  return forms;
}

/** Every form in every sheet; the workbook's defined names tell which tables the add-in made. */
export function recogniseWorkbook(workbook: InputWorkbook, options: Omit<RecogniseOptions, 'definedNames'> = {}): RecognisedForm[] {
  return workbook.sheets.flatMap((sheet) =>
    recogniseSheet(sheet, { ...options, definedNames: workbook.definedNames ?? [] }),
  );
}
