/**
 * Finds the forms the add-in inserted (or the .xlsx renderer wrote) in the open workbook, from their marker
 * defined names: two syncs at most (names, then the ranges of the markers), whatever the workbook's size.
 */
import { FORM_CATALOGUE } from '../domain/forms';
import { markerIsFor, parseFormMarkerName, type FormMarker } from '../domain/layout/form-marker';
import { parseOwnershipComment } from './ownership';

export interface OwnForm {
  /** The marker defined name, e.g. «KSTT__II.06a__TT01_2020_2». */
  name: string;
  /** As printed, e.g. «II.06a» or «KSTT-CB». */
  formCode: string;
  /** E.g. «TT01/2020». */
  legalBasis: string;
  sheetName: string;
  /** The cells the form covers, without the sheet, e.g. «A1:K30». */
  address: string;
}

/** The printed code for a marker whose name lost characters («KSTT_CB» -> «KSTT-CB»), when the catalogue knows it. */
function catalogueCode(marker: FormMarker): string {
  for (const forms of Object.values(FORM_CATALOGUE)) {
    const known = forms.find((f) => markerIsFor(marker, f.code));
    if (known) return known.code;
  }
  return marker.formCode;
}

/** Code and basis of a marker: the comment when it is ours (exact), otherwise what the name encodes. */
function identify(name: string, comment: string): { formCode: string; legalBasis: string } | null {
  const marker = parseFormMarkerName(name);
  if (!marker) return null;
  return parseOwnershipComment(comment) ?? { formCode: catalogueCode(marker), legalBasis: marker.legalBasis };
}

/** Inside an existing batch: the add-in's forms in workbook name order. */
export async function readOwnForms(context: Excel.RequestContext): Promise<OwnForm[]> {
  const names = context.workbook.names.load('items/name,items/comment,items/type');
  await context.sync();

  const found = names.items
    // A marker whose sheet was deleted refers to #REF! and is no longer a range: that form is gone.
    .filter((item) => item.type === 'Range')
    .map((item) => ({ item, identity: identify(item.name, item.comment) }))
    .filter((x): x is { item: Excel.NamedItem; identity: { formCode: string; legalBasis: string } } => x.identity !== null)
    .map(({ item, identity }) => {
      const range = item.getRange().load('address');
      const sheet = range.worksheet.load('name');
      return { name: item.name, identity, range, sheet };
    });
  if (found.length === 0) return [];
  await context.sync();

  return found.map(({ name, identity, range, sheet }) => ({
    name,
    ...identity,
    sheetName: sheet.name,
    // The address is «'II.06a (2)'!A1:K30»; the part after the last «!» never contains one.
    address: range.address.slice(range.address.lastIndexOf('!') + 1),
  }));
}

/** The add-in's forms in the open workbook (its own `Excel.run`). */
export function listOwnForms(excel: typeof Excel): Promise<OwnForm[]> {
  return excel.run((context) => readOwnForms(context));
}
