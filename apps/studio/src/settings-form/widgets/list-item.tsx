import { ActionIcon, Group, Paper, Text, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { FieldModel } from '../field-model';
import { FieldView } from '../field-view';
import { useFormContext } from '../form-context';
import { ObjectFields } from '../object-fields';
import { pathKey, type ValuePath } from '../value-path';

interface ListItemProps {
  model: FieldModel;
  path: ValuePath;
  value: unknown;
  index: number;
  count: number;
  onChange: (value: unknown) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

/** One item of a list: its fields in a card, with buttons to move or remove it. */
export function ListItem(props: ListItemProps) {
  const { t } = useFormContext();
  const { model, path, value, index, count } = props;
  const testId = `field-${pathKey(path)}`;
  const button = (
    label: string,
    suffix: string,
    icon: ReactNode,
    onClick: () => void,
    disabled = false,
  ) => (
    <Tooltip label={label}>
      <ActionIcon
        variant="subtle"
        color="gray"
        size="sm"
        aria-label={label}
        disabled={disabled}
        data-testid={`${testId}-${suffix}`}
        onClick={onClick}
      >
        {icon}
      </ActionIcon>
    </Tooltip>
  );
  return (
    <Paper withBorder p="xs" radius="sm" data-testid={testId}>
      <Group justify="space-between" mb={4} wrap="nowrap">
        <Text size="xs" c="dimmed" fw={600}>
          {t('form.itemNumber', { number: index + 1 })}
        </Text>
        <Group gap={2} wrap="nowrap">
          {button(
            t('form.moveUp'),
            'up',
            <IconArrowUp size={14} />,
            () => props.onMove(index - 1),
            index === 0,
          )}
          {button(
            t('form.moveDown'),
            'down',
            <IconArrowDown size={14} />,
            () => props.onMove(index + 1),
            index === count - 1,
          )}
          {button(t('form.removeItem'), 'remove', <IconTrash size={14} />, props.onRemove)}
        </Group>
      </Group>
      {model.kind === 'object' ? (
        <ObjectFields model={model} path={path} value={value} onChange={props.onChange} />
      ) : (
        <FieldView
          model={model}
          path={path}
          value={value}
          fallbackLabel={t('form.itemNumber', { number: index + 1 })}
          onChange={props.onChange}
        />
      )}
    </Paper>
  );
}
