/**
 * «Tổng hợp»: the official picks (or drops) the units' .xlsx files; each is read in turn with a progress bar and
 * a «Hủy» button that stops between files; every file gets a status row; the aggregate's unit and period are
 * filled in (period: the one most units reported) and «Ghi kết quả vào sổ tính» writes II.06b, the appendix and
 * the status sheet as new worksheets through the same adapter as «Chèn biểu mẫu» (two syncs, never overwriting).
 *
 * The parser (exceljs, recogniser, checker) is a separate chunk loaded on the first pick. It runs on the pane's
 * thread, one file at a time with a yield to the browser between files, so the pane keeps repainting.
 */
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Dismiss20Regular, TableAdd20Regular } from '@fluentui/react-icons';
import { useRef, useState, type ReactNode } from 'react';
import { formatCount } from '../../domain/format';
import type { IsoDate } from '../../domain/period';
import {
  aggregatePlans,
  initialAggregateFields,
  validateAggregate,
  type AggregateFields,
} from '../consolidate/model';
import { FileDrop } from '../consolidate/FileDrop';
import {
  loadMergeEngine,
  runMerge,
  type MergeEngine,
  type MergeFile,
  type MergeProgress,
  type MergeRun,
} from '../consolidate/run-merge';
import { StatusList } from '../consolidate/StatusList';
import { useT } from '../i18n';
import { VIEW_STYLE_RULES } from '../view-styles';
import { NoExcelError, insertIntoWorkbook, type InsertPlans } from '../insert/actions';
import { loadRemembered } from '../insert/remembered';
import { ResultMessage, type ActionOutcome } from '../insert/ResultMessage';
import { explainThrown } from '../host-error';
import { fillTemplate, localTodayIso } from '../insert/text';

const useStyles = makeStyles({
  ...VIEW_STYLE_RULES,
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  progressRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  progressText: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  pair: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
  },
  fill: { minWidth: 0, width: '100%' },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface ConsolidateViewProps {
  /** Loads the parser. Default: the on-demand chunk (./consolidate/engine.ts). */
  loadEngine?: () => Promise<MergeEngine>;
  /** Writes the plans into the workbook. Default: Office.js through src/excel/insert-form.ts. */
  insert?: InsertPlans;
  /** «yyyy-mm-dd»; the fallback period when no unit stated one. Default: today. */
  today?: IsoDate;
}

type Phase = 'idle' | 'loading' | 'running' | 'done';

export function ConsolidateView(props: ConsolidateViewProps) {
  const styles = useStyles();
  const t = useT();
  const loadEngine = props.loadEngine ?? loadMergeEngine;
  const insert = props.insert ?? insertIntoWorkbook;
  const [phase, setPhase] = useState<Phase>('idle');
  const [progress, setProgress] = useState<MergeProgress | null>(null);
  const [run, setRun] = useState<MergeRun | null>(null);
  const [fields, setFields] = useState<AggregateFields | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [engineFailed, setEngineFailed] = useState(false);
  const [writing, setWriting] = useState(false);
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);
  const engine = useRef<MergeEngine | null>(null);
  const cancel = useRef(false);
  const busy = phase === 'loading' || phase === 'running' || writing;

  const start = async (files: readonly MergeFile[]) => {
    if (busy) return;
    cancel.current = false;
    setCancelling(false);
    setEngineFailed(false);
    setOutcome(null);
    setRun(null);
    setProgress({ done: 0, total: files.length, current: null, statuses: [] });
    setPhase('loading');
    try {
      engine.current ??= await loadEngine();
    } catch {
      setEngineFailed(true);
      setPhase('idle');
      return;
    }
    setPhase('running');
    const finished = await runMerge(files, engine.current, {
      onProgress: setProgress,
      shouldStop: () => cancel.current,
    });
    setRun(finished);
    setFields((previous) =>
      initialAggregateFields(
        finished.result,
        props.today ?? localTodayIso(),
        loadRemembered(),
        previous ?? undefined,
      ),
    );
    setPhase('done');
  };

  const onWrite = async () => {
    if (!run || !fields || !engine.current || writing) return;
    const problems = validateAggregate(fields, run.result);
    if (problems.length > 0) {
      setOutcome({ kind: 'invalid', errors: problems.map((key) => t(key)) });
      return;
    }
    setWriting(true);
    setOutcome(null);
    try {
      const plans = aggregatePlans(run.result, fields, engine.current);
      setOutcome({ kind: 'inserted', result: await insert(plans) });
    } catch (thrown) {
      setOutcome(
        thrown instanceof NoExcelError
          ? { kind: 'no-excel' }
          : { kind: 'excel-error', detail: explainThrown(thrown, t) },
      );
    } finally {
      setWriting(false);
    }
  };

  const setField = (key: keyof AggregateFields, value: string) =>
    setFields((current) => (current ? { ...current, [key]: value } : current));
  const statuses = run ? run.result.statuses : (progress?.statuses ?? []);
  const totals = run?.result.totals;

  return (
    <section className={styles.root} data-testid="view-consolidate" aria-labelledby="view-consolidate-title">
      <Subtitle2 as="h2" id="view-consolidate-title" className={styles.title}>
        {t('consolidate.title')}
      </Subtitle2>
      <Body1 className={styles.intro}>{t('consolidate.intro')}</Body1>
      <FileDrop disabled={busy} again={run !== null} onFiles={(files) => void start(files)} />

      {engineFailed && (
        <MessageBar intent="error" data-testid="consolidate-engine-error">
          <MessageBarBody>{t('consolidate.engineError')}</MessageBarBody>
        </MessageBar>
      )}

      {(phase === 'loading' || phase === 'running') && progress && (
        <div className={styles.progress} data-testid="consolidate-progress" aria-live="polite">
          <ProgressBar
            value={progress.total === 0 ? 0 : progress.done / progress.total}
            thickness="large"
            aria-label={t('consolidate.progressLabel')}
          />
          <div className={styles.progressRow}>
            <Caption1 className={styles.progressText} data-testid="consolidate-progress-text">
              {phase === 'loading'
                ? t('consolidate.loading')
                : cancelling
                  ? t('consolidate.cancelling')
                  : fillTemplate(t('consolidate.progress'), {
                      done: Math.min(progress.done + 1, progress.total),
                      total: progress.total,
                      file: progress.current ?? '',
                    })}
            </Caption1>
            <Button
              size="small"
              icon={<Dismiss20Regular />}
              disabled={cancelling}
              onClick={() => {
                cancel.current = true;
                engine.current?.cancel?.();
                setCancelling(true);
              }}
              data-testid="consolidate-cancel"
            >
              {t('consolidate.cancel')}
            </Button>
          </div>
        </div>
      )}

      {run?.cancelled && (
        <MessageBar intent="warning" data-testid="consolidate-cancelled">
          <MessageBarBody>
            {fillTemplate(t('consolidate.cancelled'), { done: run.processed, total: run.total })}
          </MessageBarBody>
        </MessageBar>
      )}

      {statuses.length > 0 && (
        <Section title={t('consolidate.section.files')}>
          {run && (
            <Body1 data-testid="consolidate-summary">
              {fillTemplate(t('consolidate.summary'), {
                merged: run.result.counts.merged,
                files: run.result.counts.files,
                warned: run.result.counts.warned,
                refused: run.result.counts.notMerged,
                period: run.result.periodLabel ?? t('consolidate.summary.noPeriod'),
              })}
            </Body1>
          )}
          {totals && (
            <Caption1 data-testid="consolidate-totals">
              {fillTemplate(t('consolidate.totals'), {
                received: formatCount(totals.received ?? 0),
                resolved: formatCount(totals.resolved ?? 0),
                pending: formatCount(totals.pending ?? 0),
              })}
            </Caption1>
          )}
          <StatusList statuses={statuses} />
        </Section>
      )}

      {run && fields && phase === 'done' && (
        <Section title={t('consolidate.section.aggregate')}>
          <Field label={t('consolidate.reportingUnit')} size="small" required>
            <Input
              size="small"
              value={fields.reportingUnit}
              placeholder={t('consolidate.reportingUnit.placeholder')}
              disabled={writing}
              onChange={(_e, data) => setField('reportingUnit', data.value)}
              data-testid="consolidate-reporting-unit"
            />
          </Field>
          <Field label={t('consolidate.receivingUnit')} size="small">
            <Input
              size="small"
              value={fields.receivingUnit}
              disabled={writing}
              onChange={(_e, data) => setField('receivingUnit', data.value)}
              data-testid="consolidate-receiving-unit"
            />
          </Field>
          <Field label={t('consolidate.periodLabel')} size="small" required>
            <Input
              size="small"
              value={fields.periodLabel}
              disabled={writing}
              onChange={(_e, data) => setField('periodLabel', data.value)}
              data-testid="consolidate-period-label"
            />
          </Field>
          <div className={styles.pair}>
            <Field label={t('consolidate.periodFrom')} size="small">
              <Input
                size="small"
                className={styles.fill}
                value={fields.periodFrom}
                placeholder="dd/mm/yyyy"
                disabled={writing}
                onChange={(_e, data) => setField('periodFrom', data.value)}
                data-testid="consolidate-period-from"
              />
            </Field>
            <Field label={t('consolidate.periodTo')} size="small">
              <Input
                size="small"
                className={styles.fill}
                value={fields.periodTo}
                placeholder="dd/mm/yyyy"
                disabled={writing}
                onChange={(_e, data) => setField('periodTo', data.value)}
                data-testid="consolidate-period-to"
              />
            </Field>
          </div>
          <Caption1 className={styles.hint}>{t('consolidate.period.hint')}</Caption1>
          <Button
            appearance="primary"
            icon={writing ? <Spinner size="extra-tiny" /> : <TableAdd20Regular />}
            disabled={writing}
            onClick={() => void onWrite()}
            data-testid="consolidate-write"
          >
            {t(writing ? 'consolidate.writing' : 'consolidate.write')}
          </Button>
          <Caption1 className={styles.hint}>{t('consolidate.write.hint')}</Caption1>
          <div aria-live="polite">{outcome && <ResultMessage outcome={outcome} />}</div>
        </Section>
      )}
    </section>
  );
}

function Section(props: { title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.section} role="group" aria-label={props.title}>
      <Subtitle2 as="h3" className={styles.sectionTitle}>
        {props.title}
      </Subtitle2>
      {props.children}
    </div>
  );
}
