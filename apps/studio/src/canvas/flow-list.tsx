import { TooltipIconButton } from '../app/tooltip-icon-button';
import { ActionIcon, Badge, Group, NavLink, Stack, Text, TextInput } from '@mantine/core';
import { IconPencil, IconPlus, IconSitemap } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftFlow } from '../draft/draft-document';
import { FlowCoverageBadge } from './test-coverage/flow-coverage-badge';

interface FlowListProps {
  flows: readonly DraftFlow[];
  activeId: string;
  /** Errors per flow id, for a badge beside its name. */
  errorCounts: ReadonlyMap<string, number>;
  onOpen: (flowId: string) => void;
  onAdd: () => void;
  onRename: (flowId: string, name: string) => void;
}

/** The bot's flows: open one, add one, rename one. The first is where conversations start. */
export function FlowList({ flows, activeId, errorCounts, onOpen, onAdd, onRename }: FlowListProps) {
  const { t } = useTranslation('canvas');
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <Stack gap={4}>
      <Group justify="space-between" wrap="nowrap">
        <Text size="xs" fw={700} c="dimmed" tt="uppercase">
          {t('flows.title')}
        </Text>
        <TooltipIconButton label={t('flows.add')} size="sm" testId="flow-add" onClick={onAdd}>
          <IconPlus size={16} />
        </TooltipIconButton>
      </Group>
      {flows.map((flow, index) =>
        editing === flow.id ? (
          <RenameBox
            key={flow.id}
            name={flow.name}
            onDone={(name) => {
              setEditing(null);
              if (name !== null && name.trim() !== '') onRename(flow.id, name.trim());
            }}
          />
        ) : (
          <NavLink
            key={flow.id}
            active={flow.id === activeId}
            label={flow.name}
            description={index === 0 ? t('flows.entry') : undefined}
            leftSection={<IconSitemap size={16} />}
            data-testid={`flow-${flow.id}`}
            onClick={() => onOpen(flow.id)}
            onDoubleClick={() => setEditing(flow.id)}
            rightSection={
              <Group gap={4} wrap="nowrap">
                <FlowCoverageBadge flowId={flow.id} />
                {(errorCounts.get(flow.id) ?? 0) > 0 && (
                  <Badge size="xs" color="red" variant="light">
                    {errorCounts.get(flow.id)}
                  </Badge>
                )}
                <ActionIcon
                  component="span"
                  variant="subtle"
                  size="xs"
                  color="gray"
                  aria-label={t('flows.rename')}
                  data-testid={`flow-${flow.id}-rename`}
                  onClick={(event) => {
                    event.stopPropagation();
                    setEditing(flow.id);
                  }}
                >
                  <IconPencil size={12} />
                </ActionIcon>
              </Group>
            }
          />
        ),
      )}
    </Stack>
  );
}

/** Enter or leaving the box keeps the name; Escape keeps the old one. */
function RenameBox({ name, onDone }: { name: string; onDone: (name: string | null) => void }) {
  const { t } = useTranslation('canvas');
  const [text, setText] = useState(name);
  const finished = useRef(false);
  const finish = (result: string | null) => {
    // Leaving the box after Enter or Escape must not decide a second time.
    if (finished.current) return;
    finished.current = true;
    onDone(result);
  };
  return (
    <TextInput
      size="xs"
      autoFocus
      aria-label={t('flows.rename')}
      value={text}
      data-testid="flow-rename-input"
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={() => finish(text)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') finish(text);
        if (e.key === 'Escape') finish(null);
      }}
    />
  );
}
