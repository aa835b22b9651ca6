/**
 * The small labelled inputs the views' forms are made of (Fluent Field with an Input, or a Select when the field
 * has options; size small), so a form is a list of fields rather than the same eight lines again for each one.
 */
import { Field, Input, Select, makeStyles, type InputProps } from '@fluentui/react-components';
import { VIEW_STYLE_RULES } from '../view-styles';

const useStyles = makeStyles({ fill: VIEW_STYLE_RULES.fill, pair: VIEW_STYLE_RULES.pair });

/** How a date is typed everywhere in the pane. */
export const DATE_PLACEHOLDER = 'dd/mm/yyyy';

export interface InputFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  testId: string;
  /** A choice among these instead of free text. */
  options?: readonly { value: string | number; label: string }[];
  disabled?: boolean;
  required?: boolean;
  hint?: string;
  placeholder?: string;
  inputMode?: InputProps['inputMode'];
  /** Shrink to a grid cell (side-by-side fields) instead of Fluent's minimum width. */
  fill?: boolean;
}

export function InputField(props: InputFieldProps) {
  const styles = useStyles();
  const control = {
    size: 'small',
    value: props.value,
    disabled: props.disabled,
    'data-testid': props.testId,
    className: props.fill ? styles.fill : undefined,
  } as const;
  return (
    <Field label={props.label} hint={props.hint} size="small" required={props.required}>
      {props.options ? (
        <Select {...control} onChange={(_event, data) => props.onChange(data.value)}>
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      ) : (
        <Input
          {...control}
          placeholder={props.placeholder}
          inputMode={props.inputMode}
          onChange={(_event, data) => props.onChange(data.value)}
        />
      )}
    </Field>
  );
}

export interface DateRangeFieldsProps {
  labels: { from: string; to: string };
  value: { from: string; to: string };
  onChange(change: { from?: string; to?: string }): void;
  /** Test ids of the two inputs. */
  testIds: { from: string; to: string };
  disabled?: boolean;
}

/** «Từ ngày» and «Đến ngày» side by side, typed as dd/mm/yyyy. */
export function DateRangeFields(props: DateRangeFieldsProps) {
  const styles = useStyles();
  const field = (end: 'from' | 'to') => (
    <InputField
      label={props.labels[end]}
      value={props.value[end]}
      placeholder={DATE_PLACEHOLDER}
      disabled={props.disabled}
      onChange={(value) => props.onChange({ [end]: value })}
      testId={props.testIds[end]}
      fill
    />
  );
  return (
    <div className={styles.pair}>
      {field('from')}
      {field('to')}
    </div>
  );
}
