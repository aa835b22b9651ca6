/** The Phụ lục I outline (ids, numbers, headings) as the «Đề cương» form states it. */
import { FORM_DE_CUONG } from '../forms/de-cuong';
import type { SectionId } from './types';

export interface OutlineEntry {
  id: SectionId;
  number: string;
  heading: string;
  level: 1 | 2;
}

export const OUTLINE: readonly OutlineEntry[] =
  FORM_DE_CUONG.rows.kind === 'fixed'
    ? FORM_DE_CUONG.rows.rows.map((r) => ({
        id: r.id as SectionId,
        number: r.stt,
        heading: r.label,
        level: r.id.includes('.') ? 2 : 1,
      }))
    : [];

/** A level-1 entry with items under it (I, II, III) is a container, not a place to write. */
export function hasChildren(id: SectionId): boolean {
  return OUTLINE.some((e) => e.id.startsWith(`${id}.`));
}
