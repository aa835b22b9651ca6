/** «Thông tin văn bản»: the fields of the signed .docx, remembered per workbook (report-fields.ts). Folded by default. */
import { Button, Caption1, Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronUp16Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useT, type MessageKey } from '../i18n';
import type { ReportFields } from './report-fields';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalL,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  toggle: { minWidth: 'auto' },
});

const TEXT_FIELDS: readonly (keyof Omit<ReportFields, 'attachForms'>)[] = [
  'unit',
  'number',
  'place',
  'date',
  'receiver',
  'signerAuthority',
  'signerTitle',
  'signerName',
  'recipients',
];

export function ReportFieldsForm(props: {
  fields: ReportFields;
  onChange(next: ReportFields): void;
  disabled?: boolean;
}) {
  const styles = useStyles();
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <div className={styles.root} data-testid="narrate-fields">
      <div className={styles.header}>
        <Caption1>{t('narrate.fields.title')}</Caption1>
        <Button
          size="small"
          appearance="transparent"
          className={styles.toggle}
          icon={open ? <ChevronUp16Regular /> : <ChevronDown16Regular />}
          aria-expanded={open}
          aria-label={t('narrate.fields.title')}
          onClick={() => setOpen(!open)}
          data-testid="narrate-fields-toggle"
        />
      </div>
      {open && (
        <div className={styles.body}>
          {TEXT_FIELDS.map((key) => (
            <Field key={key} label={t(`narrate.fields.${key}` as MessageKey)} size="small">
              <Input
                size="small"
                value={props.fields[key]}
                disabled={props.disabled}
                data-testid={`narrate-field-${key}`}
                onChange={(_, data) => props.onChange({ ...props.fields, [key]: data.value })}
              />
            </Field>
          ))}
          <Checkbox
            checked={props.fields.attachForms}
            disabled={props.disabled}
            label={t('narrate.fields.attachForms')}
            data-testid="narrate-field-attachForms"
            onChange={(_, data) => props.onChange({ ...props.fields, attachForms: data.checked === true })}
          />
        </div>
      )}
    </div>
  );
}
