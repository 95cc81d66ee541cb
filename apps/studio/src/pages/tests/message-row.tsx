import { ActionIcon, Group, Select, TagsInput, TextInput, Tooltip } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type MessageForm, messageMatches } from './test-form-model';

/** One expected message: how its text is checked, and the labels of its buttons. */
export function MessageRow(props: {
  message: MessageForm;
  number: number;
  error?: string;
  onChange: (message: MessageForm) => void;
  onRemove: () => void;
  testId: string;
}) {
  const { t } = useTranslation('tests');
  const { message } = props;
  const change = (patch: Partial<MessageForm>) => props.onChange({ ...message, ...patch });
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap" data-testid={props.testId}>
      <Select
        w={130}
        aria-label={t('editor.matchLabel', { number: props.number })}
        value={message.match}
        data={messageMatches.map((match) => ({ value: match, label: t(`editor.match.${match}`) }))}
        onChange={(value) => change({ match: value ?? 'text' })}
        allowDeselect={false}
        data-testid={`${props.testId}-match`}
      />
      {message.match !== 'none' && (
        <TextInput
          style={{ flex: 2 }}
          aria-label={t('editor.messageLabel', { number: props.number })}
          placeholder={t(`editor.placeholder.${message.match}`)}
          value={message.value}
          error={props.error}
          onChange={(event) => change({ value: event.currentTarget.value })}
          styles={
            message.match === 'regex'
              ? { input: { fontFamily: 'var(--mantine-font-family-monospace)' } }
              : undefined
          }
          data-testid={`${props.testId}-value`}
        />
      )}
      <TagsInput
        style={{ flex: 1 }}
        aria-label={t('editor.buttonsLabel', { number: props.number })}
        placeholder={message.buttons.length === 0 ? t('editor.buttonsPlaceholder') : undefined}
        value={message.buttons}
        // Labels may hold commas ("Yes, please"): only Enter adds one.
        splitChars={[]}
        error={message.match === 'none' ? props.error : undefined}
        onChange={(buttons) => change({ buttons })}
        data-testid={`${props.testId}-buttons`}
      />
      <Tooltip label={t('editor.removeMessage')}>
        <ActionIcon
          variant="subtle"
          color="gray"
          mt={6}
          aria-label={t('editor.removeMessage')}
          onClick={props.onRemove}
          data-testid={`${props.testId}-remove`}
        >
          <IconX size={14} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
