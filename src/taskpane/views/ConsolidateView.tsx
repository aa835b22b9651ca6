/**
 * «Tổng hợp»: the official picks (or drops) the units' .xlsx files; each is read in turn with a progress bar and
 * a «Hủy» button that stops between files; every file gets a status row; the aggregate's unit and period are
 * filled in (period: the one most units reported) and «Ghi kết quả vào sổ tính» writes II.06b, the appendix and
 * the status sheet as new worksheets through the same adapter as «Chèn biểu mẫu» (two syncs, never overwriting).
 *
 * The parser (exceljs, recogniser, checker) is a separate chunk loaded on the first pick. It runs on the pane's
 * thread, one file at a time with a yield to the browser between files, so the pane keeps repainting.
 */
import { Body1, Button, Caption1, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { Dismiss20Regular, TableAdd20Regular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
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
import { addViewMessages, useT } from '../i18n';
import { consolidateMessages } from '../consolidate/messages';
import { VIEW_STYLE_RULES } from '../view-styles';
import { insertIntoWorkbook, type InsertPlans } from '../insert/actions';
import { loadRemembered } from '../insert/remembered';
import { ResultMessage, writeFailed, type ActionOutcome } from '../insert/ResultMessage';
import { fillTemplate, localTodayIso } from '../insert/text';
import { DateRangeFields, InputField } from '../view-kit/fields';
import { ActionButton, ResultBar, ViewFrame, ViewSection } from '../view-kit/ViewFrame';
import { useAction } from '../view-kit/use-action';

// This view's text joins the pane's dictionaries as its chunk runs (not in the shell's first load).
addViewMessages(consolidateMessages);

const useStyles = makeStyles({
  ...VIEW_STYLE_RULES,
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  progressRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  progressText: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
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
type Busy = 'merge' | 'write';

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
  const action = useAction<Busy, ActionOutcome>(writeFailed);
  const engine = useRef<MergeEngine | null>(null);
  const cancel = useRef(false);
  const writing = action.busy === 'write';

  const start = (files: readonly MergeFile[]) =>
    action.run('merge', async () => {
      cancel.current = false;
      setCancelling(false);
      setEngineFailed(false);
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
    });

  const onWrite = () => {
    if (!run || !fields || !engine.current || action.isRunning()) return;
    const problems = validateAggregate(fields, run.result);
    if (problems.length > 0) {
      action.setOutcome({ kind: 'invalid', errors: problems.map((key) => t(key)) });
      return;
    }
    const plans = () => aggregatePlans(run.result, fields, engine.current!);
    void action.run('write', async () => ({ kind: 'inserted', result: await insert(plans()) }));
  };

  const busy = action.busy !== null;
  /** What a text field of the aggregate needs: its value, its setter, its test id. */
  const field = (key: 'reportingUnit' | 'receivingUnit' | 'periodLabel', testId: string) => ({
    value: fields?.[key] ?? '',
    disabled: writing,
    onChange: (value: string) => setFields((current) => (current ? { ...current, [key]: value } : current)),
    testId,
  });
  const statuses = run ? run.result.statuses : (progress?.statuses ?? []);
  const totals = run?.result.totals;

  return (
    <ViewFrame id="consolidate" title={t('consolidate.title')} intro={t('consolidate.intro')} busy={busy}>
      <FileDrop disabled={busy} again={run !== null} onFiles={(files) => void start(files)} />

      {engineFailed && (
        <ResultBar intent="error" layout="auto" testId="consolidate-engine-error">
          {t('consolidate.engineError')}
        </ResultBar>
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
        <ResultBar intent="warning" layout="auto" testId="consolidate-cancelled">
          {fillTemplate(t('consolidate.cancelled'), { done: run.processed, total: run.total })}
        </ResultBar>
      )}

      {statuses.length > 0 && (
        <ViewSection title={t('consolidate.section.files')}>
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
        </ViewSection>
      )}

      {run && fields && phase === 'done' && (
        <ViewSection title={t('consolidate.section.aggregate')}>
          <InputField
            label={t('consolidate.reportingUnit')}
            required
            placeholder={t('consolidate.reportingUnit.placeholder')}
            {...field('reportingUnit', 'consolidate-reporting-unit')}
          />
          <InputField label={t('consolidate.receivingUnit')} {...field('receivingUnit', 'consolidate-receiving-unit')} />
          <InputField label={t('consolidate.periodLabel')} required {...field('periodLabel', 'consolidate-period-label')} />
          <DateRangeFields
            labels={{ from: t('consolidate.periodFrom'), to: t('consolidate.periodTo') }}
            value={{ from: fields.periodFrom, to: fields.periodTo }}
            onChange={(dates) => setFields((current) => (current ? { ...current, ...dates } : current))}
            testIds={{ from: 'consolidate-period-from', to: 'consolidate-period-to' }}
            disabled={writing}
          />
          <Caption1 className={styles.muted}>{t('consolidate.period.hint')}</Caption1>
          <ActionButton
            appearance="primary"
            action={action}
            kind="write"
            icon={<TableAdd20Regular />}
            onClick={onWrite}
            data-testid="consolidate-write"
            busyLabel={t('consolidate.writing')}
          >
            {t('consolidate.write')}
          </ActionButton>
          <Caption1 className={styles.muted}>{t('consolidate.write.hint')}</Caption1>
          <div aria-live="polite">{action.outcome && <ResultMessage outcome={action.outcome} />}</div>
        </ViewSection>
      )}
    </ViewFrame>
  );
}
