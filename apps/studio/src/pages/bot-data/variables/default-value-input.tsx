import { JsonInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import type { VariableType } from '@parley/flow';
import { useTranslation } from 'react-i18next';

/** The default of a variable, in the input its type calls for; `text` is read by `parseDefault`. */
export function DefaultValueInput(props: {
  type: VariableType;
  text: string;
  error: string | null;
  onChange: (text: string) => void;
}) {
  const { t } = useTranslation('botData');
  const common = {
    label: t('variables.default'),
    description: t(`variables.defaultHelp.${props.type}`),
    error: props.error,
    'data-testid': 'variable-default',
  };
  switch (props.type) {
    case 'boolean':
      return (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {common.label}
          </Text>
          <SegmentedControl
            value={props.text === 'true' || props.text === 'false' ? props.text : ''}
            onChange={props.onChange}
            data={[
              { value: '', label: t('variables.noDefault') },
              { value: 'true', label: t('variables.true') },
              { value: 'false', label: t('variables.false') },
            ]}
            data-testid="variable-default"
          />
        </Stack>
      );
    case 'list':
    case 'object':
      return (
        <JsonInput
          {...common}
          value={props.text}
          onChange={props.onChange}
          placeholder={props.type === 'list' ? '["standard", "express"]' : '{ "tier": "gold" }'}
          autosize
          minRows={3}
          maxRows={10}
          formatOnBlur
          validationError={t('variables.defaultProblem.json')}
        />
      );
    case 'number':
      return (
        <TextInput
          {...common}
          inputMode="decimal"
          placeholder="0"
          value={props.text}
          onChange={(event) => props.onChange(event.currentTarget.value)}
        />
      );
    case 'date':
    case 'string':
      return (
        <TextInput
          {...common}
          placeholder={props.type === 'date' ? '2026-05-01' : ''}
          value={props.text}
          onChange={(event) => props.onChange(event.currentTarget.value)}
        />
      );
  }
}
