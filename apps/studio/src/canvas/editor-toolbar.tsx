import { ActionIcon, Group, Paper, Tooltip } from '@mantine/core';
import { IconMaximize, IconTrash } from '@tabler/icons-react';
import type { Problem } from '@parley/flow';
import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { DraftStore } from '../draft/draft-store';
import { SaveStateBadge } from '../draft/save-state-badge';
import { SimulatorToggle } from '../simulator';
import { ProblemsToggle } from './problems/problems-toggle';
import { CoverageMarksChip } from './test-coverage/coverage-marks-chip';

interface EditorToolbarProps {
  store: DraftStore;
  problems: readonly Problem[];
  canDelete: boolean;
  onDelete: () => void;
  /** Whether the problems list under the canvas is open; the problem count toggles it. */
  problemsOpen: boolean;
  onToggleProblems: () => void;
  /** Whether the simulator is docked beside the canvas. */
  simulatorOpen: boolean;
  onToggleSimulator: () => void;
}

/** Save state, the bot's problems, and the actions on the selection and the view. */
export function EditorToolbar({
  store,
  problems,
  canDelete,
  onDelete,
  problemsOpen,
  onToggleProblems,
  simulatorOpen,
  onToggleSimulator,
}: EditorToolbarProps) {
  const { t } = useTranslation('canvas');
  const { fitView } = useReactFlow();
  return (
    <Paper withBorder shadow="xs" radius="md" px="xs" py={4}>
      <Group gap="xs" wrap="nowrap">
        <SaveStateBadge store={store} />
        <ProblemsToggle problems={problems} open={problemsOpen} onToggle={onToggleProblems} />
        <CoverageMarksChip />
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
        <SimulatorToggle open={simulatorOpen} onToggle={onToggleSimulator} />
      </Group>
    </Paper>
  );
}
