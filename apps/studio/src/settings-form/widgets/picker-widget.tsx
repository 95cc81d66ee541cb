import { Autocomplete, Select } from '@mantine/core';
import { isPickerKind } from '../field-model';
import { useFormContext } from '../form-context';
import { pickerOptions } from '../picker-options';
import { clearedText, type WidgetProps } from '../widget-props';

/**
 * A name of something in the bot. Variables may also be typed (the analyst may
 * declare it afterwards; the validator says so meanwhile); flows, intents and
 * entities are chosen from what exists.
 */
export function PickerWidget(props: WidgetProps) {
  const { bot, t } = useFormContext();
  const { model, value, testId } = props;
  if (!isPickerKind(model.kind)) return null;
  const options = pickerOptions(model.kind, bot, value, (name) => t('picker.missing', { name }));
  const common = {
    label: props.label,
    description: props.description,
    error: props.error,
    withAsterisk: props.required,
    placeholder: model.meta.placeholder ?? t(`picker.placeholder.${model.kind}`),
    comboboxProps: { withinPortal: true },
    'data-testid': testId,
    errorProps: { 'data-testid': `${testId}-error` },
  };
  if (model.kind === 'variable') {
    return (
      <Autocomplete
        {...common}
        data={options.map((option) => option.value)}
        value={typeof value === 'string' ? value : ''}
        onChange={(text) => props.onChange(clearedText(props, text))}
      />
    );
  }
  return (
    <Select
      {...common}
      data={options}
      searchable
      nothingFoundMessage={t('picker.nothing')}
      value={typeof value === 'string' ? value : null}
      allowDeselect={false}
      clearable={model.optional}
      onChange={(next) => props.onChange(next ?? undefined)}
    />
  );
}
