/**
 * Legal bases of the form set. Thông tư 05/2025/TT-VPCP (signed 31/12/2025, in force 15/02/2026) very
 * likely replaces Thông tư 01/2020/TT-VPCP, but its appendix has not been read: its layouts are ASSUMED
 * to be those of 01/2020 until it is, and forms built under it say so in their status.
 */
import type { LegalBasis } from './spec';

const TT05_IN_FORCE = '2026-02-15';

export interface LegalBasisDescriptor {
  id: LegalBasis;
  /** As printed under the form code. */
  printedReference: string;
  /** ISO date the instrument takes effect, where known. */
  inForce?: string;
  /** 'own': layouts read from this instrument's appendix; 'assumed': copied from another basis. */
  layouts: { kind: 'own' } | { kind: 'assumed'; from: LegalBasis; reason: string };
}

export const LEGAL_BASES: Readonly<Record<LegalBasis, LegalBasisDescriptor>> = {
  'TT01/2020': {
    id: 'TT01/2020',
    // Date from the by-level export of a provincial one-stop system (docs/sources/forms-research.md §D.2).
    printedReference: 'Ban hành theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020',
    layouts: { kind: 'own' },
  },
  'TT05/2025': {
    id: 'TT05/2025',
    printedReference: 'Ban hành theo Thông tư số 05/2025/TT-VPCP',
    inForce: TT05_IN_FORCE,
    layouts: {
      kind: 'assumed',
      from: 'TT01/2020',
      // Only its header and preamble were read (docs/sources/forms-research.md §B): drafted at the proposal of
      // Cục Kiểm soát thủ tục hành chính; articles, repeal of 01/2020 and appendix unseen.
      reason:
        'Chưa đọc được phụ lục của Thông tư 05/2025/TT-VPCP; tạm dùng mẫu biểu của Thông tư 01/2020/TT-VPCP ' +
        '(báo cáo quý I/2026 của một phường vẫn dẫn Biểu số II.05a, II.06b, II.07b).',
    },
  },
};

/** The basis a period most likely falls under: 05/2025 for periods ending on or after 15/02/2026. */
export function defaultLegalBasis(periodEndIsoDate: string): LegalBasis {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(periodEndIsoDate)) {
    throw new Error(`Ngày kết thúc kỳ không hợp lệ (cần yyyy-mm-dd): ${periodEndIsoDate}`);
  }
  return periodEndIsoDate >= TT05_IN_FORCE ? 'TT05/2025' : 'TT01/2020';
}
