/**
 * Legal basis and the forms of that basis as a checkbox list. Each form carries a badge saying whether its layout
 * is confirmed or inferred — an inferred layout is never dressed up as the official one — and a tooltip with the
 * source it was taken from.
 */
import { Badge, Caption1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState, type ReactElement } from 'react';
import type { FormSpec, LegalBasis } from '../../domain/forms';
import { LEGAL_BASES } from '../../domain/forms';
import { useT, type MessageKey } from '../i18n';
import { InputField } from '../view-kit/fields';
import { whenIdle } from '../when-idle';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    border: 'none',
  },
  item: { display: 'flex', alignItems: 'flex-start' },
  label: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  name: { lineHeight: tokens.lineHeightBase300 },
  code: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  // Tall enough for a small badge before the badges are drawn (statusShown), so the list does not move then.
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, minHeight: '16px' },
  badge: { cursor: 'help' },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXXS, fontWeight: tokens.fontWeightSemibold },
});

const BASES = Object.keys(LEGAL_BASES) as LegalBasis[];

type TooltipComponent = typeof import('@fluentui/react-components').Tooltip;

let cachedTooltip: TooltipComponent | null = null;

/**
 * Fluent's Tooltip brings its positioning engine (floating-ui, ~12 KB gzip), which the list does not need to paint:
 * it loads in its own chunk once the browser is idle after the first paint (loading it during that paint would put
 * its download and compilation on the pane's start-up path, issue 14). Until then each badge carries the same text
 * as its accessible name and title.
 */
function useIdleTooltip(): TooltipComponent | null {
  const [tooltip, setTooltip] = useState<TooltipComponent | null>(() => cachedTooltip);
  useEffect(() => {
    if (tooltip) return;
    let mounted = true;
    const cancel = whenIdle(() => {
      void import(/* webpackChunkName: "tooltip" */ '@fluentui/react-components').then((m) => {
        cachedTooltip = m.Tooltip;
        if (mounted) setTooltip(() => m.Tooltip);
      });
    });
    return () => {
      mounted = false;
      cancel();
    };
  }, [tooltip]);
  return tooltip;
}

export interface FormPickerProps {
  basis: LegalBasis;
  basisChosen: boolean;
  forms: readonly FormSpec[];
  selected: readonly string[];
  disabled: boolean;
  /**
   * Whether the status badges are drawn. The view draws the list first without them and adds them right after,
   * so the checkboxes take a click sooner on a slow PC (18 Fluent badges are a good part of that first render).
   * Default true.
   */
  statusShown?: boolean;
  onBasis: (basis: LegalBasis) => void;
  onToggle: (code: string, on: boolean) => void;
}

export function FormPicker(props: FormPickerProps) {
  const styles = useStyles();
  const t = useT();
  const Tooltip = useIdleTooltip();
  return (
    <>
      <InputField
        label={t('insert.basis')}
        hint={props.basisChosen ? undefined : t('insert.basis.hint')}
        value={props.basis}
        options={BASES.map((basis) => ({ value: basis, label: t(`insert.basis.${basis}` as MessageKey) }))}
        disabled={props.disabled}
        onChange={(value) => props.onBasis(value as LegalBasis)}
        testId="insert-basis"
        fill
      />
      <fieldset className={styles.list} data-testid="insert-forms">
        <legend className={styles.legend}>
          <Caption1>{t('insert.forms.label')}</Caption1>
        </legend>
        {props.forms.map((spec) => (
          <div key={spec.code} className={styles.item} data-testid={`insert-form-${spec.code}`}>
            <Checkbox
              checked={props.selected.includes(spec.code)}
              disabled={props.disabled}
              onChange={(_event, data) => props.onToggle(spec.code, data.checked === true)}
              label={
                <FormLabel
                  spec={spec}
                  styles={styles}
                  Tooltip={Tooltip}
                  statusShown={props.statusShown ?? true}
                />
              }
            />
          </div>
        ))}
      </fieldset>
    </>
  );
}

/**
 * `styles`: the list's classes, looked up once per list (each lookup re-inserts Fluent's CSS rules, issue 14).
 * `Tooltip`: null until it has loaded (useIdleTooltip).
 */
function FormLabel(props: {
  spec: FormSpec;
  styles: ReturnType<typeof useStyles>;
  Tooltip: TooltipComponent | null;
  statusShown: boolean;
}) {
  const t = useT();
  const { spec, styles, Tooltip } = props;
  const confirmed = spec.status.layout === 'confirmed';
  const badgeText = t(confirmed ? 'insert.badge.confirmed' : 'insert.badge.inferred');
  // One string, used as the badge's accessible name too: a 'description' tooltip would stay mounted in a portal
  // for every form of the list.
  const tooltip = [`${badgeText}.`, `${t('insert.source')}: ${spec.status.source}.`, spec.status.notes]
    .filter(Boolean)
    .join(' ');
  /** With `label`, the badge names itself (the tooltip does that once it is loaded). */
  const badge = (label?: string): ReactElement => (
    <Badge
      className={styles.badge}
      size="small"
      appearance="tint"
      color={confirmed ? 'success' : 'warning'}
      tabIndex={0}
      // Absent, not undefined, under the tooltip: the Tooltip's own aria-label would lose to an explicit undefined.
      {...(label ? { 'aria-label': label, title: label } : {})}
      data-testid="insert-form-status"
      data-status={spec.status.layout}
    >
      {badgeText}
    </Badge>
  );
  return (
    <span className={styles.label}>
      <span className={styles.name}>
        <span className={styles.code}>{spec.code}</span>
        {spec.shortName}
      </span>
      <span className={styles.badges}>
        {props.statusShown &&
          (Tooltip ? (
            <Tooltip content={tooltip} relationship="label" withArrow>
              {badge()}
            </Tooltip>
          ) : (
            badge(tooltip)
          ))}
        {props.statusShown && !spec.officialCode && (
          <Badge size="small" appearance="outline" color="informative">
            {t('insert.badge.localCode')}
          </Badge>
        )}
      </span>
    </span>
  );
}
