import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { NamedChanges } from '@parley/flow';
import { useTranslation } from 'react-i18next';
import type { VersionDiffModel } from './version-diff-model';
import { ValueChangeRow } from './value-change-row';

const namedSections = ['variables', 'intents', 'entities'] as const;

/** Changes outside the flows: document fields, bot settings, variables, intents, entities. */
export function BotChangeList({ model }: { model: VersionDiffModel }) {
  const { t } = useTranslation('versions');
  const fieldChanges = [
    ...model.document,
    ...model.settings.map((c) => ({ ...c, path: `settings.${c.path}` })),
  ];
  const named = namedSections.filter((section) => hasChanges(model[section]));
  if (fieldChanges.length === 0 && named.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('diff.botUnchanged')}
      </Text>
    );
  }
  return (
    <Stack gap={6} data-testid="diff-bot-changes">
      <Title order={4} fz="sm">
        {t('diff.botLevel')}
      </Title>
      {fieldChanges.map((change) => (
        <ValueChangeRow key={change.path} change={change} />
      ))}
      {named.map((section) => (
        <Stack key={section} gap={4}>
          <Text size="xs" fw={600}>
            {t(`diff.sections.${section}`)}
          </Text>
          {(['added', 'removed', 'changed'] as const).map((kind) =>
            model[section][kind].length > 0 ? (
              <Group key={kind} gap={6} wrap="wrap" data-testid={`diff-${section}-${kind}`}>
                <Badge
                  size="xs"
                  variant="light"
                  color={{ added: 'green', removed: 'red', changed: 'yellow' }[kind]}
                >
                  {t(`diff.status.${kind}`)}
                </Badge>
                <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                  {model[section][kind].join(', ')}
                </Text>
              </Group>
            ) : null,
          )}
        </Stack>
      ))}
    </Stack>
  );
}

function hasChanges(changes: NamedChanges): boolean {
  return changes.added.length + changes.removed.length + changes.changed.length > 0;
}
