import { ActionIcon, Center, Group, Loader, Paper, Text, Title, Tooltip } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../app/api-context';
import { useResource } from '../../../app/use-resource';
import { readDiffDocument } from './diff-document';
import { DiffLegend } from './diff-legend';
import { DiffPanes } from './diff-panes';
import { buildVersionDiff } from './version-diff-model';
import { ErrorAlert } from '../../shared/error-alert';

/** What changed from version `from` to version `to`: a canvas of the flows and a list. */
export function VersionDiffView(props: {
  botId: string;
  from: number;
  to: number;
  onClose: () => void;
}) {
  const { t } = useTranslation('versions');
  const { versions } = useApi();
  const { botId, from, to } = props;
  const loaded = useResource(
    useCallback(async () => {
      const [diff, older, newer] = await Promise.all([
        versions.diff(botId, from, to),
        versions.get(botId, from),
        versions.get(botId, to),
      ]);
      const model = buildVersionDiff(
        readDiffDocument(older.document),
        readDiffDocument(newer.document),
        diff,
      );
      const intents = readDiffDocument(newer.document).intents.map((intent) => intent.name);
      return { model, intents };
    }, [versions, botId, from, to]),
    `${botId}:${from}:${to}`,
  );

  return (
    <Paper withBorder mt="lg" data-testid="version-diff">
      <Group
        justify="space-between"
        px="md"
        py="sm"
        style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
      >
        <Title order={3} fz={16}>
          {t('diff.title', { from, to })}
        </Title>
        <Group gap="md">
          <DiffLegend />
          <Tooltip label={t('diff.close')}>
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={props.onClose}
              aria-label={t('diff.close')}
              data-testid="diff-close"
            >
              <IconX size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      {loaded.data ? (
        loaded.data.model.empty ? (
          <Text c="dimmed" size="sm" ta="center" py={48} data-testid="diff-empty">
            {t('diff.empty', { from, to })}
          </Text>
        ) : (
          <DiffPanes model={loaded.data.model} intents={loaded.data.intents} />
        )
      ) : loaded.loading ? (
        <Center py={80}>
          <Loader aria-label={t('common:loading')} />
        </Center>
      ) : (
        <ErrorAlert error={loaded.error} m="md" />
      )}
    </Paper>
  );
}
