import { ActionIcon, Group, ScrollArea, Stack, Text, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SimTurn } from './simulator-session';
import { TraceStepView } from './trace-step-view';
import classes from './simulator.module.css';

interface TurnInspectorProps {
  turns: readonly SimTurn[];
  /** The turn shown. */
  index: number;
  onSelectTurn: (index: number) => void;
  onShowNode: (flowId: string, nodeId: string) => void;
}

/** What happened in one turn, step by step: the trace the runtime sent with it. */
export function TurnInspector({ turns, index, onSelectTurn, onShowNode }: TurnInspectorProps) {
  const { t } = useTranslation('simulator');
  const turn = turns[index];
  return (
    <div className={classes.inspector} data-testid="sim-inspector">
      <Group justify="space-between" px="sm" py={6} wrap="nowrap">
        <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {t('inspector.title')}
          </Text>
          {turn && (
            <Text size="xs" c="dimmed" truncate data-testid="sim-inspector-turn">
              {t('inspector.turnOf', { number: index + 1, count: turns.length })} ·{' '}
              {t('inspector.ms', { ms: Math.round(turn.ms) })}
            </Text>
          )}
        </Group>
        <Group gap={2} wrap="nowrap">
          <Tooltip label={t('inspector.previous')}>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              disabled={index <= 0}
              aria-label={t('inspector.previous')}
              onClick={() => onSelectTurn(index - 1)}
              data-testid="sim-inspector-previous"
            >
              <IconChevronLeft size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('inspector.next')}>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              disabled={index >= turns.length - 1}
              aria-label={t('inspector.next')}
              onClick={() => onSelectTurn(index + 1)}
              data-testid="sim-inspector-next"
            >
              <IconChevronRight size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      <ScrollArea style={{ flex: 1 }} px="sm" pb="sm">
        {!turn || turn.trace.length === 0 ? (
          <Group gap={6} c="dimmed" p="sm" wrap="nowrap">
            <IconInfoCircle size={16} />
            <Text size="sm">{t('inspector.empty')}</Text>
          </Group>
        ) : (
          <Stack gap={6}>
            {turn.trace.map((entry, entryIndex) =>
              entry.type === 'step' ? (
                <TraceStepView
                  key={entryIndex}
                  step={entry}
                  index={entryIndex}
                  onShowNode={() => onShowNode(entry.flowId, entry.nodeId)}
                />
              ) : (
                <Text
                  key={entryIndex}
                  size="xs"
                  c="dimmed"
                  fs="italic"
                  px={4}
                  data-testid={`sim-note-${entryIndex}`}
                >
                  {entry.message}
                </Text>
              ),
            )}
          </Stack>
        )}
      </ScrollArea>
    </div>
  );
}
