/** The unit behind a workbook: its name from «Đơn vị báo cáo: …» and its level from that name. */
import type { AdminLevel } from '../forms/spec';
import { foldedKey } from './text';

/** Moved to the reader's title-block code (src/domain/read/meta.ts); kept here for existing imports. */
export { findReportingUnit } from '../read/meta';

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
