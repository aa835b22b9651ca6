/**
 * «Kiểm tra số liệu»: reads the active sheet or the whole workbook, recognises the forms, runs the checks and lists
 * the findings grouped by sheet and severity. A click on a finding selects its cell; «Đánh dấu trên bảng» colours
 * the cells (with notes where the host allows) and «Bỏ đánh dấu» puts them back. The Excel side is a prop
 * (check/actions.ts) so the view can be tested without Excel.
 */
import { Badge, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import {
  ArrowClockwise20Regular,
  Eraser20Regular,
  Highlight20Regular,
  TableSearch20Regular,
  DocumentTable20Regular,
} from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { Finding } from '../../domain/checks';
import { ActionResult, type CheckOutcome } from '../check/ActionResult';
import { excelCheckActions, type CheckActions, type CheckScope } from '../check/actions';
import { FindingList, SEVERITY_COLOR } from '../check/FindingList';
import { runCheckInSteps } from '../check/check-async';
import { countBySeverity, SEVERITIES, type CheckReport } from '../check/model';
import { addViewMessages, useT, type MessageKey } from '../i18n';
import { checkMessages } from '../check/messages';
import { VIEW_STYLE_RULES } from '../view-styles';
import { fillTemplate } from '../insert/text';
import { ActionButton, ResultBar, ResultLine, ViewFrame } from '../view-kit/ViewFrame';
import { useAction } from '../view-kit/use-action';

// This view's text joins the pane's dictionaries as its chunk runs (not in the shell's first load).
addViewMessages(checkMessages);

const useStyles = makeStyles({
  ...VIEW_STYLE_RULES,
  report: { ...VIEW_STYLE_RULES.section, gap: tokens.spacingVerticalM },
  summary: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

export interface CheckViewProps {
  /** Excel access. Default: Office.js through src/excel. */
  actions?: CheckActions;
}

type Busy = 'check' | 'highlight' | 'unhighlight';

interface Checked {
  scope: CheckScope;
  report: CheckReport;
}

const SEVERITY_KEY = {
  error: 'check.severity.error',
  warning: 'check.severity.warning',
  info: 'check.severity.info',
} as const satisfies Record<string, MessageKey>;

export function CheckView(props: CheckViewProps) {
  const styles = useStyles();
  const t = useT();
  const actions = props.actions ?? excelCheckActions;
  const action = useAction<Busy, CheckOutcome>((detail) => ({ kind: 'error', detail }));
  const { busy, outcome } = action;
  const [checked, setChecked] = useState<Checked | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [marked, setMarked] = useState(false);

  // A highlight left from an earlier session (the record lives in the workbook): offer to remove it.
  useEffect(() => {
    let live = true;
    actions.hasHighlights().then(
      (has) => live && setMarked(has),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [actions]);

  const check = (scope: CheckScope) =>
    action.run('check', async () => {
      setSelected(null);
      const report = await runCheckInSteps(await actions.read(scope));
      setChecked({ scope, report });
    });

  const highlight = (findings: readonly Finding[]) =>
    action.run(
      'highlight',
      async () => {
        const result = await actions.highlight(findings);
        setMarked(result.marked > 0);
        return { kind: 'highlighted', result };
      },
      { keep: true },
    );

  const unhighlight = () =>
    action.run(
      'unhighlight',
      async () => {
        const result = await actions.unhighlight();
        setMarked(false);
        return { kind: 'unhighlighted', result };
      },
      { keep: true },
    );

  const select = (finding: Finding) => {
    setSelected(`${finding.sheet}!${finding.cell}`);
    actions.select(finding.sheet, finding.cell).catch(action.showError);
  };

  const findings = checked?.report.findings ?? [];
  const disabled = busy !== null;

  return (
    <ViewFrame id="check" title={t('check.title')} intro={t('check.intro')} busy={disabled}>
      <div className={styles.buttons}>
        {checked ? (
          <ActionButton
            wide
            appearance="primary"
            action={action}
            kind="check"
            icon={<ArrowClockwise20Regular />}
            onClick={() => void check(checked.scope)}
            data-testid="check-recheck"
            busyLabel={t('check.action.checking')}
          >
            {t('check.action.recheck')}
          </ActionButton>
        ) : null}
        <div className={styles.pair}>
          <ActionButton
            wide
            appearance={checked ? 'secondary' : 'primary'}
            action={action}
            kind={checked ? undefined : 'check'}
            icon={<TableSearch20Regular />}
            onClick={() => void check('sheet')}
            data-testid="check-sheet"
          >
            {t('check.action.sheet')}
          </ActionButton>
          <ActionButton
            wide
            appearance="secondary"
            action={action}
            icon={<DocumentTable20Regular />}
            onClick={() => void check('workbook')}
            data-testid="check-workbook"
          >
            {t('check.action.workbook')}
          </ActionButton>
        </div>
        {(findings.length > 0 || marked) && (
          <div className={styles.pair}>
            <ActionButton
              wide
              action={action}
              kind="highlight"
              icon={<Highlight20Regular />}
              disabled={findings.length === 0}
              onClick={() => void highlight(findings)}
              data-testid="check-highlight"
              busyLabel={t('check.action.working')}
            >
              {t('check.action.highlight')}
            </ActionButton>
            <ActionButton
              wide
              action={action}
              kind="unhighlight"
              icon={<Eraser20Regular />}
              disabled={!marked}
              onClick={() => void unhighlight()}
              data-testid="check-unhighlight"
              busyLabel={t('check.action.working')}
            >
              {t('check.action.unhighlight')}
            </ActionButton>
          </div>
        )}
      </div>

      {outcome && <ActionResult outcome={outcome} />}

      {checked && (
        <div className={styles.report} data-testid="check-report" data-scope={checked.scope}>
          <Report checked={checked} selected={selected} onSelect={select} />
        </div>
      )}
    </ViewFrame>
  );
}

/** The outcome of the last check: no form, all clear, or the findings with their counts. */
function Report(props: { checked: Checked; selected: string | null; onSelect(f: Finding): void }) {
  const styles = useStyles();
  const t = useT();
  const { report, scope } = props.checked;
  const scopeLabel = t(scope === 'sheet' ? 'check.scope.sheet' : 'check.scope.workbook');
  if (report.forms.length === 0)
    return (
      <ResultBar intent="warning" testId="check-no-form" title={t('check.noForm.title')}>
        <ResultLine>{t('check.noForm.body')}</ResultLine>
        <ResultLine>{t('check.noForm.hint')}</ResultLine>
      </ResultBar>
    );
  const formList = report.forms.map((f) => `${f.code} («${f.sheet}»)`).join(', ');
  const formsLine = (
    <Caption1 className={styles.muted} data-testid="check-forms">
      {scopeLabel} · {fillTemplate(t('check.forms'), { count: report.forms.length, list: formList })}
    </Caption1>
  );
  if (report.findings.length === 0)
    return (
      <>
        {formsLine}
        <ResultBar intent="success" testId="check-clean" title={t('check.clean.title')}>
          <ResultLine>{fillTemplate(t('check.clean.body'), { count: report.forms.length })}</ResultLine>
        </ResultBar>
      </>
    );
  const counts = countBySeverity(report.findings);
  return (
    <>
      {formsLine}
      <div
        className={styles.summary}
        data-testid="check-summary"
        aria-label={fillTemplate(t('check.summary'), {
          errors: counts.error,
          warnings: counts.warning,
          infos: counts.info,
        })}
      >
        {SEVERITIES.map((severity) => (
          <Badge
            key={severity}
            appearance={counts[severity] > 0 ? 'filled' : 'outline'}
            color={SEVERITY_COLOR[severity]}
            data-testid={`check-count-${severity}`}
          >
            {t(SEVERITY_KEY[severity])}: {counts[severity]}
          </Badge>
        ))}
      </div>
      <FindingList findings={report.findings} selected={props.selected} onSelect={props.onSelect} />
    </>
  );
}
