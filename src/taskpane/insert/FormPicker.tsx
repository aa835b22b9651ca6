/**
 * Legal basis and the forms of that basis as a checkbox list. Each form carries a badge saying whether its layout
 * is confirmed or inferred — an inferred layout is never dressed up as the official one — and a tooltip with the
 * source it was taken from.
 */
import { Badge, Caption1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, type ReactElement } from 'react';
import type { FormSpec, LegalBasis } from '../../domain/forms';
import { LEGAL_BASES } from '../../domain/forms';
import { useT, type MessageKey } from '../i18n';
import { InputField } from '../view-kit/fields';

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
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  badge: { cursor: 'help' },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXXS, fontWeight: tokens.fontWeightSemibold },
});

const BASES = Object.keys(LEGAL_BASES) as LegalBasis[];

/**
 * Fluent's Tooltip brings its positioning engine (floating-ui, ~12 KB gzip), which the list does not need to paint:
 * it loads right after, in its own chunk. Until then the badge carries the same text as accessible name and title.
 */
const Tooltip = lazy(() =>
  import(/* webpackChunkName: "tooltip" */ '@fluentui/react-components').then((m) => ({
    default: m.Tooltip,
  })),
);

export interface FormPickerProps {
  basis: LegalBasis;
  basisChosen: boolean;
  forms: readonly FormSpec[];
  selected: readonly string[];
  disabled: boolean;
  onBasis: (basis: LegalBasis) => void;
  onToggle: (code: string, on: boolean) => void;
}

export function FormPicker(props: FormPickerProps) {
  const styles = useStyles();
  const t = useT();
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
              label={<FormLabel spec={spec} styles={styles} />}
            />
          </div>
        ))}
      </fieldset>
    </>
  );
}

/** `styles`: the list's classes, looked up once per list (each lookup re-inserts Fluent's CSS rules, issue 14). */
function FormLabel(props: { spec: FormSpec; styles: ReturnType<typeof useStyles> }) {
  const t = useT();
  const { spec, styles } = props;
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
        <Suspense fallback={badge(tooltip)}>
          <Tooltip content={tooltip} relationship="label" withArrow>
            {badge()}
          </Tooltip>
        </Suspense>
        {!spec.officialCode && (
          <Badge size="small" appearance="outline" color="informative">
            {t('insert.badge.localCode')}
          </Badge>
        )}
      </span>
    </span>
  );
}
