/**
 * «Chèn biểu đồ»: tick the charts wanted and draw them from the forms already in the workbook. What could not be
 * drawn (no II.06a yet, an old Excel) is listed in Vietnamese under the result, never dropped silently.
 */
import { Caption1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { DataBarVertical20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ChartKind } from '../../domain/indicators/chart-specs';
import { NoExcelError } from '../host-access';
import { addViewMessages, useT, type MessageKey } from '../i18n';
import { insertChartMessages } from './messages';
import { ActionButton, BulletList, ResultBar } from '../view-kit/ViewFrame';
import { useAction, type Failure } from '../view-kit/use-action';
import type { ChartsOutcome, InsertCharts } from './actions';
import { CHART_KINDS } from './chart-choice';
import { fillTemplate } from './text';

// The charts' text joins the pane's dictionaries as the insert view's chunk runs (not in the shell's first load).
addViewMessages(insertChartMessages);

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground3 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

type Outcome =
  | { kind: 'done'; result: ChartsOutcome }
  | { kind: 'none' }
  | { kind: 'error'; detail: string };

export interface ChartsSectionProps {
  insertCharts: InsertCharts;
  /** The report's year (the indicator sheet's layout is checked against that year's plan). */
  year: number;
  /** Another action of the view is running. */
  disabled: boolean;
}

export function ChartsSection(props: ChartsSectionProps) {
  const styles = useStyles();
  const t = useT();
  const [wanted, setWanted] = useState<ChartKind[]>(['by-field', 'online-share']);
  const action = useAction<'charts', Outcome>(chartsFailed(t('insert.noExcel')));
  const busy = action.busy !== null;

  const toggle = (kind: ChartKind, on: boolean) =>
    setWanted((current) => CHART_KINDS.filter((k) => (k === kind ? on : current.includes(k))));

  const onInsert = () => {
    if (action.isRunning()) return;
    if (wanted.length === 0) action.setOutcome({ kind: 'none' });
    else void action.run('charts', async () => ({ kind: 'done', result: await props.insertCharts(wanted, props.year) }));
  };

  return (
    <>
      <Caption1 className={styles.hint}>{t('insert.charts.intro')}</Caption1>
      <div className={styles.list} data-testid="insert-charts">
        {CHART_KINDS.map((kind) => (
          <Checkbox
            key={kind}
            checked={wanted.includes(kind)}
            disabled={busy || props.disabled}
            onChange={(_event, data) => toggle(kind, data.checked === true)}
            label={t(`insert.charts.${kind}` as MessageKey)}
            data-testid={`insert-chart-${kind}`}
          />
        ))}
      </div>
      <ActionButton
        action={action}
        kind="charts"
        icon={<DataBarVertical20Regular />}
        disabled={props.disabled}
        onClick={onInsert}
        data-testid="insert-charts-submit"
        busyLabel={t('insert.charts.working')}
      >
        {t('insert.charts.action')}
      </ActionButton>
      <div aria-live="polite">{action.outcome && <ChartsMessage outcome={action.outcome} />}</div>
    </>
  );
}

/** Excel missing is said in the pane's words; a refusal, explained. */
function chartsFailed(noExcel: string): Failure<Outcome> {
  return (detail, thrown) => ({ kind: 'error', detail: thrown instanceof NoExcelError ? noExcel : detail });
}

function ChartsMessage(props: { outcome: Outcome }) {
  const t = useT();
  const { outcome } = props;
  if (outcome.kind === 'none')
    return (
      <ResultBar intent="warning" layout="auto" testId="insert-charts-result">
        {t('insert.charts.none')}
      </ResultBar>
    );
  if (outcome.kind === 'error')
    return (
      <ResultBar intent="error" testId="insert-charts-result" title={t('insert.charts.error')}>
        {' '}
        {outcome.detail}
      </ResultBar>
    );
  const { result } = outcome;
  const drew = result.sheetName !== null && result.charts.length > 0;
  return (
    <ResultBar
      intent={drew ? 'success' : 'warning'}
      testId="insert-charts-result"
      title={
        drew
          ? fillTemplate(t('insert.charts.done'), { count: result.charts.length, sheet: result.sheetName! })
          : t('insert.charts.nothing')
      }
    >
      {drew && <BulletList items={result.charts.map((chart) => chart.title)} itemTestId="insert-chart-drawn" />}
      {result.skipped.length > 0 && (
        <div data-testid="insert-charts-skipped">
          {t('insert.charts.skipped')}
          <BulletList items={result.skipped} />
        </div>
      )}
    </ResultBar>
  );
}
