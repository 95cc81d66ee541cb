import { Badge, Divider, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { type Entity, systemEntityNames } from '@parley/flow';
import { IconAlertTriangle, IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from '../list-row.module.css';
import type { ReadItem } from '../named-items';

/** The bot's own entities, then the built-in ones (read-only). */
export function EntityList(props: {
  entities: ReadItem<Entity>[];
  selected: string | null;
  onSelect: (name: string) => void;
  createButton: ReactNode;
}) {
  const { t } = useTranslation('botData');
  return (
    <Paper withBorder p="md" data-testid="entity-list">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600} size="sm">
            {t('entities.count', { count: props.entities.length })}
          </Text>
          {props.createButton}
        </Group>
        {props.entities.length === 0 && (
          <Text size="sm" c="dimmed" py="xs" data-testid="entities-empty">
            {t('entities.emptyCustom')}
          </Text>
        )}
        <Stack gap={4}>
          {props.entities.map(({ name, item }) => (
            <Row
              key={name}
              name={name}
              active={name === props.selected}
              onSelect={props.onSelect}
              testId="entity-row"
            >
              {item === null ? (
                <IconAlertTriangle size={14} color="var(--mantine-color-orange-6)" />
              ) : (
                <Badge
                  size="xs"
                  variant="light"
                  color={item.kind === 'list' ? 'blue' : 'grape'}
                  tt="none"
                >
                  {item.kind === 'list'
                    ? t('entities.values', { count: item.values.length })
                    : t('entities.kinds.regex')}
                </Badge>
              )}
            </Row>
          ))}
        </Stack>
        <Divider label={t('entities.system')} labelPosition="left" />
        <Stack gap={4}>
          {systemEntityNames.map((name) => (
            <Row
              key={name}
              name={name}
              active={name === props.selected}
              onSelect={props.onSelect}
              testId="system-entity-row"
            >
              <IconLock
                size={12}
                color="var(--mantine-color-gray-5)"
                aria-label={t('entities.readOnly')}
              />
            </Row>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}

function Row(props: {
  name: string;
  active: boolean;
  onSelect: (name: string) => void;
  testId: string;
  children: ReactNode;
}) {
  return (
    <UnstyledButton
      className={classes.row}
      data-active={props.active || undefined}
      onClick={() => props.onSelect(props.name)}
      data-testid={props.testId}
      data-entity={props.name}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" fw={500} ff="monospace" truncate>
          {props.name}
        </Text>
        {props.children}
      </Group>
    </UnstyledButton>
  );
}
