import { Box, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, useUiLocale } from '../settings-form';
import type { CanvasNode } from './canvas-elements';
import { KindIcon } from './kind-icon';
import { ProblemsBadge } from './problems/problems-badge';
import classes from './flow-node-card.module.css';

const unknownColor = '#868e96';

/**
 * The one node component of the canvas, for every kind: the kind's icon and name,
 * the settings summary, a badge with the validator's problems, an input handle,
 * and one labelled output handle per outcome.
 */
export const FlowNodeCard = memo(function FlowNodeCard({
  id,
  data,
  selected,
}: NodeProps<CanvasNode>) {
  const { t } = useTranslation('canvas');
  const locale = useUiLocale();
  const { view, problems, kind } = data;
  const definition = view.definition;
  const color = definition?.color ?? unknownColor;
  const summary = view.summary(locale);
  return (
    <Paper
      className={classes.card}
      data-testid={`node-${id}`}
      data-kind={kind}
      data-selected={selected ? 'true' : 'false'}
      withBorder
      radius="md"
      shadow={selected ? 'md' : 'xs'}
      style={{
        borderTopWidth: 3,
        borderTopColor: color,
        outline: selected ? `2px solid ${color}` : undefined,
        outlineOffset: 1,
      }}
    >
      <Handle
        type="target"
        position={Position.Left}
        className={classes.target}
        data-testid={`handle-${id}-target`}
      />
      <Stack gap={2} px="xs" pt={6} pb={view.outcomes.length > 0 ? 4 : 6}>
        <Group gap={6} wrap="nowrap">
          <ThemeIcon size={20} radius="sm" color={color} variant="light">
            <KindIcon name={definition?.icon} category={definition?.category} size={13} />
          </ThemeIcon>
          <Text size="sm" fw={600} style={{ flexShrink: 0 }}>
            {definition ? localize(definition.label, locale) : t('node.unknownKind', { kind })}
          </Text>
          <Text size="xs" c="dimmed" ff="monospace" truncate style={{ flex: 1 }} title={id}>
            {id}
          </Text>
          <ProblemsBadge problems={problems} testId={`node-${id}-problems`} />
        </Group>
        <Text
          size="xs"
          lineClamp={2}
          c={summary ? undefined : 'dimmed'}
          fs={summary ? undefined : 'italic'}
          title={summary || undefined}
        >
          {summary || t(view.settings ? 'node.noSummary' : 'node.incomplete')}
        </Text>
      </Stack>
      {view.outcomes.length > 0 && (
        <Box className={classes.outcomes}>
          {view.outcomes.map((outcome) => (
            <Box key={outcome.name} className={classes.outcome}>
              <Text fz={11} lh="16px" ta="right" c={outcome.known ? 'dimmed' : 'red'} truncate>
                {localize(outcome.label, locale)}
              </Text>
              <Handle
                type="source"
                position={Position.Right}
                id={outcome.name}
                className={classes.source}
                data-testid={`handle-${id}-${outcome.name}`}
                data-optional={outcome.optional ? 'true' : 'false'}
              />
            </Box>
          ))}
        </Box>
      )}
    </Paper>
  );
});
