/**
 * The form catalogue. Adding a form: one new file in this folder, one line in FORMS_TT01_2020.
 * Forms under Thông tư 05/2025/TT-VPCP reuse the 01/2020 layouts until its appendix is read (see basis.ts).
 */
import { LEGAL_BASES } from './basis';
import { FORM_CHI_TIEU } from './chi-tieu';
import { FORM_CONG_BO } from './cong-bo';
import { FORM_DANH_GIA_TAC_DONG } from './danh-gia-tac-dong';
import { FORM_DE_CUONG } from './de-cuong';
import { FORM_DIEN_TU } from './dien-tu';
import { FORM_II_05A } from './ii-05a';
import { FORM_II_06A } from './ii-06a';
import { FORM_II_06B } from './ii-06b';
import { FORM_II_07B } from './ii-07b';
import { FORM_PHU_LUC_DON_VI } from './phu-luc-don-vi';
import { FORM_RA_SOAT } from './ra-soat';
import type { FormSpec, LegalBasis } from './spec';

const FORMS_TT01_2020: readonly FormSpec[] = [
  FORM_II_05A,
  FORM_II_06A,
  FORM_II_06B,
  FORM_II_07B,
  FORM_DANH_GIA_TAC_DONG,
  FORM_CONG_BO,
  FORM_RA_SOAT,
  FORM_DIEN_TU,
  FORM_CHI_TIEU,
  FORM_DE_CUONG,
  FORM_PHU_LUC_DON_VI,
];

/** A 2020 form restated under a basis whose layouts are assumed, never confirmed. */
function underAssumedBasis(spec: FormSpec, basis: LegalBasis): FormSpec {
  const layouts = LEGAL_BASES[basis].layouts;
  if (layouts.kind === 'own') return { ...spec, legalBasis: basis };
  return {
    ...spec,
    legalBasis: basis,
    status: {
      layout: 'inferred',
      source: `${spec.status.source} — theo mẫu của ${layouts.from}`,
      notes: [layouts.reason, spec.status.notes].filter(Boolean).join(' '),
    },
  };
}

/** Every form, by legal basis. */
export const FORM_CATALOGUE: Readonly<Record<LegalBasis, readonly FormSpec[]>> = {
  'TT01/2020': FORMS_TT01_2020,
  'TT05/2025': FORMS_TT01_2020.map((f) => underAssumedBasis(f, 'TT05/2025')),
};

/** The form with this code under this basis (default TT01/2020), or undefined. Codes compare case-insensitively. */
export function getForm(code: string, basis: LegalBasis = 'TT01/2020'): FormSpec | undefined {
  const wanted = code.trim().toUpperCase();
  return FORM_CATALOGUE[basis].find((f) => f.code.toUpperCase() === wanted);
}

export { defaultLegalBasis, LEGAL_BASES } from './basis';
export type { LegalBasisDescriptor } from './basis';
export { chiTieuPrefill } from './chi-tieu';
export * from './spec';
