import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Deployment } from '../../api/versions-schemas';
import { formatDateTime } from '../shared/format-date';
import { useActorName } from './use-actor-name';

const shown = 8;

/** The environment's latest changes of version, newest first: what ran when, and who moved it. */
export function EnvironmentHistory(props: {
  history: readonly Deployment[];
  userNames: ReadonlyMap<string, string>;
}) {
  const { t, i18n } = useTranslation('environments');
  const actorName = useActorName(props.userNames);
  if (props.history.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="environment-history-empty">
        {t('history.empty')}
      </Text>
    );
  }
  return (
    <Timeline bulletSize={12} lineWidth={2} data-testid="environment-history">
      {props.history.slice(0, shown).map((entry) => (
        <Timeline.Item
          key={`${entry.at}:${entry.version}`}
          title={
            <Text size="sm" fw={500}>
              {entry.previousVersion === null
                ? t(`history.to.${entry.action}`, { number: entry.version })
                : t(`history.fromTo.${entry.action}`, {
                    from: entry.previousVersion,
                    number: entry.version,
                  })}
            </Text>
          }
        >
          <Text size="xs" c="dimmed">
            {t('history.when', {
              date: formatDateTime(entry.at, i18n.language),
              who: actorName(entry.actorUserId),
            })}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
