/** Last period's report as the carry-forward reads it: paragraphs of text with the little formatting that matters. */
import type { SectionId } from '../types';

export interface SourceParagraph {
  text: string;
  /** Every visible character is bold (a heading typed as bold only). */
  bold?: boolean;
  /** Outline level from a Heading style or <w:outlineLvl> (1 = top), null when none. */
  headingLevel?: number | null;
  /** Word numbers it (w:numPr): its «1.» or «II.» is not in the text. */
  autoNumbered?: boolean;
}

/** A paragraph of last period's report, filed under an outline section. */
export interface CarriedBlock {
  paragraph: SourceParagraph;
  /** A heading below the outline's level («6.1.», «a)») or one the outline does not have. */
  subheading: boolean;
}

export interface SplitReport {
  /** Quốc hiệu, số, ngày, title, «Kính gửi»: read for the period and date, not carried. */
  header: SourceParagraph[];
  /** Text between the title block and the first section («Thực hiện Công văn số …»). */
  preamble: SourceParagraph[];
  sections: Map<SectionId, CarriedBlock[]>;
  /** Each outline heading found: the section and the heading as the report wrote it. */
  headings: { id: SectionId; text: string }[];
  /** «… trân trọng báo cáo./.», «Nơi nhận», signature: replaced by this period's. */
  closing: SourceParagraph[];
}
