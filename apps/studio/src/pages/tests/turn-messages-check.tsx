import { Button, Stack, Switch, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MessageRow } from './message-row';
import { emptyMessage } from './test-form-model';
import type { TurnPartProps } from './turn-part';

/** Whether the turn checks what the bot says, and if so the messages expected, in order. */
export function TurnMessagesCheck({ turn, testId, error, onChange }: TurnPartProps) {
  const { t } = useTranslation('tests');
  return (
    <>
      <Switch
        label={t('editor.checkMessages')}
        checked={turn.checkMessages}
        onChange={(event) => onChange({ checkMessages: event.currentTarget.checked })}
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
          {turn.messages.map((message, at) => (
            <MessageRow
              key={message.key}
              message={message}
              number={at + 1}
              error={error(`messages.${at}`)}
              onChange={(next) =>
                onChange({ messages: turn.messages.map((m, i) => (i === at ? next : m)) })
              }
              onRemove={() => onChange({ messages: turn.messages.filter((_, i) => i !== at) })}
              testId={`${testId}-message-${at}`}
            />
          ))}
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            w="fit-content"
            onClick={() => onChange({ messages: [...turn.messages, emptyMessage()] })}
            data-testid={`${testId}-add-message`}
          >
            {t('editor.addMessage')}
          </Button>
        </Stack>
      )}
    </>
  );
}
