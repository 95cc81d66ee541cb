import { Switch } from '@mantine/core';
import type { WidgetProps } from '../widget-props';

/** On or off; a left-out setting shows its default. */
export function SwitchWidget(props: WidgetProps) {
  const { model, value, testId } = props;
  const checked = typeof value === 'boolean' ? value : model.defaultValue === true;
  return (
    <Switch
      label={props.label}
      description={props.description}
      error={props.error}
      checked={checked}
      data-testid={testId}
      onChange={(e) => props.onChange(e.currentTarget.checked)}
    />
  );
}
