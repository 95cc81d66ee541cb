import { ActionIcon, Button, Group, Stack, Title, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { UsedBy } from './used-by';
import type { NodeUse } from './where-used';

/**
 * Top of an intent's or entity's detail: its name with a rename button (and any badges),
 * where the flows use it, and the delete button on the right.
 */
export function ItemDetailHeader(props: {
  name: string;
  badge?: ReactNode;
  uses: readonly NodeUse[];
  renameLabel: string;
  onRename: () => void;
  onDelete: () => void;
  /** Prefix of the buttons' test ids: `<prefix>-rename`, `<prefix>-delete`. */
  testIdPrefix: string;
}) {
  const { t } = useTranslation('botData');
  return (
    <Group justify="space-between" wrap="nowrap" align="flex-start">
      <Stack gap={4} miw={0}>
        <Group gap="xs" wrap="nowrap">
          <Title order={3} fz={20} ff="monospace" style={{ overflowWrap: 'anywhere' }}>
            {props.name}
          </Title>
          {props.badge}
          <Tooltip label={props.renameLabel}>
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={props.onRename}
              aria-label={props.renameLabel}
              data-testid={`${props.testIdPrefix}-rename`}
            >
              <IconPencil size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
        <UsedBy uses={props.uses} />
      </Stack>
      <Button
        variant="subtle"
        color="red"
        leftSection={<IconTrash size={16} />}
        onClick={props.onDelete}
        data-testid={`${props.testIdPrefix}-delete`}
      >
        {t('delete.submit')}
      </Button>
    </Group>
  );
}
