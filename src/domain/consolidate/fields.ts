/**
 * Tolerant lĩnh vực matching across units. The first spelling wins: the level's default list (the
 * catalogue spelling) is registered first, so «LĨNH VỰC HỘ TỊCH» and «Ho tich» land on the row «Hộ tịch».
 * A name matching nothing known becomes its own row and is reported as unmatched, never dropped.
 */
import { fieldFoldedKey, fieldKey } from './text';

export interface FieldRow {
  /** Printed label: the first spelling seen (the catalogue's for known fields). */
  label: string;
  /** True for names outside the level's catalogue list. */
  unmatched: boolean;
}

export class FieldMatcher {
  private readonly byKey = new Map<string, number>();
  private readonly byFolded = new Map<string, number>();
  readonly rows: FieldRow[] = [];

  constructor(known: readonly string[]) {
    for (const label of known) this.register(label, false);
  }

  private register(label: string, unmatched: boolean): number {
    const index = this.rows.length;
    this.rows.push({ label: label.trim().replace(/\s+/g, ' '), unmatched });
    const key = fieldKey(label);
    const folded = fieldFoldedKey(label);
    if (!this.byKey.has(key)) this.byKey.set(key, index);
    if (!this.byFolded.has(folded)) this.byFolded.set(folded, index);
    return index;
  }

  /** The row index a name would get without adding it: -1 for a blank name, null when it would be a new row. */
  peek(name: string): number | null {
    const key = fieldKey(name);
    if (key === '') return -1;
    return this.byKey.get(key) ?? this.byFolded.get(fieldFoldedKey(name)) ?? null;
  }

  /** The row index for a name, adding a new (unmatched) row when nothing matches; null for a blank name. */
  match(name: string): number | null {
    const key = fieldKey(name);
    if (key === '') return null;
    const exact = this.byKey.get(key);
    if (exact !== undefined) return exact;
    const folded = this.byFolded.get(fieldFoldedKey(name));
    if (folded !== undefined) return folded;
    // Printed without the «Lĩnh vực» prefix and list marks, first letter as the unit wrote it.
    const stripped = name
      .trim()
      .replace(/^(?:[-+*•]\s*|\d+[.)]\s+)/u, '')
      .replace(/^lĩnh vực\s*[:\-–]?\s*/iu, '');
    return this.register(stripped.replace(/[\s.,;:!?…]+$/u, ''), true);
  }
}
