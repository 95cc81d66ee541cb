import { Button, Code, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconRoute } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DraftPageContext } from '../draft-page';
import { ParameterTable } from './parameter-table';

/**
 * What each flow other than the first takes and hands back when another flow calls
 * it as a subflow (the first flow is where conversations start; nothing calls it).
 */
export function FlowParametersSection({
  document,
  edit,
}: Pick<DraftPageContext, 'document' | 'edit'>) {
  const { t } = useTranslation('botData');
  const subflows = document.flows.slice(1);
  return (
    <Stack gap="sm" data-testid="flow-parameters">
      <Stack gap={2}>
        <Title order={3} fz={18}>
          {t('parameters.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('parameters.description')}
        </Text>
      </Stack>
      {subflows.length === 0 ? (
        <Paper
          withBorder
          p="lg"
          style={{ borderStyle: 'dashed' }}
          data-testid="flow-parameters-empty"
        >
          <Group justify="space-between">
            <Text size="sm" c="dimmed" maw={560}>
              {t('parameters.empty')}
            </Text>
            <Button
              component={Link}
              to="../flows"
              variant="light"
              leftSection={<IconRoute size={16} />}
            >
              {t('parameters.openFlows')}
            </Button>
          </Group>
        </Paper>
      ) : (
        subflows.map((flow) => (
          <Paper
            key={flow.id}
            withBorder
            p="md"
            data-testid="flow-parameter-card"
            data-flow={flow.id}
          >
            <Group gap="xs" mb="sm">
              <Text fw={600}>{flow.name}</Text>
              <Code fz="xs">{flow.id}</Code>
            </Group>
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
              <ParameterTable flow={flow} list="parameters" edit={edit} />
              <ParameterTable flow={flow} list="returns" edit={edit} />
            </SimpleGrid>
          </Paper>
        ))
      )}
    </Stack>
  );
}
