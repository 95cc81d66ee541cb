import { NumberInput } from '@mantine/core';
import { defaultHint, type WidgetProps } from '../widget-props';

/** A number; emptied, the setting is left out (its default applies, or it is marked missing). */
export function NumberWidget(props: WidgetProps) {
  const { model, value, testId } = props;
  return (
    <NumberInput
      label={props.label}
      description={props.description}
      error={props.error}
      withAsterisk={props.required}
      value={typeof value === 'number' ? value : ''}
      placeholder={model.meta.placeholder ?? defaultHint(props)}
      allowDecimal={!model.integer}
      data-testid={testId}
      errorProps={{ 'data-testid': `${testId}-error` }}
      onChange={(next) => props.onChange(next === '' ? undefined : Number(next))}
    />
  );
}
