import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BotSummary } from '../../api/bot-schemas';

/** Each environment with the version it runs; grey when it runs none yet. */
export function EnvironmentBadges({ environments }: { environments: BotSummary['environments'] }) {
  const { t } = useTranslation();
  if (environments.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('bots:table.noEnvironments')}
      </Text>
    );
  }
  return (
    <Group gap={6}>
      {environments.map((env) => (
        <Tooltip
          key={env.name}
          label={
            env.version === null
              ? t('bots:table.environmentEmpty', { env: env.name })
              : t('bots:table.environmentRuns', { env: env.name, version: env.version })
          }
        >
          <Badge
            variant={env.version === null ? 'outline' : 'light'}
            color={env.version === null ? 'gray' : env.name === 'production' ? 'teal' : 'blue'}
            radius="sm"
            tt="none"
          >
            {env.name} ·{' '}
            {env.version === null ? '—' : t('bots:table.version', { version: env.version })}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
