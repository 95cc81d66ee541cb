import { JsonInput, SegmentedControl, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OverrideRow } from './variable-overrides-model';

/** The override of one variable, in the input its type calls for; blank keeps the default. */
export function VariableOverrideInput(props: {
  row: OverrideRow;
  placeholder: string;
  error: string | null;
  disabled: boolean;
  onChange: (text: string) => void;
}) {
  const { t } = useTranslation('environments');
  const { row } = props;
  const common = {
    'aria-label': t('variables.valueOf', { name: row.name }),
    error: props.error,
    disabled: props.disabled,
    'data-testid': `variable-override-${row.name}`,
  };
  switch (row.type) {
    case 'boolean':
      return (
        <SegmentedControl
          size="xs"
          value={row.text === 'true' || row.text === 'false' ? row.text : ''}
          onChange={props.onChange}
          disabled={props.disabled}
          data={[
            { value: '', label: t('variables.useDefault') },
            { value: 'true', label: t('variables.true') },
            { value: 'false', label: t('variables.false') },
          ]}
          data-testid={common['data-testid']}
        />
      );
    case 'list':
    case 'object':
      return (
        <JsonInput
          {...common}
          size="xs"
          value={row.text}
          onChange={props.onChange}
          placeholder={props.placeholder}
          autosize
          minRows={1}
          maxRows={6}
          formatOnBlur
        />
      );
    case 'number':
    case 'date':
    case 'string':
      return (
        <TextInput
          {...common}
          size="xs"
          inputMode={row.type === 'number' ? 'decimal' : undefined}
          value={row.text}
          placeholder={props.placeholder}
          onChange={(event) => props.onChange(event.currentTarget.value)}
        />
      );
  }
}
