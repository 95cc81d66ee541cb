import { TooltipIconButton } from '../app/tooltip-icon-button';
import { Alert, Group, List, ScrollArea, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconTrash, IconX } from '@tabler/icons-react';
import type { Problem } from '@parley/flow';
import { getNodeDefinition } from '@parley/nodes';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftNode } from '../draft/draft-document';
import type { NodeIdIssue } from '../draft/rename-node';
import { localize, SettingsForm, useUiLocale, type BotNames } from '../settings-form';
import { splitNodeProblems } from './bot-problems';
import { KindIcon } from './kind-icon';
import { NodeIdField } from './node-id-field';

interface SettingsPanelProps {
  node: DraftNode;
  bot: BotNames;
  problems: readonly Problem[];
  onChange: (data: Record<string, unknown>) => void;
  /** Why another id cannot be given to this node, or `null` when it can. */
  idIssueOf: (candidate: string) => NodeIdIssue | null;
  /** Counts F2 presses: each new count opens the id box. */
  renameRequests: number;
  onRename: (id: string) => void;
  onDelete: () => void;
  onClose: () => void;
}

/** The selected node's settings: the generated form, with the validator's findings beside. */
export function SettingsPanel({
  node,
  bot,
  problems,
  onChange,
  idIssueOf,
  renameRequests,
  onRename,
  onDelete,
  onClose,
}: SettingsPanelProps) {
  const { t } = useTranslation('canvas');
  const locale = useUiLocale();
  const definition = getNodeDefinition(node.type);
  const split = useMemo(() => splitNodeProblems(problems), [problems]);
  return (
    <Stack gap={0} h="100%" data-testid="settings-panel" data-node-id={node.id}>
      <Group
        justify="space-between"
        p="sm"
        wrap="nowrap"
        style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
      >
        <Group gap="xs" wrap="nowrap" miw={0}>
          <ThemeIcon variant="light" color={definition?.color} radius="sm">
            <KindIcon name={definition?.icon} category={definition?.category} />
          </ThemeIcon>
          <Stack gap={0} miw={0}>
            <Text fw={600} size="sm" truncate>
              {definition
                ? localize(definition.label, locale)
                : t('node.unknownKind', { kind: node.type })}
            </Text>
            <NodeIdField
              key={node.id}
              id={node.id}
              issueOf={idIssueOf}
              renameRequests={renameRequests}
              onRename={onRename}
            />
          </Stack>
        </Group>
        <Group gap={4} wrap="nowrap">
          <TooltipIconButton
            label={t('panel.delete')}
            color="red"
            testId="settings-delete"
            onClick={onDelete}
          >
            <IconTrash size={16} />
          </TooltipIconButton>
          <TooltipIconButton
            label={t('panel.close')}
            color="gray"
            testId="settings-close"
            onClick={onClose}
          >
            <IconX size={16} />
          </TooltipIconButton>
        </Group>
      </Group>
      <ScrollArea style={{ flex: 1 }} type="auto">
        <Stack gap="sm" p="sm">
          {definition && (
            <Text size="xs" c="dimmed">
              {localize(definition.description, locale)}
            </Text>
          )}
          {split.node.length > 0 && (
            <Alert
              color={split.node.some((p) => p.severity === 'error') ? 'red' : 'yellow'}
              variant="light"
              p="xs"
              data-testid="settings-problems"
            >
              <List size="xs" spacing={2}>
                {split.node.map((problem, index) => (
                  <List.Item key={index}>{problem.message}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          {definition ? (
            <SettingsForm
              key={node.id}
              schema={definition.settingsSchema}
              value={node.data}
              bot={bot}
              extraIssues={split.fields}
              onChange={onChange}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('panel.unknownKind')}
            </Text>
          )}
        </Stack>
      </ScrollArea>
    </Stack>
  );
}
