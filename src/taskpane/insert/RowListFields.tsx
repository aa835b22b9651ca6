/**
 * The editable row lists (one textarea per kind of row, see rowListSlots) and, when II.06a or II.06b is chosen,
 * the two optional Nghị định 118/2025 columns.
 */
import { Caption1, Field, Switch, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { RowListSlot } from './model';
import { useT } from '../i18n';
import { fillTemplate } from './text';

const useStyles = makeStyles({
  textarea: { minHeight: '8.5em' },
  switches: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  switchTitle: { fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface RowListFieldsProps {
  slots: readonly RowListSlot[];
  texts: Readonly<Record<string, string>>;
  disabled: boolean;
  onText: (key: string, text: string) => void;
}

export function RowListFields(props: RowListFieldsProps) {
  const styles = useStyles();
  const t = useT();
  return (
    <>
      {props.slots.map((slot) => (
        <Field
          key={slot.key}
          size="small"
          label={fillTemplate(t('insert.rows.label'), { noun: slot.noun, codes: slot.codes.join(', ') })}
          hint={fillTemplate(t(slot.kind === 'grouped' ? 'insert.rows.groupHint' : 'insert.rows.hint'), {
            noun: slot.noun,
          })}
        >
          <Textarea
            size="small"
            resize="vertical"
            textarea={{ className: styles.textarea, spellCheck: false }}
            value={props.texts[slot.key] ?? ''}
            disabled={props.disabled}
            onChange={(_event, data) => props.onText(slot.key, data.value)}
            data-testid={`insert-rows-${slot.key}`}
          />
        </Field>
      ))}
    </>
  );
}

const OPTIONAL_COLUMNS = ['returned', 'paused'] as const;

export interface OptionalColumnSwitchesProps {
  value: { returned: boolean; paused: boolean };
  disabled: boolean;
  onChange: (value: { returned: boolean; paused: boolean }) => void;
}

export function OptionalColumnSwitches(props: OptionalColumnSwitchesProps) {
  const styles = useStyles();
  const t = useT();
  return (
    <div className={styles.switches} role="group" aria-labelledby="insert-optional-title" data-testid="insert-optional">
      <Caption1 id="insert-optional-title" className={styles.switchTitle}>
        {t('insert.optional.title')}
      </Caption1>
      {OPTIONAL_COLUMNS.map((column) => (
        <Switch
          key={column}
          size="small"
          checked={props.value[column]}
          disabled={props.disabled}
          label={t(`insert.optional.${column}`)}
          onChange={(_event, data) => props.onChange({ ...props.value, [column]: data.checked })}
          data-testid={`insert-optional-${column}`}
        />
      ))}
      <Caption1 className={styles.hint}>{t('insert.optional.hint')}</Caption1>
    </div>
  );
}
