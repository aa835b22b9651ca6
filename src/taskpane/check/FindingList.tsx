/**
 * Findings grouped by sheet, then by severity, with counts. Each finding is one button: its cell, its sentence,
 * found/expected; a click selects the cell in Excel.
 */
import { Badge, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding, FindingSeverity } from '../../domain/checks';
import { useLanguage, useT, type MessageKey } from '../i18n';
import { fillTemplate } from '../insert/text';
import { groupFindings, showValue } from './model';

const SEVERITY_LABEL: Record<FindingSeverity, MessageKey> = {
  error: 'check.severity.error',
  warning: 'check.severity.warning',
  info: 'check.severity.info',
};

export const SEVERITY_COLOR: Record<FindingSeverity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

const useStyles = makeStyles({
  sheet: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  sheetHeading: {
    display: 'flex',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  severityHeading: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    width: '100%',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    textAlign: 'left',
    font: 'inherit',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: tokens.strokeWidthThickest,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  // One width for «C9» and «AB123» so the sentences line up.
  cell: { gridRow: '1 / span 2', alignSelf: 'start', minWidth: '44px', fontFamily: tokens.fontFamilyMonospace },
  values: { color: tokens.colorNeutralForeground3 },
});

export interface FindingListProps {
  findings: readonly Finding[];
  /** `${sheet}!${cell}` of the finding last clicked. */
  selected: string | null;
  onSelect(finding: Finding): void;
}

export function FindingList(props: FindingListProps) {
  const styles = useStyles();
  const t = useT();
  const { language } = useLanguage();
  return (
    <>
      {groupFindings(props.findings).map((group) => (
        <section
          key={group.sheet}
          className={styles.sheet}
          data-testid="check-sheet-group"
          data-sheet={group.sheet}
        >
          <h3 className={styles.sheetHeading}>
            <span>«{group.sheet}»</span>
          </h3>
          {group.bySeverity.map(({ severity, findings }) => (
            <div key={severity} className={styles.sheet}>
              <h4 className={styles.severityHeading} data-testid={`check-group-${severity}`}>
                <Badge appearance="filled" color={SEVERITY_COLOR[severity]} size="small">
                  {findings.length}
                </Badge>
                {t(SEVERITY_LABEL[severity])}
              </h4>
              <ul className={styles.list}>
                {findings.map((finding, index) => {
                  const id = `${finding.sheet}!${finding.cell}`;
                  const message =
                    language === 'en' && finding.messageEn ? finding.messageEn : finding.message;
                  return (
                    <li key={`${id}-${finding.rule}-${index}`}>
                      <button
                        type="button"
                        className={mergeClasses(
                          styles.item,
                          styles[severity],
                          props.selected === id && styles.selected,
                        )}
                        onClick={() => props.onSelect(finding)}
                        title={fillTemplate(t('check.goto'), { cell: finding.cell })}
                        aria-current={props.selected === id ? 'true' : undefined}
                        data-testid="check-finding"
                        data-sheet={finding.sheet}
                        data-cell={finding.cell}
                        data-severity={severity}
                      >
                        <Badge
                          className={styles.cell}
                          appearance="tint"
                          color={SEVERITY_COLOR[severity]}
                          size="medium"
                        >
                          {finding.cell}
                        </Badge>
                        <span>{message}</span>
                        <Caption1 className={styles.values}>
                          {t('check.found')}: {showValue(finding.found, language)} · {t('check.expected')}:{' '}
                          {showValue(finding.expected, language)}
                        </Caption1>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
