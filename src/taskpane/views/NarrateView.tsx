/**
 * «Soạn thuyết minh»: reads the workbook, recognises the forms, runs the checks and drafts the chosen sections of
 * the report outline. The preview links every figure to its cell; the draft goes out by clipboard, into a
 * «Thuyết minh» sheet (the way out that also works on Excel for Mac) or as a .docx. When the pointer comes back to
 * the pane the figures are read again and compared with the draft's fingerprint, so a stale draft says so.
 * The Excel side is a prop (narrate/actions.ts) so the view can be tested without Excel.
 */
import { Button, Caption1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import {
  ArrowClockwise20Regular,
  Copy20Regular,
  DocumentArrowDown20Regular,
  TableArrowUp20Regular,
  TextBulletListSquareEdit20Regular,
} from '@fluentui/react-icons';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  flaggedParagraphs,
  renderDraftText,
  type CellSource,
  type DraftSection,
  type SectionId,
} from '../../domain/narrative';
import { addViewMessages, useT } from '../i18n';
import { narrateMessages } from '../narrate/messages';
import { VIEW_STYLE_RULES, blockStack } from '../view-styles';
import { fillTemplate } from '../insert/text';
import { excelNarrateActions, type NarrateActions } from '../narrate/actions';
import { DraftPreview, cellKey } from '../narrate/DraftPreview';
import {
  CHOOSABLE_SECTIONS,
  DECIMAL_CHOICES,
  DEFAULT_CHOICES,
  docxFileName,
  fingerprintOf,
  outlineLines,
  reportHtml,
  sectionText,
  selectSections,
  type DraftChoices,
  type Drafted,
} from '../narrate/model';
import { runDraftInSteps } from '../narrate/draft-async';
import { SectionChooser } from '../narrate/SectionChooser';
import { PreviousPeriod, type PreviousChoice, type PreviousSlot } from '../narrate/PreviousPeriod';
import { docxMetaOf, loadReportFields, saveReportFields, type ReportFields } from '../narrate/report-fields';
import { ReportFieldsForm } from '../narrate/ReportFieldsForm';
import type { SourceParagraph } from '../../domain/narrative/carry';
import type { RecognisedForm } from '../../domain/read/types';
import { InputField } from '../view-kit/fields';
import { ActionButton, ResultBar, ResultLine, ViewFrame } from '../view-kit/ViewFrame';
import { useAction } from '../view-kit/use-action';

// This view's text joins the pane's dictionaries as its chunk runs (not in the shell's first load).
addViewMessages(narrateMessages);

const useStyles = makeStyles({
  ...VIEW_STYLE_RULES,
  // Not VIEW_STYLE_RULES.section's flex column: the draft grows in steps, and each flex level around it lays it out
  // again (view-styles.ts, blockStack).
  draft: {
    ...blockStack(tokens.spacingVerticalM),
    paddingTop: VIEW_STYLE_RULES.section.paddingTop,
    borderTop: VIEW_STYLE_RULES.section.borderTop,
  },
});

export interface NarrateViewProps {
  /** Excel and browser access. Default: Office.js through src/excel, docx on demand. */
  actions?: NarrateActions;
}

type Busy = 'draft' | 'sheet' | 'docx';

type Outcome =
  | { kind: 'copied' }
  | { kind: 'copy-failed' }
  | { kind: 'sheet'; sheet: string; rows: number; replaced: boolean }
  | { kind: 'confirm-replace'; sheet: string }
  | { kind: 'docx'; file: string }
  | { kind: 'error'; detail: string };

/** At most one freshness read per this many milliseconds (a read costs two syncs). */
const FRESHNESS_INTERVAL_MS = 3000;

export function NarrateView(props: NarrateViewProps) {
  const styles = useStyles();
  const t = useT();
  const actions = props.actions ?? excelNarrateActions;
  const [chosen, setChosen] = useState<Set<SectionId>>(() => new Set(CHOOSABLE_SECTIONS));
  const [choices, setChoices] = useState<DraftChoices>(DEFAULT_CHOICES);
  const action = useAction<Busy, Outcome>((detail) => ({ kind: 'error', detail }));
  const { busy, outcome, setOutcome, run } = action;
  const [drafted, setDrafted] = useState<Drafted | null>(null);
  const [stale, setStale] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const lastFreshness = useRef(0);
  const workbookKey = actions.workbookKey?.() ?? 'default';
  const [fields, setFields] = useState<ReportFields>(() => loadReportFields(workbookKey));
  const [carrySource, setCarrySource] = useState<
    (PreviousChoice & { paragraphs: SourceParagraph[] | 'sheet' }) | null
  >(null);
  const [periodBooks, setPeriodBooks] = useState<{
    workbook: (PreviousChoice & { forms: RecognisedForm[] }) | null;
    lastYear: (PreviousChoice & { forms: RecognisedForm[] }) | null;
  }>({ workbook: null, lastYear: null });

  const changeFields = (next: ReportFields) => {
    setFields(next);
    saveReportFields(workbookKey, next);
  };

  const draft = () =>
    run('draft', async () => {
      setSelected(null);
      const next = await runDraftInSteps(await actions.read(), {
        previous: periodBooks.workbook?.forms,
        lastYear: periodBooks.lastYear?.forms,
        carry: carrySource?.paragraphs,
        choices,
      });
      setDrafted(next);
      setStale(false);
      lastFreshness.current = Date.now();
    });

  /** Re-reads the figures behind the draft; quietly does nothing while busy, throttled, errors ignored. */
  const checkFreshness = useCallback(() => {
    if (!drafted || action.isRunning() || stale) return;
    const now = Date.now();
    if (now - lastFreshness.current < FRESHNESS_INTERVAL_MS) return;
    lastFreshness.current = now;
    actions.read().then(
      (grid) => {
        if (fingerprintOf(grid, drafted.cells) !== drafted.fingerprint) setStale(true);
      },
      () => {},
    );
  }, [actions, action, drafted, stale]);

  useEffect(() => {
    window.addEventListener('focus', checkFreshness);
    return () => window.removeEventListener('focus', checkFreshness);
  }, [checkFreshness]);

  const report = drafted ? selectSections(drafted.report, chosen) : null;

  const copy = async (text: string, html: string) => {
    try {
      await actions.copy(text, html);
      setOutcome({ kind: 'copied' });
    } catch {
      setOutcome({ kind: 'copy-failed' });
    }
  };

  const writeSheet = (replaceOwn: boolean) =>
    run(
      'sheet',
      async () => {
        if (!report) return;
        const result = await actions.writeSheet(outlineLines(report), replaceOwn);
        return result.kind === 'exists'
          ? { kind: 'confirm-replace', sheet: result.sheetName }
          : { kind: 'sheet', sheet: result.sheetName, rows: result.rows, replaced: result.replaced };
      },
      { keep: true },
    );

  const pickPrevious = (slot: PreviousSlot, file: File) =>
    run('draft', async () => {
      if (slot === 'report') {
        const read = actions.readPreviousReport ?? excelNarrateActions.readPreviousReport!;
        setCarrySource({ label: file.name, paragraphs: await read(file) });
      } else {
        const read = actions.readPeriodWorkbook ?? excelNarrateActions.readPeriodWorkbook!;
        const forms = await read(file);
        setPeriodBooks((books) => ({ ...books, [slot]: { label: file.name, forms } }));
      }
    });

  const clearPrevious = (slot: PreviousSlot) => {
    if (slot === 'report') setCarrySource(null);
    else setPeriodBooks((books) => ({ ...books, [slot]: null }));
  };

  const exportDocx = () =>
    run(
      'docx',
      async () => {
        if (!report || !drafted) return;
        const file = docxFileName(report.periodLabel);
        const meta = docxMetaOf(fields, report.periodLabel ?? '');
        if (fields.attachForms) meta.attachments = drafted.attachments;
        saveReportFields(workbookKey, fields);
        await actions.downloadDocx(report, meta, file);
        return { kind: 'docx', file };
      },
      { keep: true },
    );

  const select = (cell: CellSource) => {
    setSelected(cellKey(cell));
    actions.select(cell.sheet, cell.cell).catch(action.showError);
  };

  const disabled = busy !== null;

  return (
    <ViewFrame
      id="narrate"
      title={t('narrate.title')}
      intro={t('narrate.intro')}
      busy={disabled}
      onPointerEnter={checkFreshness}
    >
      <SectionChooser chosen={chosen} onChange={setChosen} disabled={disabled} />
      <PreviousPeriod
        chosen={{ report: carrySource, workbook: periodBooks.workbook, lastYear: periodBooks.lastYear }}
        disabled={disabled}
        onPick={(slot, file) => void pickPrevious(slot, file)}
        onUseSheet={() => setCarrySource({ label: t('narrate.previous.sheetChosen'), paragraphs: 'sheet' })}
        onClear={clearPrevious}
      />
      <ReportFieldsForm fields={fields} onChange={changeFields} disabled={disabled} />

      <div className={styles.pair}>
        <InputField
          label={t('narrate.decimals')}
          value={String(choices.percentDecimals)}
          options={DECIMAL_CHOICES.map((n) => ({
            value: n,
            label: fillTemplate(t('narrate.decimals.option'), { count: n }),
          }))}
          disabled={disabled}
          onChange={(value) => setChoices((c) => ({ ...c, percentDecimals: Number(value) }))}
          testId="narrate-decimals"
        />
        <Checkbox
          label={t('narrate.zeroParts')}
          checked={choices.zeroParts}
          disabled={disabled}
          onChange={(_event, data) => setChoices((c) => ({ ...c, zeroParts: data.checked === true }))}
          data-testid="narrate-zero-parts"
        />
      </div>

      <div className={styles.buttons}>
        <ActionButton
          wide
          appearance="primary"
          action={action}
          kind="draft"
          icon={drafted ? <ArrowClockwise20Regular /> : <TextBulletListSquareEdit20Regular />}
          disabled={chosen.size === 0}
          onClick={() => void draft()}
          data-testid="narrate-draft"
          busyLabel={t('narrate.action.drafting')}
        >
          {t(drafted ? 'narrate.action.redraft' : 'narrate.action.draft')}
        </ActionButton>
        {report && (
          <>
            <div className={styles.pair}>
              <Button
                className={styles.wide}
                icon={<Copy20Regular />}
                disabled={disabled}
                onClick={() => void copy(renderDraftText(report), reportHtml(report))}
                data-testid="narrate-copy-all"
              >
                {t('narrate.action.copyAll')}
              </Button>
              <ActionButton
                wide
                action={action}
                kind="docx"
                icon={<DocumentArrowDown20Regular />}
                onClick={() => void exportDocx()}
                data-testid="narrate-docx"
                busyLabel={t('narrate.action.working')}
              >
                {t('narrate.action.exportDocx')}
              </ActionButton>
            </div>
            <ActionButton
              wide
              action={action}
              kind="sheet"
              icon={<TableArrowUp20Regular />}
              onClick={() => void writeSheet(false)}
              data-testid="narrate-write-sheet"
              busyLabel={t('narrate.action.working')}
            >
              {t('narrate.action.writeSheet')}
            </ActionButton>
            <Caption1 className={styles.muted}>{t('narrate.macNote')}</Caption1>
          </>
        )}
      </div>

      {stale && (
        <ResultBar
          intent="warning"
          layout="auto"
          testId="narrate-stale"
          actions={
            <Button size="small" onClick={() => void draft()} disabled={disabled}>
              {t('narrate.action.redraft')}
            </Button>
          }
        >
          {t('narrate.stale')}
        </ResultBar>
      )}

      {outcome && (
        <OutcomeMessage
          outcome={outcome}
          onConfirm={() => void writeSheet(true)}
          onDismiss={() => setOutcome(null)}
        />
      )}

      {drafted && report && (
        <div className={styles.draft} data-testid="narrate-draft-result">
          <DraftSummary drafted={drafted} flagged={flaggedParagraphs(report).length} />
          <DraftPreview
            report={report}
            selected={selected}
            onSelect={select}
            onCopySection={(section: DraftSection) =>
              void copy(sectionText(section, report), reportHtml({ ...report, sections: [section] }))
            }
          />
        </div>
      )}
    </ViewFrame>
  );
}

function DraftSummary(props: { drafted: Drafted; flagged: number }) {
  const styles = useStyles();
  const t = useT();
  const { forms } = props.drafted;
  if (forms.length === 0)
    return (
      <ResultBar intent="warning" testId="narrate-no-form" title={t('narrate.noForm.title')}>
        <ResultLine>{t('narrate.noForm.body')}</ResultLine>
      </ResultBar>
    );
  const list = forms.map((f) => `${f.code} («${f.sheet}»)`).join(', ');
  return (
    <div>
      <Caption1 className={styles.muted} data-testid="narrate-forms">
        {fillTemplate(t('narrate.forms'), { count: forms.length, list })}
      </Caption1>
      {props.flagged > 0 && (
        <Caption1 className={styles.line} data-testid="narrate-flag-count">
          {fillTemplate(t('narrate.flagged'), { count: props.flagged })}
        </Caption1>
      )}
      {props.drafted.carry && (
        <Caption1 className={styles.line} data-testid="narrate-carried">
          {fillTemplate(t('narrate.carried'), {
            kept: props.drafted.carry.kept,
            replaced: props.drafted.carry.replaced.length,
            marks: props.drafted.carry.marks.length,
          })}
          {props.drafted.carry.samePeriod && ` ${t('narrate.carried.samePeriod')}`}
        </Caption1>
      )}
    </div>
  );
}

function OutcomeMessage(props: { outcome: Outcome; onConfirm(): void; onDismiss(): void }) {
  const t = useT();
  const { outcome } = props;
  const dismiss = (
    <Button size="small" appearance="transparent" onClick={props.onDismiss}>
      {t('narrate.close')}
    </Button>
  );
  switch (outcome.kind) {
    case 'confirm-replace':
      return (
        <ResultBar
          intent="warning"
          testId="narrate-confirm"
          title={fillTemplate(t('narrate.sheet.confirm.title'), { sheet: outcome.sheet })}
          actions={
            <>
              <Button
                size="small"
                appearance="primary"
                onClick={props.onConfirm}
                data-testid="narrate-confirm-replace"
              >
                {t('narrate.sheet.confirm.replace')}
              </Button>
              <Button size="small" onClick={props.onDismiss} data-testid="narrate-confirm-cancel">
                {t('narrate.sheet.confirm.cancel')}
              </Button>
            </>
          }
        >
          {t('narrate.sheet.confirm.body')}
        </ResultBar>
      );
    case 'error':
      return (
        <ResultBar
          intent="error"
          testId="narrate-outcome"
          kind="error"
          title={t('narrate.error.title')}
          actions={dismiss}
        >
          {outcome.detail}
        </ResultBar>
      );
    default: {
      const text =
        outcome.kind === 'copied'
          ? t('narrate.copied')
          : outcome.kind === 'copy-failed'
            ? t('narrate.copyFailed')
            : outcome.kind === 'docx'
              ? fillTemplate(t('narrate.docx.done'), { file: outcome.file })
              : fillTemplate(t(outcome.replaced ? 'narrate.sheet.replaced' : 'narrate.sheet.written'), {
                  sheet: outcome.sheet,
                  rows: outcome.rows,
                });
      return (
        <ResultBar
          intent={outcome.kind === 'copy-failed' ? 'warning' : 'success'}
          testId="narrate-outcome"
          kind={outcome.kind}
          actions={dismiss}
        >
          {text}
        </ResultBar>
      );
    }
  }
}
