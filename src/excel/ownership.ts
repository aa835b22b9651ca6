/**
 * How a form the add-in inserted is recognised later, without clearing the user's undo history (custom XML
 * parts and `settings.saveAsync` would): the plan's form-marker defined name (src/domain/layout/form-marker.ts)
 * covers the whole form, and its comment spells the form code and legal basis exactly — the name can only
 * approximate them («KSTT-CB» is stored as «KSTT_CB», «TT01/2020» as «TT01_2020»).
 */

const COMMENT_PREFIX = 'kstt:';

/** `kstt:<code>:<legalBasis>`, e.g. `kstt:II.06a:TT01/2020`. */
export function ownershipComment(formCode: string, legalBasis: string): string {
  return `${COMMENT_PREFIX}${formCode}:${legalBasis}`;
}

/** Reads an ownership comment back; null when the text is not one. The basis never holds «:», the code may. */
export function parseOwnershipComment(comment: string | null | undefined): { formCode: string; legalBasis: string } | null {
  const match = /^kstt:(.+):([^:]+)$/.exec((comment ?? '').trim());
  return match ? { formCode: match[1], legalBasis: match[2] } : null;
}
