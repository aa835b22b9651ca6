/** The unit behind a workbook: its name from «Đơn vị báo cáo: …» and its level from that name. */
import type { AdminLevel } from '../forms/spec';
import type { InputSheet } from '../read/types';
import { foldedKey, isBlankPlaceholder } from './text';

const REPORTING_UNIT = /^đơn vị báo cáo\s*:?\s*/iu;

/** The reporting unit printed in the first rows of any sheet, or null when none (or only «……») is found. */
export function findReportingUnit(sheets: readonly InputSheet[], scanRows = 12): string | null {
  for (const sheet of sheets) {
    const texts = sheet.cells
      .filter((c) => c.row < scanRows && typeof c.value === 'string')
      .sort((a, b) => a.row - b.row || a.col - b.col);
    for (let i = 0; i < texts.length; i++) {
      const text = String(texts[i].value).normalize('NFC').trim();
      if (!REPORTING_UNIT.test(text)) continue;
      let name = text.replace(REPORTING_UNIT, '').trim();
      // «Đơn vị báo cáo:» alone in its cell, the name in the next cell of the same row.
      const next = texts[i + 1];
      if (name === '' && next && next.row === texts[i].row) name = String(next.value).trim();
      if (!isBlankPlaceholder(name)) return name.replace(/\s+/g, ' ');
    }
  }
  return null;
}

/** The level a unit name implies, or null: «UBND phường …» → xã, «UBND huyện …» → huyện, «Sở …» → tỉnh. */
export function levelFromUnitName(name: string): AdminLevel | null {
  const s = foldedKey(name).replace(/^(?:uy ban nhan dan|ubnd)\s+/u, '');
  if (/^(?:xa|phuong|thi tran|dac khu)\b/u.test(s)) return 'xa';
  if (/^(?:huyen|quan|thi xa)\b/u.test(s)) return 'huyen';
  if (/^thanh pho\b/u.test(s)) return /truc thuoc trung uong/u.test(s) ? 'tinh' : 'huyen';
  if (/^tinh\b/u.test(s) || /^(?:so|ban quan ly|van phong ubnd tinh|thanh tra tinh)\b/u.test(s))
    return 'tinh';
  if (/^(?:phong|van phong hdnd va ubnd (?:huyen|quan|thi xa|thanh pho))\b/u.test(s)) return 'huyen';
  if (/^bo phan (?:mot cua|tiep nhan)/u.test(s)) return null;
  return null;
}
