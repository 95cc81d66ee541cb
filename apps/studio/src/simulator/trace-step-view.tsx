import { Badge, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { getNodeDefinition } from '@parley/nodes';
import { IconAlertTriangle, IconPlugConnected } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { KindIcon } from '../canvas/kind-icon';
import { localize, useUiLocale } from '../settings-form';
import { JsonBlock, JsonValue } from './json-view';
import type { PortCall, TraceStep } from './simulator-schemas';
import classes from './simulator.module.css';

const resultColor: Record<string, string> = {
  outcome: 'violet',
  wait: 'blue',
  handoff: 'orange',
  end: 'gray',
  error: 'red',
};

/** One node step of a turn: node, outcome, variables changed, port calls, time. */
export function TraceStepView({
  step,
  index,
  onShowNode,
}: {
  step: TraceStep;
  index: number;
  onShowNode: () => void;
}) {
  const { t } = useTranslation('simulator');
  const locale = useUiLocale();
  const definition = getNodeDefinition(step.kind);
  const label = definition ? localize(definition.label, locale) : step.kind;
  const what = step.outcome ?? t(`inspector.result.${step.result}`, { defaultValue: step.result });
  return (
    <Stack gap={6} className={classes.step} data-testid={`sim-step-${index}`}>
      <UnstyledButton onClick={onShowNode} title={t('inspector.showNode')}>
        <Group gap={6} wrap="nowrap">
          <span style={{ color: definition?.color, display: 'inline-flex' }}>
            <KindIcon name={definition?.icon} category={definition?.category} size={14} />
          </span>
          <Text size="sm" fw={600} className={classes.mono} style={{ fontSize: 12 }}>
            {step.nodeId}
          </Text>
          <Text size="xs" c="dimmed" style={{ flex: 1 }} truncate>
            {label}
            {step.phase === 'resume' ? ` · ${t('inspector.resumed')}` : ''}
          </Text>
          <Badge
            size="sm"
            variant="light"
            color={resultColor[step.result] ?? 'gray'}
            data-testid={`sim-step-${index}-outcome`}
          >
            {what}
          </Badge>
          <Text size="xs" c="dimmed" w={44} ta="right">
            {t('inspector.ms', { ms: Math.round(step.ms) })}
          </Text>
        </Group>
      </UnstyledButton>
      {step.varsChanged.length > 0 && (
        <Table
          withRowBorders={false}
          verticalSpacing={2}
          horizontalSpacing={4}
          data-testid={`sim-step-${index}-vars`}
        >
          <Table.Tbody>
            {step.varsChanged.map((change) => (
              <Table.Tr key={change.name}>
                <Table.Td w="34%">
                  <Text className={classes.mono} fw={600}>
                    {change.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap" align="baseline">
                    <JsonValue value={change.before} />
                    <Text size="xs" c="dimmed">
                      →
                    </Text>
                    <JsonValue value={change.after} />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {step.portCalls.map((call, callIndex) => (
        <PortCallView key={callIndex} call={call} testId={`sim-step-${index}-port-${callIndex}`} />
      ))}
      {step.notes.map((note, noteIndex) => (
        <Text key={noteIndex} size="xs" c="dimmed" fs="italic">
          {note}
        </Text>
      ))}
      {step.error && (
        <Group gap={4} wrap="nowrap" align="flex-start">
          <IconAlertTriangle size={14} color="var(--mantine-color-red-6)" />
          <Text size="xs" c="red">
            {step.error}
          </Text>
        </Group>
      )}
    </Stack>
  );
}

function PortCallView({ call, testId }: { call: PortCall; testId: string }) {
  const { t } = useTranslation('simulator');
  return (
    <details data-testid={testId}>
      <summary style={{ cursor: 'pointer', listStyle: 'revert' }}>
        <Group gap={6} wrap="nowrap" component="span" style={{ display: 'inline-flex' }}>
          <IconPlugConnected size={13} />
          <Text component="span" className={classes.mono}>
            {call.port}.{call.method}
          </Text>
          <Badge size="xs" variant="light" color={call.error ? 'red' : 'teal'}>
            {call.error ? t('inspector.portFailed') : t('inspector.portOk')}
          </Badge>
          <Text component="span" size="xs" c="dimmed">
            {t('inspector.ms', { ms: Math.round(call.ms) })}
          </Text>
        </Group>
      </summary>
      <Stack gap={4} mt={4}>
        <Text size="xs" c="dimmed">
          {t('inspector.input')}
        </Text>
        <JsonBlock value={call.input} />
        <Text size="xs" c="dimmed">
          {call.error ? t('inspector.error') : t('inspector.result.label')}
        </Text>
        {call.error ? (
          <Text size="xs" c="red" className={classes.mono}>
            {call.error}
          </Text>
        ) : (
          <JsonBlock value={call.result ?? null} />
        )}
      </Stack>
    </details>
  );
}
