/**
 * «Tự kiểm tra»: on request, runs every Office.js operation of the add-in on scratch sheets (src/excel/self-test),
 * shows one row per operation (kết quả, thời gian, số lần đồng bộ), the facts about this Excel, and copies the
 * report as plain text for the IT office. Nothing is sent anywhere.
 */
import {
  Button,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Copy20Regular, Stethoscope20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { SelfTestReport, SelfTestStatus } from '../../excel/self-test/types';
import { addViewMessages, useLanguage, useT, type MessageKey } from '../i18n';
import { selfTestMessages } from '../self-test/messages';
import { excelSelfTestActions, type SelfTestActions } from '../self-test/actions';
import { durationText, factLines, reportText, resultText, stepDuration, summaryText } from '../self-test/report-text';
import { ADDIN_VERSION } from '../self-test/version';
import { fillTemplate } from '../insert/text';
import { VIEW_STYLE_RULES } from '../view-styles';
import { ActionButton, ResultBar, ResultLine, ViewFrame, ViewSection } from '../view-kit/ViewFrame';
import { useAction } from '../view-kit/use-action';

// This view's text joins the pane's dictionaries as its chunk runs (not in the shell's first load).
addViewMessages(selfTestMessages);

const useStyles = makeStyles({
  ...VIEW_STYLE_RULES,
  table: { tableLayout: 'auto', width: '100%', fontSize: tokens.fontSizeBase200 },
  number: { textAlign: 'right', whiteSpace: 'nowrap' },
  pass: { color: tokens.colorPaletteGreenForeground1 },
  fail: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  unsupported: { color: tokens.colorNeutralForeground3 },
  skipped: { color: tokens.colorPaletteMarigoldForeground1 },
  facts: { margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM },
  factValue: { margin: 0, overflowWrap: 'anywhere' },
});

export interface SelfTestViewProps {
  actions?: SelfTestActions;
}

interface Notice {
  intent: 'success' | 'error';
  text: string;
}

export function SelfTestView(props: SelfTestViewProps) {
  const styles = useStyles();
  const t = useT();
  const { language } = useLanguage();
  const actions = props.actions ?? excelSelfTestActions;
  const [report, setReport] = useState<{ data: SelfTestReport; when: Date } | null>(null);
  const action = useAction<'run', Notice>((detail) => ({ intent: 'error', text: detail }));
  const running = action.busy !== null;
  const notice = action.outcome;
  const setNotice = action.setOutcome;

  const run = () =>
    action.run('run', async () => {
      setReport({ data: await actions.run(), when: new Date() });
    });

  const copy = async () => {
    if (!report) return;
    const text = reportText(report.data, t, language, { addinVersion: ADDIN_VERSION, when: report.when });
    try {
      await actions.copy(text);
      setNotice({ intent: 'success', text: t('selftest.copied') });
    } catch {
      setNotice({ intent: 'error', text: t('selftest.copyFailed') });
    }
  };

  const statusClass: Record<SelfTestStatus, string> = {
    pass: styles.pass,
    fail: styles.fail,
    unsupported: styles.unsupported,
    skipped: styles.skipped,
  };
  const failed = report?.data.rows.some((r) => r.status === 'fail') ?? false;
  // The first refusal by Excel, explained in words (the rows keep the codes).
  const refusal = report?.data.rows.find((r) => r.hostError !== null)?.hostError ?? null;

  return (
    <ViewFrame id="selftest" title={t('selftest.title')} intro={t('selftest.intro')} busy={running}>
      <div className={styles.buttons}>
        <ActionButton
          wide
          appearance="primary"
          action={action}
          kind="run"
          icon={<Stethoscope20Regular />}
          onClick={() => void run()}
          data-testid="selftest-run"
          busyLabel={t('selftest.running')}
        >
          {t(report ? 'selftest.rerun' : 'selftest.run')}
        </ActionButton>
        {report && (
          <Button
            className={styles.wide}
            icon={<Copy20Regular />}
            disabled={running}
            onClick={() => void copy()}
            data-testid="selftest-copy"
          >
            {t('selftest.copy')}
          </Button>
        )}
      </div>
      {notice && (
        <ResultBar intent={notice.intent} testId="selftest-notice">
          {notice.text}
        </ResultBar>
      )}
      {report && (
        <>
          <ResultBar intent={failed ? 'warning' : 'success'} testId="selftest-summary">
            {summaryText(report.data, t)}
            {refusal && <ResultLine>{t(`hostError.${refusal}`)}</ResultLine>}
          </ResultBar>
          <Table size="small" className={styles.table} aria-label={t('selftest.title')} data-testid="selftest-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('selftest.col.step')}</TableHeaderCell>
                <TableHeaderCell>{t('selftest.col.result')}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{t('selftest.col.time')}</TableHeaderCell>
                <TableHeaderCell className={styles.number} title={t('selftest.col.syncsHint')}>
                  {t('selftest.col.syncs')}
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {report.data.rows.map((row) => (
                <TableRow key={row.id} data-testid="selftest-row" data-step={row.id} data-status={row.status}>
                  <TableCell>{t(`selftest.step.${row.id}` as MessageKey)}</TableCell>
                  <TableCell className={statusClass[row.status]}>{resultText(row, t)}</TableCell>
                  <TableCell className={styles.number}>{stepDuration(row, language)}</TableCell>
                  <TableCell className={styles.number}>{row.syncs}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Caption1 className={styles.muted}>
            {fillTemplate(t('selftest.total'), { ms: durationText(report.data.totalMs, language) })}
          </Caption1>
          <ViewSection title={t('selftest.facts')}>
            <dl className={styles.facts} data-testid="selftest-facts">
              {factLines(report.data, t).map(([key, value]) => (
                <div key={key} style={{ display: 'contents' }}>
                  <dt>{key}</dt>
                  <dd className={styles.factValue}>{value}</dd>
                </div>
              ))}
            </dl>
          </ViewSection>
        </>
      )}
    </ViewFrame>
  );
}
