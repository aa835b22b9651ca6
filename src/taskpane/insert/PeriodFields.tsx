/**
 * Period kind, year and index; «Từ ngày» / «Đến ngày» follow them (proposed cut-off dates) and stay editable.
 * The period is checked as the user types: impossible dates are errors, deviations from the proposed cut-off dates
 * are infos that do not block anything (real reports deviate on purpose).
 */
import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { PERIOD_KINDS, periodsPerYear, toRoman, type PeriodKind, type PeriodValidation } from '../../domain/period';
import { useT, type MessageKey, type Translate } from '../i18n';
import { BulletList } from '../view-kit/ViewFrame';
import { DateRangeFields, InputField } from '../view-kit/fields';
import { fillTemplate } from './text';

const useStyles = makeStyles({
  rowThree: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 5em minmax(0, 1.3fr)',
    columnGap: tokens.spacingHorizontalS,
  },
  messages: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0 },
});

export interface PeriodFieldsProps {
  kind: PeriodKind;
  yearText: string;
  index: number;
  from: string;
  to: string;
  validation: PeriodValidation;
  disabled: boolean;
  onPeriod: (change: { kind?: PeriodKind; yearText?: string; index?: number }) => void;
  onDates: (dates: { from?: string; to?: string }) => void;
}

export function indexLabel(t: Translate, kind: PeriodKind, index: number): string {
  switch (kind) {
    case 'month':
      return fillTemplate(t('insert.index.month'), { n: index });
    case 'quarter':
      return fillTemplate(t('insert.index.quarter'), { n: index, roman: toRoman(index) });
    case 'half':
      return t(index === 1 ? 'insert.index.half1' : 'insert.index.half2');
    default:
      return '';
  }
}

export function PeriodFields(props: PeriodFieldsProps) {
  const styles = useStyles();
  const t = useT();
  const indexCount = periodsPerYear(props.kind);
  const { errors, infos } = props.validation;
  const notes = (intent: 'error' | 'info', items: readonly string[], testId: string) =>
    items.length > 0 && (
      <MessageBar intent={intent} layout="multiline" data-testid={testId}>
        <MessageBarBody>
          <BulletList items={items} className={styles.list} />
        </MessageBarBody>
      </MessageBar>
    );
  return (
    <>
      <div className={styles.rowThree}>
        <InputField
          label={t('insert.periodKind')}
          value={props.kind}
          options={PERIOD_KINDS.map((kind) => ({ value: kind, label: t(`insert.periodKind.${kind}` as MessageKey) }))}
          disabled={props.disabled}
          onChange={(value) => props.onPeriod({ kind: value as PeriodKind })}
          testId="insert-period-kind"
          fill
        />
        <InputField
          label={t('insert.year')}
          inputMode="numeric"
          value={props.yearText}
          disabled={props.disabled}
          onChange={(value) => props.onPeriod({ yearText: value })}
          testId="insert-period-year"
          fill
        />
        {indexCount > 1 && (
          <InputField
            label={t('insert.index')}
            value={String(props.index)}
            options={Array.from({ length: indexCount }, (_, i) => ({
              value: i + 1,
              label: indexLabel(t, props.kind, i + 1),
            }))}
            disabled={props.disabled}
            onChange={(value) => props.onPeriod({ index: Number(value) })}
            testId="insert-period-index"
            fill
          />
        )}
      </div>
      <DateRangeFields
        labels={{ from: t('insert.from'), to: t('insert.to') }}
        value={{ from: props.from, to: props.to }}
        onChange={props.onDates}
        testIds={{ from: 'insert-from', to: 'insert-to' }}
        disabled={props.disabled}
      />
      <div className={styles.messages} aria-live="polite">
        {notes('error', errors, 'insert-period-errors')}
        {notes('info', infos, 'insert-period-infos')}
      </div>
    </>
  );
}
