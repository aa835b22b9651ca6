/**
 * A comparable picture of everything a user could see or lose in a fake workbook (sheets in order, cells with
 * formats, merges, notes, comments, rules, validations, charts, page setup, defined names). Ids and the selection
 * are left out: «unchanged» means the same content, not the same internal counters or active cell.
 */
import type { FakeWorkbook } from './model';

function sorted<T>(entries: Iterable<[string, T]>): [string, T][] {
  return [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function snapshotWorkbook(workbook: FakeWorkbook): string {
  const sheetName = new Map(workbook.sheets.map((s) => [s.id, s.name]));
  const nameRef = (ref: { sheetId: string; box: unknown } | null) =>
    ref ? { sheet: sheetName.get(ref.sheetId) ?? '#REF!', box: ref.box } : null;
  return JSON.stringify({
    sheets: workbook.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      cells: sorted(s.cells.entries()),
      merges: s.merges,
      freeze: s.freeze,
      columnWidths: sorted([...s.columnWidths.entries()].map(([k, v]) => [String(k), v])),
      rowHeights: sorted([...s.rowHeights.entries()].map(([k, v]) => [String(k), v])),
      conditionalFormats: s.conditionalFormats.map(({ id: _id, ...rest }) => rest),
      dataValidations: s.dataValidations,
      notes: sorted(s.notes.entries()),
      comments: sorted([...s.comments.entries()].map(([k, { id: _id, ...rest }]) => [k, rest])),
      pageLayout: s.pageLayout,
      tabColor: s.tabColor,
      names: s.names.map((n) => ({ ...n, ref: nameRef(n.ref) })),
      charts: s.charts.map(({ id: _id, ...rest }) => ({
        ...rest,
        series: rest.series.map((x) => ({ name: x.name, values: nameRef(x.values), categories: nameRef(x.categories) })),
      })),
    })),
    names: workbook.names.map((n) => ({ ...n, ref: nameRef(n.ref) })),
    customXmlParts: workbook.customXmlParts.map(({ id: _id, ...rest }) => rest),
  });
}
