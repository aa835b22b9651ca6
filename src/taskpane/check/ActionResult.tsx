/** What the last «Đánh dấu trên bảng» / «Bỏ đánh dấu» did, or why Excel refused. */
import type { HighlightResult, RemoveResult } from '../../excel/highlight';
import { useT } from '../i18n';
import { fillTemplate } from '../insert/text';
import { ResultBar, ResultLine } from '../view-kit/ViewFrame';

export type CheckOutcome =
  | { kind: 'highlighted'; result: HighlightResult }
  | { kind: 'unhighlighted'; result: RemoveResult }
  | { kind: 'error'; detail: string };

/** «Sheet!C9» → «C9» when all cells are on one sheet (the usual case); keeps the list short in a narrow pane. */
export function cellList(ids: readonly string[]): string {
  const sheetOf = (id: string) => id.slice(0, id.lastIndexOf('!'));
  const oneSheet = ids.every((id) => sheetOf(id) === sheetOf(ids[0]));
  return ids.map((id) => (oneSheet ? id.slice(id.lastIndexOf('!') + 1) : id)).join(', ');
}

const ANNOTATION_KEY = {
  note: 'check.highlight.note',
  comment: 'check.highlight.comment',
  none: 'check.highlight.fillOnly',
} as const;

export function ActionResult(props: { outcome: CheckOutcome }) {
  const t = useT();
  const { outcome } = props;
  if (outcome.kind === 'error')
    return (
      <ResultBar intent="error" testId="check-error" title={t('check.error.title')}>
        <ResultLine>
          {t('check.error.body')} {outcome.detail}
        </ResultLine>
      </ResultBar>
    );
  if (outcome.kind === 'highlighted') {
    const { result } = outcome;
    return (
      <ResultBar intent="success" testId="check-action-result" kind="highlighted">
        {fillTemplate(t('check.highlight.done'), { count: result.marked })} {t(ANNOTATION_KEY[result.annotation])}
        {result.keptUserNotes.length > 0 && (
          <ResultLine testId="check-kept-notes">
            {fillTemplate(t('check.highlight.keptNotes'), { cells: cellList(result.keptUserNotes) })}
          </ResultLine>
        )}
      </ResultBar>
    );
  }
  const { result } = outcome;
  return (
    <ResultBar intent={result.hadRecord ? 'success' : 'info'} testId="check-action-result" kind="unhighlighted">
      {result.hadRecord
        ? fillTemplate(t('check.unhighlight.done'), { count: result.restored, notes: result.notesRemoved })
        : t('check.unhighlight.none')}
      {result.keptUserChanges.length > 0 && (
        <ResultLine>{fillTemplate(t('check.unhighlight.kept'), { cells: cellList(result.keptUserChanges) })}</ResultLine>
      )}
    </ResultBar>
  );
}
