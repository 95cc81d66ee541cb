import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The pencil and bin at the end of a variable's or parameter's row. */
export function EditDeleteActions(props: {
  name: string;
  /** Omitted when the row cannot be edited in a form (it does not parse). */
  onEdit?: () => void;
  onDelete: () => void;
  /** Smaller buttons for the denser parameter tables. */
  compact?: boolean;
  justify?: 'flex-end';
  testIdPrefix?: string;
}) {
  const { t } = useTranslation('botData');
  const size = props.compact ? 'sm' : undefined;
  const iconSize = props.compact ? 14 : 16;
  const testId = (action: string) =>
    props.testIdPrefix ? `${props.testIdPrefix}-${action}` : undefined;
  return (
    <Group gap={2} wrap="nowrap" justify={props.justify}>
      {props.onEdit && (
        <Tooltip label={t('variables.edit')}>
          <ActionIcon
            variant="subtle"
            color="gray"
            size={size}
            onClick={props.onEdit}
            aria-label={t('variables.editNamed', { name: props.name })}
            data-testid={testId('edit')}
          >
            <IconPencil size={iconSize} />
          </ActionIcon>
        </Tooltip>
      )}
      <Tooltip label={t('delete.submit')}>
        <ActionIcon
          variant="subtle"
          color="red"
          size={size}
          onClick={props.onDelete}
          aria-label={t('variables.deleteNamed', { name: props.name })}
          data-testid={testId('delete')}
        >
          <IconTrash size={iconSize} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
