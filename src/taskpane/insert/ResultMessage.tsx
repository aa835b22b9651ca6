/** What the last «Chèn vào sổ tính», «Tải biểu mẫu» or «Ghi kết quả vào sổ tính» did, in one MessageBar. */
import { useT } from '../i18n';
import { BulletList, ResultBar, ResultLine } from '../view-kit/ViewFrame';
import type { Failure } from '../view-kit/use-action';
import { NoExcelError } from '../host-access';
import type { InsertOutcome } from './actions';
import { fillTemplate } from './text';

export type ActionOutcome =
  | { kind: 'invalid'; errors: string[] }
  | { kind: 'inserted'; result: InsertOutcome }
  | { kind: 'excel-error'; detail: string }
  | { kind: 'no-excel' }
  | { kind: 'downloaded'; fileName: string }
  | { kind: 'download-error'; detail: string };

/** A write into the workbook that failed: Excel missing, or Excel's refusal explained. */
export const writeFailed: Failure<ActionOutcome> = (detail, thrown) =>
  thrown instanceof NoExcelError ? { kind: 'no-excel' } : { kind: 'excel-error', detail };

export function ResultMessage(props: { outcome: ActionOutcome }) {
  const t = useT();
  const { outcome } = props;
  switch (outcome.kind) {
    case 'invalid':
      return (
        <ResultBar intent="error" testId="insert-errors" title={t('insert.errors.title')}>
          <BulletList items={outcome.errors} />
        </ResultBar>
      );
    case 'inserted':
      return (
        <ResultBar
          intent="success"
          testId="insert-success"
          title={fillTemplate(t('insert.success.title'), { count: outcome.result.sheets.length })}
        >
          <BulletList
            items={outcome.result.sheets.map((sheet) => `«${sheet.sheetName}»`)}
            itemTestId="insert-created-sheet"
          />
          {outcome.result.skipped.length > 0 && (
            <ResultLine testId="insert-skipped">
              {t('insert.success.skipped')} {outcome.result.skipped.join('; ')}.
            </ResultLine>
          )}
        </ResultBar>
      );
    case 'excel-error':
      return (
        <ResultBar intent="error" testId="insert-excel-error" title={t('insert.excelError.title')}>
          <ResultLine>
            {t('insert.excelError.body')} {outcome.detail}
          </ResultLine>
        </ResultBar>
      );
    case 'no-excel':
      return (
        <ResultBar intent="error" testId="insert-excel-error">
          {t('insert.noExcel')}
        </ResultBar>
      );
    case 'downloaded':
      return (
        <ResultBar intent="success" testId="insert-downloaded">
          {fillTemplate(t('insert.download.done'), { file: outcome.fileName })}
        </ResultBar>
      );
    case 'download-error':
      return (
        <ResultBar intent="error" testId="insert-download-error">
          {t('insert.download.error')} <ResultLine>{outcome.detail}</ResultLine>
        </ResultBar>
      );
  }
}
