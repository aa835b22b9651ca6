/**
 * «Chèn biểu mẫu»: choose forms, units, period and rows; insert the forms as new worksheets, or download them as
 * an .xlsx file. The rules (period → dates → basis, default row lists, validation) live in insert/model.ts; this
 * file only lays them out and runs the two actions. A failed validation writes nothing.
 */
import { Caption1, makeStyles } from '@fluentui/react-components';
import { ArrowDownload20Regular, TableAdd20Regular } from '@fluentui/react-icons';
import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { AdminLevel } from '../../domain/forms';
import { formatPeriodLabel } from '../../domain/period';
import { useT, type MessageKey } from '../i18n';
import { VIEW_STYLE_RULES } from '../view-styles';
import {
  downloadAsXlsx,
  downloadFileName,
  insertIntoWorkbook,
  insertChartsIntoWorkbook,
  type DownloadPlans,
  type InsertCharts,
  type InsertPlans,
} from '../insert/actions';
import { ChartsSection } from '../insert/ChartsSection';
import { FormPicker } from '../insert/FormPicker';
import {
  ADMIN_LEVELS,
  buildInsertPlans,
  buildInsertPlansInSteps,
  catalogueFor,
  checkPeriod,
  chooseBasis,
  chooseLevel,
  choosePeriod,
  editDates,
  initialInsertState,
  periodYear,
  rowListSlots,
  selectedForms,
  showsOptionalColumns,
  toggleForm,
  type InsertFormState,
} from '../insert/model';
import { PeriodFields } from '../insert/PeriodFields';
import { loadRemembered, saveRemembered } from '../insert/remembered';
import { ResultMessage, writeFailed, type ActionOutcome } from '../insert/ResultMessage';
import { OptionalColumnSwitches, RowListFields } from '../insert/RowListFields';
import { localTodayIso } from '../insert/text';
import { nextTask } from '../next-task';
import { DATE_PLACEHOLDER, InputField } from '../view-kit/fields';
import { ActionButton, ViewFrame, ViewSection } from '../view-kit/ViewFrame';
import { useAction } from '../view-kit/use-action';
import { useShownAfterFirst } from '../use-steps';

const useStyles = makeStyles(VIEW_STYLE_RULES);

/** The text fields of the form state, each typed into one input. */
type TextKey = 'reportingUnit' | 'receivingUnit' | 'reportPlace' | 'reportDate' | 'preparerTitle' | 'headTitle';

export interface InsertViewProps {
  /** «yyyy-mm-dd»; the default period is chosen around it. Default: today on the user's calendar. */
  today?: string;
  /** Writes the plans into the workbook. Default: Office.js through src/excel/insert-form.ts. */
  insert?: InsertPlans;
  /** Saves the plans as an .xlsx file. Default: exceljs (loaded on demand) and a browser download. */
  download?: DownloadPlans;
  /** Draws the report charts from the forms in the workbook. Default: Office.js through src/excel/charts.ts. */
  insertCharts?: InsertCharts;
}

export function InsertView(props: InsertViewProps) {
  const styles = useStyles();
  const t = useT();
  const insert = props.insert ?? insertIntoWorkbook;
  const download = props.download ?? downloadAsXlsx;
  const [state, setState] = useState<InsertFormState>(() =>
    initialInsertState(props.today ?? localTodayIso(), loadRemembered()),
  );
  const action = useAction<'insert' | 'download', ActionOutcome>(writeFailed);
  const { busy, outcome } = action;
  const outcomeRef = useRef<HTMLDivElement>(null);
  // The result sits under the buttons at the bottom of a long pane: bring it into view when it changes.
  useEffect(() => {
    if (outcome) outcomeRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [outcome]);

  const update = (next: (current: InsertFormState) => InsertFormState) => setState((current) => next(current));
  const periodCheck = useMemo(() => checkPeriod(state), [state]);
  const forms = catalogueFor(state.basis);
  const slots = rowListSlots(selectedForms(state));
  const disabled = busy !== null;
  // The form list first (without its status badges), the badges and the other sections right after: the pane
  // takes a click sooner on a slow PC (issue 14).
  const restShown = useShownAfterFirst();
  const text = (key: TextKey, testId: string, more: { placeholder?: string; required?: boolean; fill?: boolean } = {}) => (
    <InputField
      label={t(`insert.${key}` as MessageKey)}
      value={state[key]}
      disabled={disabled}
      onChange={(value) => update((s) => ({ ...s, [key]: value }))}
      testId={testId}
      {...more}
    />
  );

  const rememberUnits = () =>
    saveRemembered({
      reportingUnit: state.reportingUnit.trim(),
      receivingUnit: state.receivingUnit.trim(),
      reportPlace: state.reportPlace.trim(),
    });

  /** Builds the plans; on failure shows why and returns null, so nothing is written. */
  const plansOrShowErrors = () => {
    if (action.isRunning()) return null;
    const result = buildInsertPlans(state);
    if (!result.ok) {
      action.setOutcome({ kind: 'invalid', errors: result.errors });
      return null;
    }
    rememberUnits();
    return result;
  };

  const onInsert = () => {
    if (action.isRunning()) return;
    // The plans are built one form per task and the busy look (every field disabled) renders as a transition, in
    // slices: on a slow PC neither fits in the click's task (issue 14). A second click is still refused at once
    // (action.isRunning). Invalid input writes nothing and shows why, as before.
    startTransition(() => {
      void action.run('insert', async () => {
        const built = await buildInsertPlansInSteps(state, nextTask);
        if (!built.ok) return { kind: 'invalid', errors: built.errors };
        rememberUnits();
        return { kind: 'inserted', result: await insert(built.plans, built.indicator) };
      });
    });
  };

  const onDownload = () => {
    const plans = plansOrShowErrors();
    if (!plans) return;
    const fileName = downloadFileName(formatPeriodLabel(state.kind, periodYear(state), state.index));
    void action.run(
      'download',
      async () => {
        await download(plans.plans, fileName);
        return { kind: 'downloaded', fileName };
      },
      { failed: (detail) => ({ kind: 'download-error', detail }) },
    );
  };

  // Everything under the form list: rendered right after it (see restShown).
  const rest = (
    <>
      <ViewSection title={t('insert.section.period')}>
        <PeriodFields
          kind={state.kind}
          yearText={state.yearText}
          index={state.index}
          from={state.from}
          to={state.to}
          validation={periodCheck}
          disabled={disabled}
          onPeriod={(change) => update((s) => choosePeriod(s, change))}
          onDates={(dates) => update((s) => editDates(s, dates))}
        />
        <Caption1 className={styles.muted}>{t('insert.dates.hint')}</Caption1>
      </ViewSection>

      <ViewSection title={t('insert.section.units')}>
        {text('reportingUnit', 'insert-reporting-unit', {
          placeholder: t('insert.reportingUnit.placeholder'),
          required: true,
        })}
        {text('receivingUnit', 'insert-receiving-unit', { placeholder: t('insert.receivingUnit.placeholder') })}
        <InputField
          label={t('insert.level')}
          value={state.level}
          options={ADMIN_LEVELS.map((level) => ({ value: level, label: t(`insert.level.${level}` as MessageKey) }))}
          disabled={disabled}
          onChange={(value) => update((s) => chooseLevel(s, value as AdminLevel))}
          testId="insert-level"
          fill
        />
      </ViewSection>

      {(slots.length > 0 || showsOptionalColumns(state)) && (
        <ViewSection title={t('insert.section.rows')}>
          <RowListFields
            slots={slots}
            texts={state.rowTexts}
            disabled={disabled}
            onText={(key, text) => update((s) => ({ ...s, rowTexts: { ...s.rowTexts, [key]: text } }))}
          />
          {showsOptionalColumns(state) && (
            <OptionalColumnSwitches
              value={state.optionalColumns}
              disabled={disabled}
              onChange={(optionalColumns) => update((s) => ({ ...s, optionalColumns }))}
            />
          )}
        </ViewSection>
      )}

      <ViewSection title={t('insert.section.signature')}>
        <div className={styles.pair}>
          {text('reportPlace', 'insert-report-place', { placeholder: t('insert.reportPlace.placeholder'), fill: true })}
          {text('reportDate', 'insert-report-date', { placeholder: DATE_PLACEHOLDER, fill: true })}
        </div>
        <Caption1 className={styles.muted}>{t('insert.reportDate.hint')}</Caption1>
        {text('preparerTitle', 'insert-preparer-title')}
        {text('headTitle', 'insert-head-title')}
      </ViewSection>

      <div className={styles.section}>
        <ActionButton
          appearance="primary"
          action={action}
          kind="insert"
          icon={<TableAdd20Regular />}
          onClick={onInsert}
          data-testid="insert-submit"
          busyLabel={t('insert.action.inserting')}
        >
          {t('insert.action.insert')}
        </ActionButton>
        <ActionButton
          action={action}
          kind="download"
          icon={<ArrowDownload20Regular />}
          onClick={onDownload}
          data-testid="insert-download"
          busyLabel={t('insert.action.downloading')}
        >
          {t('insert.action.download')}
        </ActionButton>
        <Caption1 className={styles.muted}>{t('insert.macNote')}</Caption1>
        <div ref={outcomeRef} aria-live="polite">
          {outcome && <ResultMessage outcome={outcome} />}
        </div>
      </div>

      <ViewSection title={t('insert.section.charts')}>
        <ChartsSection
          insertCharts={props.insertCharts ?? insertChartsIntoWorkbook}
          year={periodYear(state)}
          disabled={disabled}
        />
      </ViewSection>
    </>
  );

  return (
    <ViewFrame id="insert" title={t('insert.title')} intro={t('insert.intro')} busy={disabled}>
      <ViewSection title={t('insert.section.forms')}>
        <FormPicker
          basis={state.basis}
          basisChosen={state.basisChosen}
          forms={forms}
          selected={state.selected}
          disabled={disabled}
          statusShown={restShown}
          onBasis={(basis) => update((s) => chooseBasis(s, basis))}
          onToggle={(code, on) => update((s) => toggleForm(s, code, on))}
        />
      </ViewSection>

      {restShown && rest}
    </ViewFrame>
  );
}
