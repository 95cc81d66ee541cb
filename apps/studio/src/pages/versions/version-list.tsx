import { Badge, Group, Paper, Stack, Text, ThemeIcon, Timeline } from '@mantine/core';
import { IconGitCommit } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BotSummary, VersionSummary } from '../../api/bot-schemas';
import { formatDateTime } from '../shared/format-date';

/** Versions newest first, each with the environments that run it. */
export function VersionList(props: {
  versions: VersionSummary[];
  environments: BotSummary['environments'];
}) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="xl">
      <Timeline bulletSize={28} lineWidth={2} data-testid="version-list">
        {props.versions.map((version) => {
          const running = props.environments.filter((env) => env.version === version.number);
          return (
            <Timeline.Item
              key={version.id}
              bullet={
                <ThemeIcon size={28} radius="xl" variant="light">
                  <IconGitCommit size={16} />
                </ThemeIcon>
              }
              title={
                <Group gap="xs">
                  <Text fw={700}>{t('versions:version', { number: version.number })}</Text>
                  {running.map((env) => (
                    <Badge
                      key={env.name}
                      size="sm"
                      variant="light"
                      color={env.name === 'production' ? 'teal' : 'blue'}
                      tt="none"
                    >
                      {env.name}
                    </Badge>
                  ))}
                </Group>
              }
              data-testid="version-item"
            >
              <Stack gap={2} mt={4}>
                <Text
                  size="sm"
                  c={version.note ? undefined : 'dimmed'}
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {version.note || t('versions:noNote')}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('versions:publishedBy', {
                    author: version.author,
                    date: formatDateTime(version.publishedAt, i18n.language),
                  })}
                </Text>
              </Stack>
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Paper>
  );
}
