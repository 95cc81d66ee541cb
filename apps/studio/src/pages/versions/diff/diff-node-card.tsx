import { Badge, Box, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeView } from '../../../canvas/describe-node';
import { KindIcon } from '../../../canvas/kind-icon';
import { localize, useUiLocale } from '../../../settings-form';
import { statusColor } from './diff-status';
import type { DiffStatus } from './version-diff-model';
import classes from './diff-node-card.module.css';

export interface DiffNodeData extends Record<string, unknown> {
  kind: string;
  view: NodeView;
  status: DiffStatus;
  focused: boolean;
}
export type DiffCanvasNode = Node<DiffNodeData, 'diff'>;

/**
 * A node of a compared version, read-only: the kind's icon and name, its summary,
 * its outcomes (so edges attach where they leave), framed in its diff status.
 */
export const DiffNodeCard = memo(function DiffNodeCard({ id, data }: NodeProps<DiffCanvasNode>) {
  const { t } = useTranslation('versions');
  const locale = useUiLocale();
  const { view, status, kind } = data;
  const definition = view.definition;
  const summary = view.summary(locale);
  return (
    <Paper
      className={classes.card}
      data-testid={`diff-node-${id}`}
      data-status={status}
      data-focused={data.focused ? 'true' : 'false'}
      withBorder
      radius="md"
      shadow="xs"
    >
      <Handle
        type="target"
        position={Position.Left}
        className={classes.handle}
        isConnectable={false}
      />
      <Stack gap={2} px="xs" pt={6} pb={view.outcomes.length > 0 ? 4 : 6}>
        <Group gap={6} wrap="nowrap">
          <ThemeIcon size={20} radius="sm" color={definition?.color ?? 'gray'} variant="light">
            <KindIcon name={definition?.icon} category={definition?.category} size={13} />
          </ThemeIcon>
          <Text size="sm" fw={600} style={{ flexShrink: 0 }}>
            {definition ? localize(definition.label, locale) : kind}
          </Text>
          <Text size="xs" c="dimmed" ff="monospace" truncate style={{ flex: 1 }} title={id}>
            {id}
          </Text>
          {status !== 'unchanged' && (
            <Badge size="xs" variant="light" color={statusColor[status]} style={{ flexShrink: 0 }}>
              {t(`diff.status.${status}`)}
            </Badge>
          )}
        </Group>
        <Text
          size="xs"
          lineClamp={2}
          c={summary ? undefined : 'dimmed'}
          title={summary || undefined}
        >
          {summary || '—'}
        </Text>
      </Stack>
      {view.outcomes.length > 0 && (
        <Box className={classes.outcomes}>
          {view.outcomes.map((outcome) => (
            <Box key={outcome.name} className={classes.outcome}>
              <Text fz={11} lh="16px" ta="right" c="dimmed" truncate>
                {localize(outcome.label, locale)}
              </Text>
              <Handle
                type="source"
                position={Position.Right}
                id={outcome.name}
                className={classes.handle}
                isConnectable={false}
              />
            </Box>
          ))}
        </Box>
      )}
    </Paper>
  );
});
