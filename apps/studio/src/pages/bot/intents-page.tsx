import { Badge, Code, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconTargetArrow } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../shared/empty-state';
import { draftSections } from './draft-section';
import { ReadOnlyPage } from './read-only-page';

export function IntentsPage() {
  const { t } = useTranslation();
  return (
    <ReadOnlyPage title={t('bot:intents.title')} description={t('bot:intents.description')}>
      {(draft) => {
        const intents = draftSections.intents.parse(draft.document.intents);
        const entities = draftSections.entities.parse(draft.document.entities);
        if (intents.length === 0 && entities.length === 0) {
          return (
            <EmptyState
              icon={<IconTargetArrow size={28} />}
              title={t('bot:intents.emptyTitle')}
              description={t('bot:intents.emptyDescription')}
            />
          );
        }
        return (
          <Stack gap="xl">
            <Stack gap="sm">
              <Title order={4}>{t('bot:intents.intents', { count: intents.length })}</Title>
              <Paper withBorder style={{ overflow: 'hidden' }}>
                <Table verticalSpacing="sm" horizontalSpacing="lg">
                  <Table.Thead bg="gray.0">
                    <Table.Tr>
                      <Table.Th>{t('bot:intents.name')}</Table.Th>
                      <Table.Th>{t('bot:intents.examples')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {intents.map((intent) => (
                      <Table.Tr key={intent.name}>
                        <Table.Td>
                          <Code>{intent.name}</Code>
                          {intent.description && (
                            <Text size="xs" c="dimmed" mt={4}>
                              {intent.description}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Group gap={6}>
                            {Object.entries(intent.utterances).map(([locale, examples]) => (
                              <Badge key={locale} variant="light" color="gray" tt="none">
                                {locale} · {examples.length}
                              </Badge>
                            ))}
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Paper>
            </Stack>
            <Stack gap="sm">
              <Title order={4}>{t('bot:intents.entities', { count: entities.length })}</Title>
              <Paper withBorder style={{ overflow: 'hidden' }}>
                <Table verticalSpacing="sm" horizontalSpacing="lg">
                  <Table.Tbody>
                    {entities.map((entity) => (
                      <Table.Tr key={entity.name}>
                        <Table.Td>
                          <Code>{entity.name}</Code>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" c="dimmed">
                            {entity.kind === 'list'
                              ? t('bot:intents.listEntity', { count: entity.values.length })
                              : t('bot:intents.regexEntity')}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Paper>
            </Stack>
          </Stack>
        );
      }}
    </ReadOnlyPage>
  );
}
