/** Every drafted section of the outline: adding one is its file plus one line here. */
import type { SectionSpec } from '../section';
import { assessmentSection } from './assessment';
import { dossiersSection } from './dossiers';
import { electronicSection } from './electronic';
import { feedbackSection } from './feedback';
import { oneStopSection } from './one-stop';
import { publicationSection } from './publication';
import { reviewSection } from './review';
import { summarySection } from './summary';

export const SECTIONS: readonly SectionSpec[] = [
  assessmentSection,
  publicationSection,
  reviewSection,
  feedbackSection,
  dossiersSection,
  oneStopSection,
  electronicSection,
  summarySection,
];
