/**
 * Period kind, year and index; «Từ ngày» / «Đến ngày» follow them (proposed cut-off dates) and stay editable.
 * The period is checked as the user types: impossible dates are errors, deviations from the proposed cut-off dates
 * are infos that do not block anything (real reports deviate on purpose).
 */
import { Field, Input, MessageBar, MessageBarBody, Select, makeStyles, tokens } from '@fluentui/react-components';
import { PERIOD_KINDS, periodsPerYear, toRoman, type PeriodKind, type PeriodValidation } from '../../domain/period';
import { useT, type MessageKey, type Translate } from '../i18n';
import { fillTemplate } from './text';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
  },
  // Fluent inputs and selects have a minimum width; in the grid rows they must shrink to the cell.
  fill: { minWidth: 0, width: '100%' },
  rowThree: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 5em minmax(0, 1.3fr)',
    columnGap: tokens.spacingHorizontalS,
  },
  messages: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
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
  return (
    <>
      <div className={styles.rowThree}>
        <Field label={t('insert.periodKind')} size="small">
          <Select
            size="small"
            value={props.kind}
            disabled={props.disabled}
            onChange={(_event, data) => props.onPeriod({ kind: data.value as PeriodKind })}
            data-testid="insert-period-kind"
            className={styles.fill}
          >
            {PERIOD_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`insert.periodKind.${kind}` as MessageKey)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('insert.year')} size="small">
          <Input
            size="small"
            inputMode="numeric"
            value={props.yearText}
            disabled={props.disabled}
            onChange={(_event, data) => props.onPeriod({ yearText: data.value })}
            data-testid="insert-period-year"
            className={styles.fill}
          />
        </Field>
        {indexCount > 1 && (
          <Field label={t('insert.index')} size="small">
            <Select
              size="small"
              value={String(props.index)}
              disabled={props.disabled}
              onChange={(_event, data) => props.onPeriod({ index: Number(data.value) })}
              data-testid="insert-period-index"
            className={styles.fill}
            >
              {Array.from({ length: indexCount }, (_, i) => i + 1).map((index) => (
                <option key={index} value={index}>
                  {indexLabel(t, props.kind, index)}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      <div className={styles.row}>
        <Field label={t('insert.from')} size="small">
          <Input
            size="small"
            value={props.from}
            placeholder="dd/mm/yyyy"
            disabled={props.disabled}
            onChange={(_event, data) => props.onDates({ from: data.value })}
            data-testid="insert-from"
            className={styles.fill}
          />
        </Field>
        <Field label={t('insert.to')} size="small">
          <Input
            size="small"
            value={props.to}
            placeholder="dd/mm/yyyy"
            disabled={props.disabled}
            onChange={(_event, data) => props.onDates({ to: data.value })}
            data-testid="insert-to"
            className={styles.fill}
          />
        </Field>
      </div>
      <div className={styles.messages} aria-live="polite">
        {errors.length > 0 && (
          <MessageBar intent="error" layout="multiline" data-testid="insert-period-errors">
            <MessageBarBody>
              <ul className={styles.list}>
                {errors.map((error) => (
                  <li key={error}>{error}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        {infos.length > 0 && (
          <MessageBar intent="info" layout="multiline" data-testid="insert-period-infos">
            <MessageBarBody>
              <ul className={styles.list}>
                {infos.map((info) => (
                  <li key={info}>{info}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </>
  );
}
