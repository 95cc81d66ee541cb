import { Badge, Box, Divider, Group, ScrollArea, Stack, Tabs, Text } from '@mantine/core';
import { ReactFlowProvider } from '@xyflow/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BotChangeList } from './bot-change-list';
import { DiffCanvas } from './diff-canvas';
import { statusColor } from './diff-status';
import { FlowChangeList } from './flow-change-list';
import { changeCount, type VersionDiffModel } from './version-diff-model';

const paneHeight = 560;

/** Flow tabs over a read-only canvas, and beside it the list of changes of that flow and the bot. */
export function DiffPanes(props: { model: VersionDiffModel; intents: readonly string[] }) {
  const { t } = useTranslation('versions');
  const { flows } = props.model;
  // Open on the first flow that changed: that is what the reader came for.
  const [flowId, setFlowId] = useState(
    () => (flows.find((flow) => flow.status !== 'unchanged') ?? flows[0])?.id ?? '',
  );
  const [focused, setFocused] = useState<string | null>(null);
  const flow = flows.find((candidate) => candidate.id === flowId) ?? flows[0];

  return (
    <Tabs
      value={flow?.id ?? null}
      onChange={(value) => {
        setFlowId(value ?? '');
        setFocused(null);
      }}
    >
      <Tabs.List px="md">
        {flows.map((candidate) => {
          const count = changeCount(candidate);
          return (
            <Tabs.Tab
              key={candidate.id}
              value={candidate.id}
              data-testid={`diff-flow-tab-${candidate.id}`}
              rightSection={
                count > 0 ? (
                  <Badge size="xs" variant="light" color={statusColor[candidate.status]}>
                    {candidate.status === 'changed' ? count : t(`diff.status.${candidate.status}`)}
                  </Badge>
                ) : null
              }
            >
              {candidate.name || candidate.id}
            </Tabs.Tab>
          );
        })}
      </Tabs.List>
      <Group align="stretch" gap={0} wrap="nowrap">
        <Box style={{ flex: 1, minWidth: 0, height: paneHeight }}>
          {flow && (
            <ReactFlowProvider>
              <DiffCanvas flow={flow} intents={props.intents} focusedNodeId={focused} />
            </ReactFlowProvider>
          )}
        </Box>
        <ScrollArea
          h={paneHeight}
          w={380}
          type="auto"
          style={{ borderLeft: '1px solid var(--mantine-color-default-border)', flexShrink: 0 }}
          data-testid="diff-changes"
        >
          <Stack gap="md" p="md">
            {flow && changeCount(flow) > 0 ? (
              <FlowChangeList flow={flow} onFocusNode={setFocused} />
            ) : (
              <Text size="sm" c="dimmed">
                {t('diff.flowUnchanged')}
              </Text>
            )}
            <Divider />
            <BotChangeList model={props.model} />
          </Stack>
        </ScrollArea>
      </Group>
    </Tabs>
  );
}
