import { ActionIcon, Button, Fieldset, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useFormContext } from '../form-context';
import { initialValue } from '../initial-value';
import { ObjectFields } from '../object-fields';
import type { WidgetProps } from '../widget-props';

/** A group of settings; an optional group is added and removed as a whole. */
export function ObjectWidget(props: WidgetProps) {
  const { t } = useFormContext();
  const { model, value, testId } = props;
  const errorText = props.error && (
    <Text size="xs" c="red" data-testid={`${testId}-error`}>
      {props.error}
    </Text>
  );
  if (value === undefined && model.optional) {
    return (
      <Stack gap={4}>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          data-testid={`${testId}-add`}
          onClick={() => props.onChange(initialValue(model))}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('form.addGroup', { label: props.label })}
        </Button>
        {props.description && (
          <Text size="xs" c="dimmed">
            {props.description}
          </Text>
        )}
        {errorText}
      </Stack>
    );
  }
  const legend = (
    <Group gap="xs" wrap="nowrap">
      <span>{props.label}</span>
      {model.optional && (
        <Tooltip label={t('form.removeGroup', { label: props.label })}>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={t('form.removeGroup', { label: props.label })}
            data-testid={`${testId}-remove`}
            onClick={() => props.onChange(undefined)}
          >
            <IconTrash size={14} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
  return (
    <Fieldset legend={legend} variant="filled" p="sm" data-testid={testId}>
      {props.description && (
        <Text size="xs" c="dimmed" mb="xs">
          {props.description}
        </Text>
      )}
      <ObjectFields model={model} path={props.path} value={value} onChange={props.onChange} />
      {errorText}
    </Fieldset>
  );
}
