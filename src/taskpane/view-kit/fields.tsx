/**
 * The small labelled inputs the views' forms are made of (Fluent Field + Input/Select, size small), so a form is a
 * list of fields rather than the same eight lines again for each one.
 */
import { Field, Input, Select, makeStyles, type InputProps } from '@fluentui/react-components';
import { VIEW_STYLE_RULES } from '../view-styles';

const useStyles = makeStyles({ fill: VIEW_STYLE_RULES.fill, pair: VIEW_STYLE_RULES.pair });

/** How a date is typed everywhere in the pane. */
export const DATE_PLACEHOLDER = 'dd/mm/yyyy';

interface FieldBase {
  label: string;
  value: string;
  onChange(value: string): void;
  testId: string;
  disabled?: boolean;
  required?: boolean;
  hint?: string;
  /** Shrink to a grid cell (side-by-side fields) instead of Fluent's minimum width. */
  fill?: boolean;
}

export interface TextFieldProps extends FieldBase {
  placeholder?: string;
  inputMode?: InputProps['inputMode'];
}

export function TextField(props: TextFieldProps) {
  const styles = useStyles();
  return (
    <Field label={props.label} hint={props.hint} size="small" required={props.required}>
      <Input
        size="small"
        value={props.value}
        placeholder={props.placeholder}
        inputMode={props.inputMode}
        disabled={props.disabled}
        onChange={(_event, data) => props.onChange(data.value)}
        data-testid={props.testId}
        className={props.fill ? styles.fill : undefined}
      />
    </Field>
  );
}

export interface SelectFieldProps extends FieldBase {
  options: readonly { value: string | number; label: string }[];
}

export function SelectField(props: SelectFieldProps) {
  const styles = useStyles();
  return (
    <Field label={props.label} hint={props.hint} size="small" required={props.required}>
      <Select
        size="small"
        value={props.value}
        disabled={props.disabled}
        onChange={(_event, data) => props.onChange(data.value)}
        data-testid={props.testId}
        className={props.fill ? styles.fill : undefined}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
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
    <TextField
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
