import { ActionIcon, Button, Group, Paper, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface StringListInputProps {
  label: string;
  description: string;
  placeholder: string;
  emptyText: string;
  values: string[];
  onChange: (values: string[]) => void;
  /** Why `value` cannot be added (an i18n key of `channels`), or `null`. */
  problem: (value: string, existing: readonly string[]) => string | null;
  /** How a typed entry is tidied before it is checked (trimmed at least). */
  normalise?: (value: string) => string;
  readOnly: boolean;
  testId: string;
}

/**
 * A list of short entries (origins, host names): typed one at a time, checked
 * before it joins the list, each removable. Enter adds, like the button.
 */
export function StringListInput(props: StringListInputProps) {
  const { t } = useTranslation('channels');
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const tidy = (value: string) => (props.normalise ?? ((v: string) => v))(value.trim());

  function add() {
    const value = tidy(draft);
    if (!value) return;
    const problem = props.problem(value, props.values);
    if (problem) {
      setError(problem);
      return;
    }
    props.onChange([...props.values, value]);
    setDraft('');
    setError(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    add();
  }

  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {props.label}
      </Text>
      <Text size="xs" c="dimmed" mt={-4}>
        {props.description}
      </Text>
      <Paper withBorder p={0} data-testid={`${props.testId}-list`}>
        {props.values.length === 0 ? (
          <Text size="sm" c="dimmed" px="sm" py={8}>
            {props.emptyText}
          </Text>
        ) : (
          props.values.map((value) => (
            <Group
              key={value}
              justify="space-between"
              px="sm"
              py={6}
              wrap="nowrap"
              style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
              data-testid={`${props.testId}-item`}
            >
              <Text size="sm" ff="monospace" truncate>
                {value}
              </Text>
              {!props.readOnly && (
                <Tooltip label={t('list.remove', { value })}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('list.remove', { value })}
                    onClick={() => props.onChange(props.values.filter((v) => v !== value))}
                    data-testid={`${props.testId}-remove`}
                  >
                    <IconX size={16} />
                  </ActionIcon>
                </Tooltip>
              )}
            </Group>
          ))
        )}
      </Paper>
      {!props.readOnly && (
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <TextInput
            flex={1}
            aria-label={props.label}
            placeholder={props.placeholder}
            value={draft}
            onChange={(event) => {
              setDraft(event.currentTarget.value);
              setError(null);
            }}
            onKeyDown={onKeyDown}
            error={error ? t(error) : undefined}
            data-testid={`${props.testId}-input`}
          />
          <Button
            variant="default"
            leftSection={<IconPlus size={16} />}
            onClick={add}
            disabled={!draft.trim()}
            data-testid={`${props.testId}-add`}
          >
            {t('list.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
