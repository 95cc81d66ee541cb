import { ActionIcon, Button, Group, TextInput } from '@mantine/core';
import { IconRefresh, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Where the analyst types as the customer; after the end, a way to start again. */
export function ChatComposer({
  disabled,
  ended,
  onSay,
  onRestart,
}: {
  disabled: boolean;
  ended: boolean;
  onSay: (text: string) => void;
  onRestart: () => void;
}) {
  const { t } = useTranslation('simulator');
  const [text, setText] = useState('');
  if (ended) {
    return (
      <Group p="sm" justify="center" style={{ borderTop: border }}>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconRefresh size={14} />}
          onClick={onRestart}
          data-testid="sim-restart-ended"
        >
          {t('chat.startAgain')}
        </Button>
      </Group>
    );
  }
  const send = () => {
    const trimmed = text.trim();
    if (trimmed === '' || disabled) return;
    onSay(trimmed);
    setText('');
  };
  return (
    <Group
      p="sm"
      gap="xs"
      wrap="nowrap"
      style={{ borderTop: border }}
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <TextInput
        style={{ flex: 1 }}
        radius="xl"
        placeholder={t('chat.placeholder')}
        aria-label={t('chat.placeholder')}
        value={text}
        maxLength={4000}
        onChange={(event) => setText(event.currentTarget.value)}
        data-testid="sim-input"
      />
      <ActionIcon
        type="submit"
        size="lg"
        radius="xl"
        disabled={disabled || text.trim() === ''}
        aria-label={t('chat.send')}
        data-testid="sim-send"
      >
        <IconSend size={16} />
      </ActionIcon>
    </Group>
  );
}

const border = '1px solid var(--mantine-color-default-border)';
