/** «Thông tin văn bản»: the fields of the signed .docx, remembered per workbook (report-fields.ts). Folded by default. */
import { Checkbox } from '@fluentui/react-components';
import { useT, type MessageKey } from '../i18n';
import { InputField } from '../view-kit/fields';
import { Foldable } from '../view-kit/Foldable';
import type { ReportFields } from './report-fields';

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
  const t = useT();
  return (
    <Foldable title={t('narrate.fields.title')} testId="narrate-fields">
      {TEXT_FIELDS.map((key) => (
        <InputField
          key={key}
          label={t(`narrate.fields.${key}` as MessageKey)}
          value={props.fields[key]}
          disabled={props.disabled}
          testId={`narrate-field-${key}`}
          onChange={(value) => props.onChange({ ...props.fields, [key]: value })}
        />
      ))}
      <Checkbox
        checked={props.fields.attachForms}
        disabled={props.disabled}
        label={t('narrate.fields.attachForms')}
        data-testid="narrate-field-attachForms"
        onChange={(_, data) => props.onChange({ ...props.fields, attachForms: data.checked === true })}
      />
    </Foldable>
  );
}
