/**
 * «Chèn biểu đồ»: tick the charts wanted and draw them from the forms already in the workbook. What could not be
 * drawn (no II.06a yet, an old Excel) is listed in Vietnamese under the result, never dropped silently.
 */
import {
  Button,
  Caption1,
  Checkbox,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DataBarVertical20Regular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import type { ChartKind } from '../../domain/indicators/chart-specs';
import { useT, type MessageKey } from '../i18n';
import { NoExcelError, type ChartsOutcome, type InsertCharts } from './actions';
import { CHART_KINDS } from './chart-choice';
import { explainThrown } from '../host-error';
import { fillTemplate } from './text';

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground3 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  items: { margin: `${tokens.spacingVerticalXXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
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
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const running = useRef(false);

  const toggle = (kind: ChartKind, on: boolean) =>
    setWanted((current) => CHART_KINDS.filter((k) => (k === kind ? on : current.includes(k))));

  const onInsert = async () => {
    if (running.current) return;
    if (wanted.length === 0) {
      setOutcome({ kind: 'none' });
      return;
    }
    running.current = true;
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ kind: 'done', result: await props.insertCharts(wanted, props.year) });
    } catch (thrown) {
      setOutcome({ kind: 'error', detail: thrown instanceof NoExcelError ? t('insert.noExcel') : explainThrown(thrown, t) });
    } finally {
      running.current = false;
      setBusy(false);
    }
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
      <Button
        icon={busy ? <Spinner size="extra-tiny" /> : <DataBarVertical20Regular />}
        disabled={busy || props.disabled}
        onClick={() => void onInsert()}
        data-testid="insert-charts-submit"
      >
        {t(busy ? 'insert.charts.working' : 'insert.charts.action')}
      </Button>
      <div aria-live="polite">{outcome && <ChartsMessage outcome={outcome} />}</div>
    </>
  );
}

function ChartsMessage(props: { outcome: Outcome }) {
  const styles = useStyles();
  const t = useT();
  const { outcome } = props;
  if (outcome.kind === 'none') {
    return (
      <MessageBar intent="warning" data-testid="insert-charts-result">
        <MessageBarBody>{t('insert.charts.none')}</MessageBarBody>
      </MessageBar>
    );
  }
  if (outcome.kind === 'error') {
    return (
      <MessageBar intent="error" layout="multiline" data-testid="insert-charts-result">
        <MessageBarBody>
          <MessageBarTitle>{t('insert.charts.error')}</MessageBarTitle> {outcome.detail}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const { result } = outcome;
  const drew = result.sheetName !== null && result.charts.length > 0;
  return (
    <MessageBar intent={drew ? 'success' : 'warning'} layout="multiline" data-testid="insert-charts-result">
      <MessageBarBody>
        <MessageBarTitle>
          {drew
            ? fillTemplate(t('insert.charts.done'), { count: result.charts.length, sheet: result.sheetName! })
            : t('insert.charts.nothing')}
        </MessageBarTitle>
        {drew && (
          <ul className={styles.items}>
            {result.charts.map((chart) => (
              <li key={chart.kind} data-testid="insert-chart-drawn">
                {chart.title}
              </li>
            ))}
          </ul>
        )}
        {result.skipped.length > 0 && (
          <div data-testid="insert-charts-skipped">
            {t('insert.charts.skipped')}
            <ul className={styles.items}>
              {result.skipped.map((why) => (
                <li key={why}>{why}</li>
              ))}
            </ul>
          </div>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
