/**
 * The README's compatibility matrix is the generated text of src/excel/api-features.ts, and that table agrees with
 * the requirement sets of the API members the code calls (the fake's MEMBER_VERSIONS, themselves checked against
 * shared/reference/excel-api-requirement-sets.txt).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { API_FEATURES, compatMatrixMarkdown, featuresBySet } from '../../src/excel/api-features';
import { COMPAT_END, COMPAT_START, withCompatMatrix } from '../../scripts/compat-matrix';
import { MEMBER_VERSIONS } from '../fake-excel';
import { MERGE_UNDO_GROUP_VERSION } from '../fake-excel/api-versions';

test('README.md holds exactly the generated matrix (run `npm run compat` after changing api-features.ts)', () => {
  const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
  expect(readme).toContain(COMPAT_START);
  expect(readme).toContain(COMPAT_END);
  expect(withCompatMatrix(readme)).toBe(readme);
  expect(readme).toContain(compatMatrixMarkdown());
});

test('one row per feature, ordered by requirement set', () => {
  const rows = compatMatrixMarkdown().split('\n').slice(2);
  expect(rows).toHaveLength(Object.keys(API_FEATURES).length);
  expect(featuresBySet().map(([, f]) => f.set)).toEqual(['1.7', '1.8', '1.8', '1.9', '1.10', '1.13', '1.18', '1.20']);
});

test('each feature’s set is the set of the API member the code calls for it', () => {
  expect(API_FEATURES.seriesEdit.set).toBe(MEMBER_VERSIONS['ChartSeriesCollection.add']);
  expect(API_FEATURES.axisNumberFormat.set).toBe(MEMBER_VERSIONS['ChartAxis.numberFormat']);
  expect(API_FEATURES.pageLayout.set).toBe(MEMBER_VERSIONS['Worksheet.pageLayout']);
  expect(API_FEATURES.comments.set).toBe(MEMBER_VERSIONS['CommentCollection.add']);
  expect(API_FEATURES.mergedAreas.set).toBe(MEMBER_VERSIONS['Range.getMergedAreasOrNullObject']);
  expect(API_FEATURES.notes.set).toBe(MEMBER_VERSIONS['NoteCollection.add']);
  expect(API_FEATURES.undoGroup.set).toBe(MERGE_UNDO_GROUP_VERSION);
  // The floor covers the newest member every feature needs unconditionally (data validation).
  expect(API_FEATURES.floor.set).toBe(MEMBER_VERSIONS['DataValidation.rule']);
});
