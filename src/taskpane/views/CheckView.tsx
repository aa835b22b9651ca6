/**
 * «Kiểm tra số liệu»: reads the active sheet or the whole workbook, recognises the forms, runs the checks and lists
 * the findings grouped by sheet and severity. A click on a finding selects its cell; «Đánh dấu trên bảng» colours
 * the cells (with notes where the host allows) and «Bỏ đánh dấu» puts them back. The Excel side is a prop
 * (check/actions.ts) so the view can be tested without Excel.
 */
import {
  Badge,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowClockwise20Regular,
  Eraser20Regular,
  Highlight20Regular,
  TableSearch20Regular,
  DocumentTable20Regular,
} from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import type { Finding } from '../../domain/checks';
import { ActionResult, type CheckOutcome } from '../check/ActionResult';
import { excelCheckActions, type CheckActions, type CheckScope } from '../check/actions';
import { FindingList, SEVERITY_COLOR } from '../check/FindingList';
import { runCheckInSteps } from '../check/check-async';
import { countBySeverity, SEVERITIES, type CheckReport } from '../check/model';
import { useT, type MessageKey } from '../i18n';
import { VIEW_STYLE_RULES } from '../view-styles';
import { explainThrown } from '../host-error';
import { fillTemplate } from '../insert/text';

const useStyles = makeStyles({
  ...VIEW_STYLE_RULES,
  pair: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalS,
  },
  report: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  summary: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  line: { display: 'block', marginTop: tokens.spacingVerticalXXS },
});

export interface CheckViewProps {
  /** Excel access. Default: Office.js through src/excel. */
  actions?: CheckActions;
}

type Busy = 'check' | 'highlight' | 'unhighlight' | null;

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
  const [busy, setBusy] = useState<Busy>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [marked, setMarked] = useState(false);
  const running = useRef(false);

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

  const run = async (kind: Exclude<Busy, null>, work: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(kind);
    try {
      await work();
    } catch (thrown) {
      setOutcome({ kind: 'error', detail: explainThrown(thrown, t) });
    } finally {
      running.current = false;
      setBusy(null);
    }
  };

  const check = (scope: CheckScope) =>
    run('check', async () => {
      setOutcome(null);
      setSelected(null);
      const report = await runCheckInSteps(await actions.read(scope));
      setChecked({ scope, report });
    });

  const highlight = (findings: readonly Finding[]) =>
    run('highlight', async () => {
      const result = await actions.highlight(findings);
      setMarked(result.marked > 0);
      setOutcome({ kind: 'highlighted', result });
    });

  const unhighlight = () =>
    run('unhighlight', async () => {
      const result = await actions.unhighlight();
      setMarked(false);
      setOutcome({ kind: 'unhighlighted', result });
    });

  const select = (finding: Finding) => {
    setSelected(`${finding.sheet}!${finding.cell}`);
    actions
      .select(finding.sheet, finding.cell)
      .catch((thrown: unknown) => setOutcome({ kind: 'error', detail: explainThrown(thrown, t) }));
  };

  const findings = checked?.report.findings ?? [];
  const disabled = busy !== null;
  const label = (key: MessageKey, when: Busy) =>
    busy === when ? t(when === 'check' ? 'check.action.checking' : 'check.action.working') : t(key);

  return (
    <section
      className={styles.root}
      data-testid="view-check"
      aria-labelledby="check-title"
      aria-busy={disabled}
    >
      <Subtitle2 as="h2" id="check-title" className={styles.title}>
        {t('check.title')}
      </Subtitle2>
      <Body1 className={styles.intro}>{t('check.intro')}</Body1>

      <div className={styles.buttons}>
        {checked ? (
          <Button
            appearance="primary"
            className={styles.wide}
            icon={busy === 'check' ? <Spinner size="tiny" /> : <ArrowClockwise20Regular />}
            disabled={disabled}
            onClick={() => void check(checked.scope)}
            data-testid="check-recheck"
          >
            {label('check.action.recheck', 'check')}
          </Button>
        ) : null}
        <div className={styles.pair}>
          <Button
            appearance={checked ? 'secondary' : 'primary'}
            className={styles.wide}
            icon={busy === 'check' && !checked ? <Spinner size="tiny" /> : <TableSearch20Regular />}
            disabled={disabled}
            onClick={() => void check('sheet')}
            data-testid="check-sheet"
          >
            {t('check.action.sheet')}
          </Button>
          <Button
            appearance="secondary"
            className={styles.wide}
            icon={<DocumentTable20Regular />}
            disabled={disabled}
            onClick={() => void check('workbook')}
            data-testid="check-workbook"
          >
            {t('check.action.workbook')}
          </Button>
        </div>
        {(findings.length > 0 || marked) && (
          <div className={styles.pair}>
            <Button
              className={styles.wide}
              icon={busy === 'highlight' ? <Spinner size="tiny" /> : <Highlight20Regular />}
              disabled={disabled || findings.length === 0}
              onClick={() => void highlight(findings)}
              data-testid="check-highlight"
            >
              {label('check.action.highlight', 'highlight')}
            </Button>
            <Button
              className={styles.wide}
              icon={busy === 'unhighlight' ? <Spinner size="tiny" /> : <Eraser20Regular />}
              disabled={disabled || !marked}
              onClick={() => void unhighlight()}
              data-testid="check-unhighlight"
            >
              {label('check.action.unhighlight', 'unhighlight')}
            </Button>
          </div>
        )}
      </div>

      {outcome && <ActionResult outcome={outcome} />}

      {checked && (
        <div className={styles.report} data-testid="check-report" data-scope={checked.scope}>
          <Report checked={checked} selected={selected} onSelect={select} />
        </div>
      )}
    </section>
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
      <MessageBar intent="warning" layout="multiline" data-testid="check-no-form">
        <MessageBarBody>
          <MessageBarTitle>{t('check.noForm.title')}</MessageBarTitle>
          <span className={styles.line}>{t('check.noForm.body')}</span>
          <span className={styles.line}>{t('check.noForm.hint')}</span>
        </MessageBarBody>
      </MessageBar>
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
        <MessageBar intent="success" layout="multiline" data-testid="check-clean">
          <MessageBarBody>
            <MessageBarTitle>{t('check.clean.title')}</MessageBarTitle>
            <span className={styles.line}>
              {fillTemplate(t('check.clean.body'), { count: report.forms.length })}
            </span>
          </MessageBarBody>
        </MessageBar>
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
