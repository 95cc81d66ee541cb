import { Badge, Code, Paper, Table, Text } from '@mantine/core';
import { IconBraces } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../shared/empty-state';
import { draftSections } from './draft-section';
import { ReadOnlyPage } from './read-only-page';

export function VariablesPage() {
  const { t } = useTranslation();
  return (
    <ReadOnlyPage title={t('bot:variables.title')} description={t('bot:variables.description')}>
      {(draft) => {
        const variables = draftSections.variables.parse(draft.document.variables);
        if (variables.length === 0) {
          return (
            <EmptyState
              icon={<IconBraces size={28} />}
              title={t('bot:variables.emptyTitle')}
              description={t('bot:variables.emptyDescription')}
            />
          );
        }
        return (
          <Paper withBorder style={{ overflow: 'hidden' }}>
            <Table verticalSpacing="sm" horizontalSpacing="lg" data-testid="variables-table">
              <Table.Thead bg="gray.0">
                <Table.Tr>
                  <Table.Th>{t('bot:variables.name')}</Table.Th>
                  <Table.Th w={120}>{t('bot:variables.type')}</Table.Th>
                  <Table.Th w={200}>{t('bot:variables.scope')}</Table.Th>
                  <Table.Th>{t('bot:variables.descriptionColumn')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {variables.map((variable) => (
                  <Table.Tr key={variable.name}>
                    <Table.Td>
                      <Code>{variable.name}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color="gray" tt="none">
                        {t(`bot:variables.types.${variable.type}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {t(`bot:variables.scopes.${variable.scope}`)}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={variable.description ? undefined : 'dimmed'} lineClamp={2}>
                        {variable.description ?? '—'}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        );
      }}
    </ReadOnlyPage>
  );
}
