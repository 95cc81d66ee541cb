import { TooltipIconButton } from '../../app/tooltip-icon-button';
import { Button, Group, Paper, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DraftDocument } from '../../draft/draft-document';
import { JsonField } from './json-field';
import { MessageRow } from './message-row';
import { nodeOptions } from './node-options';
import { emptyMessage, type TurnForm, turnActions } from './test-form-model';

const endedChoices = ['', 'true', 'resolved', 'unresolved', 'false'] as const;
const handedOffChoices = ['', 'true', 'false'] as const;

/** One turn: what the user does, the ports' scripted answers, and what must hold after it. */
export function TurnEditor(props: {
  turn: TurnForm;
  index: number;
  count: number;
  document: DraftDocument;
  error: (field: string) => string | undefined;
  onChange: (turn: TurnForm) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('tests');
  const { turn, index } = props;
  const at = `turns.${index}`;
  const testId = `turn-${index}`;
  const change = (patch: Partial<TurnForm>) => props.onChange({ ...turn, ...patch });
  // Only the first turn may leave out the input: it checks how the conversation opens.
  const actions = turnActions.filter(
    (action) => action !== 'opening' || index === 0 || turn.action === 'opening',
  );
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600} size="sm">
            {t('editor.turn', { number: index + 1 })}
          </Text>
          <Group gap={4} wrap="nowrap">
            <TooltipIconButton
              label={t('editor.moveUp')}
              disabled={index === 0}
              onClick={() => props.onMove(-1)}
              color="gray"
              testId={`${testId}-up`}
            >
              <IconArrowUp size={14} />
            </TooltipIconButton>
            <TooltipIconButton
              label={t('editor.moveDown')}
              disabled={index === props.count - 1}
              onClick={() => props.onMove(1)}
              color="gray"
              testId={`${testId}-down`}
            >
              <IconArrowDown size={14} />
            </TooltipIconButton>
            <TooltipIconButton
              label={t('editor.removeTurn')}
              disabled={props.count === 1}
              onClick={props.onRemove}
              testId={`${testId}-remove`}
              color="red"
            >
              <IconTrash size={14} />
            </TooltipIconButton>
          </Group>
        </Group>
        <Group gap="sm" align="flex-start" grow preventGrowOverflow={false}>
          <Select
            maw={200}
            label={t('editor.action')}
            value={turn.action}
            data={actions.map((action) => ({
              value: action,
              label: t(`editor.actions.${action}`),
            }))}
            onChange={(value) => change({ action: value ?? 'say', value: '' })}
            error={props.error(`${at}.action`)}
            allowDeselect={false}
            data-testid={`${testId}-action`}
          />
          {turn.action === 'handback' ? (
            <JsonField
              label={t('editor.handbackVars')}
              value={turn.value}
              placeholder='{ "status": "delivered" }'
              error={props.error(`${at}.value`)}
              onChange={(value) => change({ value })}
              testId={`${testId}-value`}
            />
          ) : turn.action !== 'opening' ? (
            <TextInput
              label={t(`editor.valueLabel.${turn.action}`)}
              value={turn.value}
              error={props.error(`${at}.value`)}
              onChange={(event) => change({ value: event.currentTarget.value })}
              data-testid={`${testId}-value`}
            />
          ) : (
            <Text size="sm" c="dimmed" pt={28}>
              {t('editor.openingHint')}
            </Text>
          )}
        </Group>
        <Switch
          label={t('editor.checkMessages')}
          checked={turn.checkMessages}
          onChange={(event) => change({ checkMessages: event.currentTarget.checked })}
          data-testid={`${testId}-check-messages`}
        />
        {turn.checkMessages && (
          <Stack
            gap={6}
            pl="md"
            style={{ borderLeft: '2px solid var(--mantine-color-default-border)' }}
          >
            {turn.messages.length === 0 && (
              <Text size="xs" c="dimmed">
                {t('editor.saysNothing')}
              </Text>
            )}
            {turn.messages.map((message, at_) => (
              <MessageRow
                key={message.key}
                message={message}
                number={at_ + 1}
                error={props.error(`${at}.messages.${at_}`)}
                onChange={(next) =>
                  change({ messages: turn.messages.map((m, i) => (i === at_ ? next : m)) })
                }
                onRemove={() => change({ messages: turn.messages.filter((_, i) => i !== at_) })}
                testId={`${testId}-message-${at_}`}
              />
            ))}
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconPlus size={14} />}
              w="fit-content"
              onClick={() => change({ messages: [...turn.messages, emptyMessage()] })}
              data-testid={`${testId}-add-message`}
            >
              {t('editor.addMessage')}
            </Button>
          </Stack>
        )}
        <Group gap="sm" align="flex-start" grow>
          <Select
            label={t('editor.node')}
            placeholder={t('editor.notChecked')}
            value={turn.node === '' ? null : turn.node}
            data={nodeOptions(props.document, turn.node)}
            onChange={(value) => change({ node: value ?? '' })}
            searchable
            clearable
            error={props.error(`${at}.node`)}
            data-testid={`${testId}-node`}
          />
          <Select
            label={t('editor.ended')}
            value={turn.ended}
            data={endedChoices.map((value) => ({
              value,
              label: t(`editor.endedChoice.${value || 'any'}`),
            }))}
            onChange={(value) => change({ ended: value ?? '' })}
            allowDeselect={false}
            data-testid={`${testId}-ended`}
          />
          <Select
            label={t('editor.handedOff')}
            value={turn.handedOff}
            data={handedOffChoices.map((value) => ({
              value,
              label: t(`editor.handedOffChoice.${value || 'any'}`),
            }))}
            onChange={(value) => change({ handedOff: value ?? '' })}
            allowDeselect={false}
            data-testid={`${testId}-handed-off`}
          />
        </Group>
        <JsonField
          label={t('editor.vars')}
          description={t('editor.varsHint')}
          value={turn.vars}
          placeholder='{ "orderId": "AB123456" }'
          error={props.error(`${at}.vars`)}
          onChange={(vars) => change({ vars })}
          testId={`${testId}-vars`}
        />
        <JsonField
          label={t('editor.ports')}
          description={t('editor.portsHint')}
          value={turn.ports}
          placeholder='{ "lookup": { "http": { "status": 200, "body": {} } } }'
          error={props.error(`${at}.ports`)}
          onChange={(ports) => change({ ports })}
          testId={`${testId}-ports`}
        />
      </Stack>
    </Paper>
  );
}
