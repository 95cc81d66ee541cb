import { ActionIcon, Badge, Group, Menu, Paper, ScrollArea, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconMaximize, IconTrash } from '@tabler/icons-react';
import type { Problem } from '@parley/flow';
import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { DraftStore } from '../draft/draft-store';
import { SaveStateBadge } from '../draft/save-state-badge';

interface EditorToolbarProps {
  store: DraftStore;
  problems: readonly Problem[];
  canDelete: boolean;
  onDelete: () => void;
  /** Opens the node (and its flow) a problem is about. */
  onShowProblem: (problem: Problem) => void;
}

/** Save state, the bot's problems, and the actions on the selection and the view. */
export function EditorToolbar({
  store,
  problems,
  canDelete,
  onDelete,
  onShowProblem,
}: EditorToolbarProps) {
  const { t } = useTranslation('canvas');
  const { fitView } = useReactFlow();
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return (
    <Paper withBorder shadow="xs" radius="md" px="xs" py={4}>
      <Group gap="xs" wrap="nowrap">
        <SaveStateBadge store={store} />
        <Menu position="bottom-end" width={360} withinPortal>
          <Menu.Target>
            <Badge
              component="button"
              style={{ cursor: 'pointer', border: 0 }}
              color={errors > 0 ? 'red' : problems.length > 0 ? 'yellow' : 'teal'}
              variant="light"
              leftSection={
                problems.length > 0 ? (
                  <IconAlertTriangle size={12} />
                ) : (
                  <IconCircleCheck size={12} />
                )
              }
              data-testid="problems-count"
              data-errors={errors}
            >
              {problems.length > 0
                ? t('problems.count', { count: problems.length })
                : t('problems.none')}
            </Badge>
          </Menu.Target>
          {problems.length > 0 && (
            <Menu.Dropdown>
              <ScrollArea.Autosize mah={320}>
                {problems.slice(0, 100).map((problem, index) => (
                  <Menu.Item
                    key={index}
                    color={problem.severity === 'error' ? 'red' : 'yellow'}
                    onClick={() => onShowProblem(problem)}
                  >
                    <Text size="xs">{problem.message}</Text>
                  </Menu.Item>
                ))}
              </ScrollArea.Autosize>
            </Menu.Dropdown>
          )}
        </Menu>
        <Tooltip label={t('toolbar.delete')}>
          <ActionIcon
            variant="subtle"
            color="red"
            disabled={!canDelete}
            aria-label={t('toolbar.delete')}
            data-testid="delete-selection"
            onClick={onDelete}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label={t('toolbar.fit')}>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('toolbar.fit')}
            data-testid="fit-view"
            onClick={() => void fitView({ padding: 0.2, duration: 200 })}
          >
            <IconMaximize size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Paper>
  );
}
