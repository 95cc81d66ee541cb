import { Badge, Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { SystemEntityName } from '@parley/flow';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** What a built-in entity recognises, with examples; it cannot be changed. */
export function SystemEntityDetail(props: {
  name: SystemEntityName;
  hasCustom: boolean;
  onCreate: () => void;
}) {
  const { t } = useTranslation('botData');
  return (
    <Stack gap="md">
      <Paper withBorder p="lg" data-testid="system-entity-detail" data-entity={props.name}>
        <Stack gap="sm">
          <Group gap="xs">
            <Title order={3} fz={20} ff="monospace">
              {props.name}
            </Title>
            <Badge variant="light" color="gray">
              {t('entities.builtIn')}
            </Badge>
          </Group>
          <Text size="sm">{t(`entities.systemHelp.${props.name}`)}</Text>
          <Text size="sm" c="dimmed">
            {t('entities.examples')} <Code>{t(`entities.systemExamples.${props.name}`)}</Code>
          </Text>
          <Text size="xs" c="dimmed">
            {t('entities.systemNote')}
          </Text>
        </Stack>
      </Paper>
      {!props.hasCustom && (
        <Paper withBorder p="lg" style={{ borderStyle: 'dashed' }}>
          <Group justify="space-between">
            <Stack gap={2} maw={460}>
              <Text fw={600}>{t('entities.emptyTitle')}</Text>
              <Text size="sm" c="dimmed">
                {t('entities.emptyDescription')}
              </Text>
            </Stack>
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={props.onCreate}
              data-testid="entity-create-empty"
            >
              {t('entities.create')}
            </Button>
          </Group>
        </Paper>
      )}
    </Stack>
  );
}
