import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { getNodeDefinition } from '@parley/nodes';
import { useTranslation } from 'react-i18next';
import { localize, useUiLocale } from '../../../settings-form';
import { statusColor } from './diff-status';
import type { DiffFlow, DiffNode, DiffStatus } from './version-diff-model';
import { ValueChangeRow } from './value-change-row';

const statusOrder: readonly DiffStatus[] = ['changed', 'added', 'removed', 'moved'];

/** A flow's changed nodes (each with its changed settings) and edges; a node click focuses it. */
export function FlowChangeList(props: { flow: DiffFlow; onFocusNode: (nodeId: string) => void }) {
  const { t } = useTranslation('versions');
  // What changes behaviour first; nodes that only moved last.
  const nodes = props.flow.nodes
    .filter((node) => node.status !== 'unchanged')
    .sort((a, b) => statusOrder.indexOf(a.status) - statusOrder.indexOf(b.status));
  const edges = props.flow.edges.filter((edge) => edge.status !== 'unchanged');
  return (
    <Stack gap={6} data-testid="diff-flow-changes" data-flow-id={props.flow.id}>
      {props.flow.fields.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('diff.flowFields', { fields: props.flow.fields.join(', ') })}
        </Text>
      )}
      {nodes.map((node) => (
        <NodeChange key={`${node.status}:${node.id}`} node={node} onFocus={props.onFocusNode} />
      ))}
      {edges.map((edge) => (
        <Group
          key={`${edge.status}:${edge.id}`}
          gap={6}
          wrap="nowrap"
          data-testid="diff-change-edge"
          data-status={edge.status}
        >
          <Badge
            size="xs"
            variant="light"
            color={statusColor[edge.status]}
            style={{ flexShrink: 0 }}
          >
            {t(`diff.status.${edge.status}`)}
          </Badge>
          <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
            {t('diff.edge', {
              source: edge.source,
              outcome: edge.sourceHandle,
              target: edge.target,
            })}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

function NodeChange({ node, onFocus }: { node: DiffNode; onFocus: (nodeId: string) => void }) {
  const { t } = useTranslation('versions');
  const locale = useUiLocale();
  const definition = getNodeDefinition(node.type);
  return (
    <Stack gap={4} data-testid="diff-change-node" data-node-id={node.id} data-status={node.status}>
      <UnstyledButton onClick={() => onFocus(node.id)} title={t('diff.showOnCanvas')}>
        <Group gap={6} wrap="nowrap">
          <Badge
            size="xs"
            variant="light"
            color={statusColor[node.status]}
            style={{ flexShrink: 0 }}
          >
            {t(`diff.status.${node.status}`)}
          </Badge>
          <Text size="sm" fw={500} truncate>
            {definition ? localize(definition.label, locale) : node.type}
          </Text>
          <Text size="xs" c="dimmed" ff="monospace" truncate>
            {node.id}
          </Text>
        </Group>
      </UnstyledButton>
      {node.changes.length > 0 && (
        <Stack gap={2} pl="md">
          {node.changes.map((change) => (
            <ValueChangeRow key={change.path} change={change} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
