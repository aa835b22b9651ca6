/** What the last «Chèn vào sổ tính» or «Tải biểu mẫu» did, in one MessageBar. */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../i18n';
import type { InsertOutcome } from './actions';
import { fillTemplate } from './text';

export type ActionOutcome =
  | { kind: 'invalid'; errors: string[] }
  | { kind: 'inserted'; result: InsertOutcome }
  | { kind: 'excel-error'; detail: string }
  | { kind: 'no-excel' }
  | { kind: 'downloaded'; fileName: string }
  | { kind: 'download-error'; detail: string };

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  detail: { display: 'block', marginTop: tokens.spacingVerticalXXS, wordBreak: 'break-word' },
});

/** An Office.js error's message with its code (OfficeExtension.Error has one), or a thrown value as text. */
export function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) {
    const code = (thrown as { code?: unknown }).code;
    return typeof code === 'string' && code !== '' && !thrown.message.includes(code)
      ? `${thrown.message} (${code})`
      : thrown.message;
  }
  return String(thrown);
}

export function ResultMessage(props: { outcome: ActionOutcome }) {
  const styles = useStyles();
  const t = useT();
  const { outcome } = props;
  switch (outcome.kind) {
    case 'invalid':
      return (
        <MessageBar intent="error" layout="multiline" data-testid="insert-errors">
          <MessageBarBody>
            <MessageBarTitle>{t('insert.errors.title')}</MessageBarTitle>
            <ul className={styles.list}>
              {outcome.errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      );
    case 'inserted':
      return (
        <MessageBar intent="success" layout="multiline" data-testid="insert-success">
          <MessageBarBody>
            <MessageBarTitle>
              {fillTemplate(t('insert.success.title'), { count: outcome.result.sheets.length })}
            </MessageBarTitle>
            <ul className={styles.list}>
              {outcome.result.sheets.map((sheet) => (
                <li key={sheet.sheetName} data-testid="insert-created-sheet">
                  «{sheet.sheetName}»
                </li>
              ))}
            </ul>
            {outcome.result.skipped.length > 0 && (
              <span className={styles.detail} data-testid="insert-skipped">
                {t('insert.success.skipped')} {outcome.result.skipped.join('; ')}.
              </span>
            )}
          </MessageBarBody>
        </MessageBar>
      );
    case 'excel-error':
      return (
        <MessageBar intent="error" layout="multiline" data-testid="insert-excel-error">
          <MessageBarBody>
            <MessageBarTitle>{t('insert.excelError.title')}</MessageBarTitle>
            <span className={styles.detail}>
              {t('insert.excelError.body')} {outcome.detail}
            </span>
          </MessageBarBody>
        </MessageBar>
      );
    case 'no-excel':
      return (
        <MessageBar intent="error" layout="multiline" data-testid="insert-excel-error">
          <MessageBarBody>{t('insert.noExcel')}</MessageBarBody>
        </MessageBar>
      );
    case 'downloaded':
      return (
        <MessageBar intent="success" layout="multiline" data-testid="insert-downloaded">
          <MessageBarBody>{fillTemplate(t('insert.download.done'), { file: outcome.fileName })}</MessageBarBody>
        </MessageBar>
      );
    case 'download-error':
      return (
        <MessageBar intent="error" layout="multiline" data-testid="insert-download-error">
          <MessageBarBody>
            {t('insert.download.error')} <span className={styles.detail}>{outcome.detail}</span>
          </MessageBarBody>
        </MessageBar>
      );
  }
}
