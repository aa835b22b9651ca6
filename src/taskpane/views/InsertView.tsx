/**
 * «Chèn biểu mẫu»: choose forms, units, period and rows; insert the forms as new worksheets, or download them as
 * an .xlsx file. The rules (period → dates → basis, default row lists, validation) live in insert/model.ts; this
 * file only lays them out and runs the two actions. A failed validation writes nothing.
 */
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownload20Regular, TableAdd20Regular } from '@fluentui/react-icons';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AdminLevel } from '../../domain/forms';
import { formatPeriodLabel } from '../../domain/period';
import { useT, type MessageKey } from '../i18n';
import { VIEW_STYLE_RULES } from '../view-styles';
import {
  NoExcelError,
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
import { ResultMessage, type ActionOutcome } from '../insert/ResultMessage';
import { explainThrown } from '../host-error';
import { OptionalColumnSwitches, RowListFields } from '../insert/RowListFields';
import { localTodayIso } from '../insert/text';

const useStyles = makeStyles({
  ...VIEW_STYLE_RULES,
  pair: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
  },
  // Fluent inputs have a minimum width; in the two-column rows they must shrink to the cell.
  fill: { minWidth: 0, width: '100%' },
  actions: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

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

type Busy = 'insert' | 'download' | null;

export function InsertView(props: InsertViewProps) {
  const styles = useStyles();
  const t = useT();
  const insert = props.insert ?? insertIntoWorkbook;
  const download = props.download ?? downloadAsXlsx;
  const [state, setState] = useState<InsertFormState>(() =>
    initialInsertState(props.today ?? localTodayIso(), loadRemembered()),
  );
  const [busy, setBusy] = useState<Busy>(null);
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);
  // Guards against a second click landing before React re-renders the disabled button.
  const running = useRef(false);
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

  /** Builds the plans; on failure shows why and returns null, so nothing is written. */
  const plansOrShowErrors = () => {
    const result = buildInsertPlans(state);
    if (!result.ok) {
      setOutcome({ kind: 'invalid', errors: result.errors });
      return null;
    }
    saveRemembered({
      reportingUnit: state.reportingUnit.trim(),
      receivingUnit: state.receivingUnit.trim(),
      reportPlace: state.reportPlace.trim(),
    });
    return result;
  };

  const run = async (kind: Exclude<Busy, null>, action: () => Promise<ActionOutcome>) => {
    if (running.current) return;
    running.current = true;
    setBusy(kind);
    setOutcome(null);
    try {
      setOutcome(await action());
    } finally {
      running.current = false;
      setBusy(null);
    }
  };

  const onInsert = () => {
    const plans = plansOrShowErrors();
    if (!plans) return;
    void run('insert', async () => {
      try {
        return { kind: 'inserted', result: await insert(plans.plans, plans.indicator) };
      } catch (thrown) {
        return thrown instanceof NoExcelError
          ? { kind: 'no-excel' }
          : { kind: 'excel-error', detail: explainThrown(thrown, t) };
      }
    });
  };

  const onDownload = () => {
    const plans = plansOrShowErrors();
    if (!plans) return;
    const fileName = downloadFileName(formatPeriodLabel(state.kind, periodYear(state), state.index));
    void run('download', async () => {
      try {
        await download(plans.plans, fileName);
        return { kind: 'downloaded', fileName };
      } catch (thrown) {
        return { kind: 'download-error', detail: explainThrown(thrown, t) };
      }
    });
  };

  return (
    <section className={styles.root} data-testid="view-insert" aria-labelledby="view-insert-title">
      <Subtitle2 as="h2" id="view-insert-title" className={styles.title}>
        {t('insert.title')}
      </Subtitle2>
      <Body1 className={styles.intro}>{t('insert.intro')}</Body1>

      <Section title={t('insert.section.forms')}>
        <FormPicker
          basis={state.basis}
          basisChosen={state.basisChosen}
          forms={forms}
          selected={state.selected}
          disabled={disabled}
          onBasis={(basis) => update((s) => chooseBasis(s, basis))}
          onToggle={(code, on) => update((s) => toggleForm(s, code, on))}
        />
      </Section>

      <Section title={t('insert.section.period')}>
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
        <Caption1 className={styles.hint}>{t('insert.dates.hint')}</Caption1>
      </Section>

      <Section title={t('insert.section.units')}>
        <Field label={t('insert.reportingUnit')} size="small" required>
          <Input
            size="small"
            value={state.reportingUnit}
            placeholder={t('insert.reportingUnit.placeholder')}
            disabled={disabled}
            onChange={(_event, data) => update((s) => ({ ...s, reportingUnit: data.value }))}
            data-testid="insert-reporting-unit"
          />
        </Field>
        <Field label={t('insert.receivingUnit')} size="small">
          <Input
            size="small"
            value={state.receivingUnit}
            placeholder={t('insert.receivingUnit.placeholder')}
            disabled={disabled}
            onChange={(_event, data) => update((s) => ({ ...s, receivingUnit: data.value }))}
            data-testid="insert-receiving-unit"
          />
        </Field>
        <Field label={t('insert.level')} size="small">
          <Select
            size="small"
            value={state.level}
            disabled={disabled}
            onChange={(_event, data) => update((s) => chooseLevel(s, data.value as AdminLevel))}
            data-testid="insert-level"
            className={styles.fill}
          >
            {ADMIN_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`insert.level.${level}` as MessageKey)}
              </option>
            ))}
          </Select>
        </Field>
      </Section>

      {(slots.length > 0 || showsOptionalColumns(state)) && (
        <Section title={t('insert.section.rows')}>
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
        </Section>
      )}

      <Section title={t('insert.section.signature')}>
        <div className={styles.pair}>
          <Field label={t('insert.reportPlace')} size="small">
            <Input
              size="small"
              value={state.reportPlace}
              placeholder={t('insert.reportPlace.placeholder')}
              disabled={disabled}
              onChange={(_event, data) => update((s) => ({ ...s, reportPlace: data.value }))}
              data-testid="insert-report-place"
              className={styles.fill}
            />
          </Field>
          <Field label={t('insert.reportDate')} size="small">
            <Input
              size="small"
              value={state.reportDate}
              placeholder="dd/mm/yyyy"
              disabled={disabled}
              onChange={(_event, data) => update((s) => ({ ...s, reportDate: data.value }))}
              data-testid="insert-report-date"
              className={styles.fill}
            />
          </Field>
        </div>
        <Caption1 className={styles.hint}>{t('insert.reportDate.hint')}</Caption1>
        <Field label={t('insert.preparerTitle')} size="small">
          <Input
            size="small"
            value={state.preparerTitle}
            disabled={disabled}
            onChange={(_event, data) => update((s) => ({ ...s, preparerTitle: data.value }))}
            data-testid="insert-preparer-title"
          />
        </Field>
        <Field label={t('insert.headTitle')} size="small">
          <Input
            size="small"
            value={state.headTitle}
            disabled={disabled}
            onChange={(_event, data) => update((s) => ({ ...s, headTitle: data.value }))}
            data-testid="insert-head-title"
          />
        </Field>
      </Section>

      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={busy === 'insert' ? <Spinner size="extra-tiny" /> : <TableAdd20Regular />}
          disabled={disabled}
          onClick={onInsert}
          data-testid="insert-submit"
        >
          {t(busy === 'insert' ? 'insert.action.inserting' : 'insert.action.insert')}
        </Button>
        <Button
          icon={busy === 'download' ? <Spinner size="extra-tiny" /> : <ArrowDownload20Regular />}
          disabled={disabled}
          onClick={onDownload}
          data-testid="insert-download"
        >
          {t(busy === 'download' ? 'insert.action.downloading' : 'insert.action.download')}
        </Button>
        <Caption1 className={styles.hint}>{t('insert.macNote')}</Caption1>
        <div ref={outcomeRef} aria-live="polite">{outcome && <ResultMessage outcome={outcome} />}</div>
      </div>

      <Section title={t('insert.section.charts')}>
        <ChartsSection
          insertCharts={props.insertCharts ?? insertChartsIntoWorkbook}
          year={periodYear(state)}
          disabled={disabled}
        />
      </Section>
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
