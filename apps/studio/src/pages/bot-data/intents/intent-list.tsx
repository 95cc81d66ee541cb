import {
  Badge,
  Group,
  Paper,
  ScrollArea,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import type { Intent } from '@parley/flow';
import { IconAlertTriangle, IconSearch } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadItem } from '../named-items';
import classes from '../list-row.module.css';

/** Every intent with its example counts per locale; filtered by name, description or example. */
export function IntentList(props: {
  intents: ReadItem<Intent>[];
  locales: readonly string[];
  selected: string | null;
  onSelect: (name: string) => void;
  createButton: ReactNode;
}) {
  const { t } = useTranslation('botData');
  const [query, setQuery] = useState('');
  const shown = props.intents.filter((intent) => matches(intent, query));
  return (
    <Paper withBorder p="md" data-testid="intent-list">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600} size="sm">
            {t('intents.count', { count: props.intents.length })}
          </Text>
          {props.createButton}
        </Group>
        <TextInput
          placeholder={t('intents.search')}
          leftSection={<IconSearch size={14} />}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          aria-label={t('intents.search')}
          data-testid="intent-search"
        />
        <ScrollArea.Autosize mah="calc(100dvh - 330px)" type="auto" offsetScrollbars>
          <Stack gap={4}>
            {shown.length === 0 && (
              <Text size="sm" c="dimmed" ta="center" py="md">
                {t('intents.noMatch')}
              </Text>
            )}
            {shown.map(({ name, item }) => (
              <UnstyledButton
                key={name}
                className={classes.row}
                data-active={name === props.selected || undefined}
                onClick={() => props.onSelect(name)}
                data-testid="intent-row"
                data-intent={name}
              >
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="sm" fw={500} ff="monospace" truncate>
                    {name}
                  </Text>
                  {item === null && (
                    <IconAlertTriangle size={14} color="var(--mantine-color-orange-6)" />
                  )}
                </Group>
                {item?.description && (
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {item.description}
                  </Text>
                )}
                <Group gap={4} mt={4}>
                  {props.locales.map((locale) => {
                    const count = item?.utterances[locale]?.length ?? 0;
                    return (
                      <Badge
                        key={locale}
                        size="xs"
                        variant="light"
                        color={count === 0 ? 'orange' : 'gray'}
                        tt="none"
                      >
                        {locale} · {count}
                      </Badge>
                    );
                  })}
                </Group>
              </UnstyledButton>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Stack>
    </Paper>
  );
}

function matches({ name, item }: ReadItem<Intent>, query: string): boolean {
  const needle = query.trim().toLocaleLowerCase();
  if (needle === '') return true;
  const haystack = [name, item?.description ?? '', ...Object.values(item?.utterances ?? {}).flat()];
  return haystack.some((text) => text.toLocaleLowerCase().includes(needle));
}
