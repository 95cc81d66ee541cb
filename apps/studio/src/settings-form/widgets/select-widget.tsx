import { Select } from '@mantine/core';
import { useFormContext } from '../form-context';
import type { WidgetProps } from '../widget-props';

/** One of the schema's enum values, each named in the UI language when the strings know it. */
export function SelectWidget(props: WidgetProps) {
  const { t } = useFormContext();
  const { model, value, testId } = props;
  const data = model.options.map((option) => ({
    value: option,
    label: t(`option.${option}`, { defaultValue: option }),
  }));
  const fallback = typeof model.defaultValue === 'string' ? model.defaultValue : null;
  return (
    <Select
      label={props.label}
      description={props.description}
      error={props.error}
      withAsterisk={props.required}
      data={data}
      value={typeof value === 'string' ? value : fallback}
      allowDeselect={false}
      clearable={model.optional}
      comboboxProps={{ withinPortal: true }}
      data-testid={testId}
      errorProps={{ 'data-testid': `${testId}-error` }}
      onChange={(next) => props.onChange(next ?? undefined)}
    />
  );
}
