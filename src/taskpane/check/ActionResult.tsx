/** What the last «Đánh dấu trên bảng» / «Bỏ đánh dấu» did, or why Excel refused. */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { HighlightResult, RemoveResult } from '../../excel/highlight';
import { useT } from '../i18n';
import { fillTemplate } from '../insert/text';

export type CheckOutcome =
  | { kind: 'highlighted'; result: HighlightResult }
  | { kind: 'unhighlighted'; result: RemoveResult }
  | { kind: 'error'; detail: string };

const useStyles = makeStyles({
  line: { display: 'block', marginTop: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
});

/** «Sheet!C9» → «C9» when all cells are on one sheet (the usual case); keeps the list short in a narrow pane. */
export function cellList(ids: readonly string[]): string {
  const sheetOf = (id: string) => id.slice(0, id.lastIndexOf('!'));
  const oneSheet = ids.every((id) => sheetOf(id) === sheetOf(ids[0]));
  return ids.map((id) => (oneSheet ? id.slice(id.lastIndexOf('!') + 1) : id)).join(', ');
}

export function ActionResult(props: { outcome: CheckOutcome }) {
  const styles = useStyles();
  const t = useT();
  const { outcome } = props;
  if (outcome.kind === 'error')
    return (
      <MessageBar intent="error" layout="multiline" data-testid="check-error">
        <MessageBarBody>
          <MessageBarTitle>{t('check.error.title')}</MessageBarTitle>
          <span className={styles.line}>
            {t('check.error.body')} {outcome.detail}
          </span>
        </MessageBarBody>
      </MessageBar>
    );
  if (outcome.kind === 'highlighted') {
    const { result } = outcome;
    const how =
      result.annotation === 'note'
        ? 'check.highlight.note'
        : result.annotation === 'comment'
          ? 'check.highlight.comment'
          : 'check.highlight.fillOnly';
    return (
      <MessageBar
        intent="success"
        layout="multiline"
        data-testid="check-action-result"
        data-kind="highlighted"
      >
        <MessageBarBody>
          {fillTemplate(t('check.highlight.done'), { count: result.marked })} {t(how)}
          {result.keptUserNotes.length > 0 && (
            <span className={styles.line} data-testid="check-kept-notes">
              {fillTemplate(t('check.highlight.keptNotes'), { cells: cellList(result.keptUserNotes) })}
            </span>
          )}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const { result } = outcome;
  return (
    <MessageBar
      intent={result.hadRecord ? 'success' : 'info'}
      layout="multiline"
      data-testid="check-action-result"
      data-kind="unhighlighted"
    >
      <MessageBarBody>
        {result.hadRecord
          ? fillTemplate(t('check.unhighlight.done'), { count: result.restored, notes: result.notesRemoved })
          : t('check.unhighlight.none')}
        {result.keptUserChanges.length > 0 && (
          <span className={styles.line}>
            {fillTemplate(t('check.unhighlight.kept'), { cells: cellList(result.keptUserChanges) })}
          </span>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
