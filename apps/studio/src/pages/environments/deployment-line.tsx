import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Deployment } from '../../api/versions-schemas';
import { formatDateTime } from '../shared/format-date';
import { useActorName } from './use-actor-name';

/** "Promoted Nov 24, 9:30 AM by Ana": the latest change of an environment's version. */
export function DeploymentLine(props: {
  deployment: Deployment | undefined;
  userNames: ReadonlyMap<string, string>;
}) {
  const { t, i18n } = useTranslation('environments');
  const actorName = useActorName(props.userNames);
  const { deployment } = props;
  if (!deployment) return null;
  return (
    <Text size="xs" c="dimmed" data-testid="environment-deployed">
      {t(`card.action.${deployment.action}`, {
        date: formatDateTime(deployment.at, i18n.language),
        who: actorName(deployment.actorUserId),
      })}
    </Text>
  );
}
