/**
 * «Tự kiểm tra»: on request, runs every Office.js operation of the add-in on scratch sheets (src/excel/self-test),
 * shows one row per operation (kết quả, thời gian, số lần đồng bộ), the facts about this Excel, and copies the
 * report as plain text for the IT office. Nothing is sent anywhere.
 */
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
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
import { useRef, useState } from 'react';
import type { SelfTestReport, SelfTestStatus } from '../../excel/self-test/types';
import { explainThrown } from '../host-error';
import { useLanguage, useT, type MessageKey } from '../i18n';
import { excelSelfTestActions, type SelfTestActions } from '../self-test/actions';
import { durationText, factLines, reportText, resultText, stepDuration, summaryText } from '../self-test/report-text';
import { ADDIN_VERSION } from '../self-test/version';
import { fillTemplate } from '../insert/text';
import { VIEW_STYLE_RULES } from '../view-styles';

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

type Notice = { intent: 'success' | 'error'; text: string } | null;

export function SelfTestView(props: SelfTestViewProps) {
  const styles = useStyles();
  const t = useT();
  const { language } = useLanguage();
  const actions = props.actions ?? excelSelfTestActions;
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<{ data: SelfTestReport; when: Date } | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const busy = useRef(false);

  const run = async () => {
    if (busy.current) return;
    busy.current = true;
    setRunning(true);
    setNotice(null);
    try {
      setReport({ data: await actions.run(), when: new Date() });
    } catch (thrown) {
      setNotice({ intent: 'error', text: explainThrown(thrown, t) });
    } finally {
      busy.current = false;
      setRunning(false);
    }
  };

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
    <section className={styles.root} data-testid="view-selftest" aria-labelledby="selftest-title" aria-busy={running}>
      <Subtitle2 as="h2" id="selftest-title" className={styles.title}>
        {t('selftest.title')}
      </Subtitle2>
      <Body1 className={styles.intro}>{t('selftest.intro')}</Body1>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          className={styles.wide}
          icon={running ? <Spinner size="tiny" /> : <Stethoscope20Regular />}
          disabled={running}
          onClick={() => void run()}
          data-testid="selftest-run"
        >
          {running ? t('selftest.running') : t(report ? 'selftest.rerun' : 'selftest.run')}
        </Button>
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
        <MessageBar intent={notice.intent} layout="multiline" data-testid="selftest-notice">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {report && (
        <>
          <MessageBar intent={failed ? 'warning' : 'success'} layout="multiline" data-testid="selftest-summary">
            <MessageBarBody>
              {summaryText(report.data, t)}
              {refusal && <span className={styles.line}>{t(`hostError.${refusal}`)}</span>}
            </MessageBarBody>
          </MessageBar>
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
          <div className={styles.section}>
            <Subtitle2 as="h3" className={styles.sectionTitle}>
              {t('selftest.facts')}
            </Subtitle2>
            <dl className={styles.facts} data-testid="selftest-facts">
              {factLines(report.data, t).map(([key, value]) => (
                <div key={key} style={{ display: 'contents' }}>
                  <dt>{key}</dt>
                  <dd className={styles.factValue}>{value}</dd>
                </div>
              ))}
            </dl>
          </div>
        </>
      )}
    </section>
  );
}
