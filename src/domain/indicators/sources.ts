/**
 * Where an indicator's numerator and denominator live in the workbook's other forms, as data.
 *
 * Only figures a form really holds are linked; everything else stays an input the official fills in (never a
 * guess). Candidates are tried in order: the first form present in the workbook wins.
 *
 * Online share: the denominator is the dossiers received *in the period* — II.06a/II.06b columns (4)+(5), not
 * column (3), which also counts dossiers carried over from the previous period (already counted in that period's
 * rate). This is the same definition as the «Tỷ lệ hồ sơ tiếp nhận trực tuyến» row of KSTT-DT, whose
 * «Tổng số hồ sơ tiếp nhận mới» the checker compares with (4)+(5) (cross-form key «ho-so-tiep-nhan-moi»):
 * two different rates for one indicator in one workbook would be a «same-figure» finding. Switching to
 * column (3) is a one-line change here.
 */
import { ref } from '../layout/a1';
import type { PlanLayoutMap } from '../layout/sheet-plan';

/** A figure in a source form: column ids summed on its TỔNG CỘNG row, or on a fixed row. */
export type FigureRef =
  { at: 'total'; columns: readonly string[] } | { at: 'row'; row: string; columns: readonly string[] };

export interface SourceCandidate {
  /** Form codes this candidate accepts (II.06a and II.06b share their columns). */
  formCodes: readonly string[];
  numerator: FigureRef;
  denominator: FigureRef;
  /** Vietnamese description for the «Nguồn số liệu» cell, e.g. «Biểu II.06a: TỔNG CỘNG cột (4) / (4)+(5)». */
  describe: string;
}

/** Indicator id (targets-data.ts) -> candidates, best first. Indicators absent here are always inputs. */
export const INDICATOR_SOURCES: Readonly<Record<string, readonly SourceCandidate[]>> = {
  onlineDossiers: [
    {
      formCodes: ['II.06a', 'II.06b'],
      numerator: { at: 'total', columns: ['online'] },
      denominator: { at: 'total', columns: ['online', 'direct'] },
      describe: 'TỔNG CỘNG: trực tuyến / (trực tuyến + trực tiếp)',
    },
    {
      formCodes: ['KSTT-DT'],
      numerator: { at: 'row', row: 'online', columns: ['value'] },
      denominator: { at: 'row', row: 'received', columns: ['value'] },
      describe: 'hồ sơ trực tuyến / tiếp nhận mới',
    },
  ],
  onlinePayment: [
    {
      formCodes: ['KSTT-DT'],
      numerator: { at: 'row', row: 'payOnline', columns: ['value'] },
      denominator: { at: 'row', row: 'payTotal', columns: ['value'] },
      describe: 'thanh toán trực tuyến / tổng giao dịch',
    },
  ],
  digitisation: [
    {
      formCodes: ['KSTT-DT'],
      numerator: { at: 'row', row: 'digitDone', columns: ['value'] },
      denominator: { at: 'row', row: 'digitTotal', columns: ['value'] },
      describe: 'đã số hóa / phải số hóa',
    },
  ],
};

/** A form present in the workbook: its sheet and where its parts are (from the layout engine or the reader). */
export interface IndicatorSource {
  formCode: string;
  sheetName: string;
  layout: PlanLayoutMap;
}

/** A resolved link: cross-sheet formulas for the numerator and denominator cells. */
export interface IndicatorLink {
  numeratorFormula: string;
  denominatorFormula: string;
  /** «Biểu II.06a (sheet «II.06a»): …» for the note column. */
  description: string;
}

/** «'II.06a'!D20»: always quoted, quotes doubled — valid for any sheet name in Excel, LibreOffice and exceljs. */
export function sheetRef(sheetName: string, cell: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${cell}`;
}

/** The formula for a figure, or null when the source lacks the row or a column (then nothing is linked). */
function figureFormula(figure: FigureRef, source: IndicatorSource): string | null {
  const row = figure.at === 'total' ? source.layout.totalRow : (source.layout.rows?.[figure.row] ?? null);
  if (row === null || row === undefined) return null;
  const refs: string[] = [];
  for (const id of figure.columns) {
    const col = source.layout.columns[id];
    if (col === undefined) return null;
    refs.push(sheetRef(source.sheetName, ref(row, col)));
  }
  return `=${refs.join('+')}`;
}

function sameCode(a: string, b: string): boolean {
  return a.trim().toUpperCase() === b.trim().toUpperCase();
}

/**
 * The link for one indicator, or null when no source form in the workbook holds its figures. With several
 * sheets of the same form (copies), the first in `sources` is used: callers order them.
 */
export function resolveIndicatorLink(
  indicatorId: string,
  sources: readonly IndicatorSource[],
): IndicatorLink | null {
  for (const candidate of INDICATOR_SOURCES[indicatorId] ?? []) {
    for (const source of sources) {
      if (!candidate.formCodes.some((code) => sameCode(code, source.formCode))) continue;
      const numeratorFormula = figureFormula(candidate.numerator, source);
      const denominatorFormula = figureFormula(candidate.denominator, source);
      if (!numeratorFormula || !denominatorFormula) continue;
      return {
        numeratorFormula,
        denominatorFormula,
        description: `Từ trang «${source.sheetName}» (${source.formCode}): ${candidate.describe}`,
      };
    }
  }
  return null;
}
