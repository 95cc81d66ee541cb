import { Badge, Button, Card, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Environment } from '../../api/versions-schemas';
import { environmentColor } from '../versions/environment-color';
import { ChannelsSection } from './channels-section';
import { DeploymentLine } from './deployment-line';
import { EnvironmentHistory } from './environment-history';
import { EnvironmentTabs } from './environment-tabs';
import { SecretReferences } from './secret-references';
import type { EnvironmentsData } from './use-environments-data';
import { VariableOverrides } from './variable-overrides';

/** One environment: the version it runs, since when and by whom, and its own variables, secrets and channels. */
export function EnvironmentCard(props: {
  botId: string;
  environment: Environment;
  data: EnvironmentsData;
  canEdit: boolean;
  onRollback: (environment: Environment) => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation('environments');
  const { environment, data } = props;
  const version = environment.version;
  const history = data.histories.get(environment.name) ?? [];
  const hasEarlier = version !== null && data.versions.some((v) => v.number < version.number);
  const rollbackBlocked = !props.canEdit
    ? t('card.editorsOnly')
    : !hasEarlier
      ? t('rollback.nothingEarlier')
      : null;
  // What the two sections that save into the environment both need.
  const editable = {
    botId: props.botId,
    environment,
    document: data.draft.document,
    canEdit: props.canEdit,
    onSaved: props.onChanged,
  };

  return (
    <Card
      withBorder
      padding="lg"
      radius="md"
      data-testid="environment-card"
      data-environment={environment.name}
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Badge size="lg" variant="light" color={environmentColor(environment.name)} tt="none">
              {environment.name}
            </Badge>
            {version ? (
              <>
                <Title
                  order={3}
                  fz={22}
                  data-testid="environment-version"
                  data-version={version.number}
                >
                  {t('versionNumber', { number: version.number })}
                </Title>
                <Text size="sm" c={version.note ? undefined : 'dimmed'} lineClamp={2}>
                  {version.note || t('card.noNote')}
                </Text>
                <DeploymentLine deployment={history[0]} userNames={data.userNames} />
              </>
            ) : (
              <>
                <Title
                  order={3}
                  fz={22}
                  c="dimmed"
                  data-testid="environment-version"
                  data-version=""
                >
                  {t('card.nothing')}
                </Title>
                <Text size="sm" c="dimmed">
                  {environment.name === 'staging'
                    ? t('card.nothingStaging')
                    : t('card.nothingOther')}
                </Text>
              </>
            )}
          </Stack>
          {version && (
            <Tooltip label={rollbackBlocked} disabled={!rollbackBlocked}>
              <span>
                <Button
                  variant="default"
                  size="xs"
                  leftSection={<IconArrowBackUp size={16} />}
                  disabled={rollbackBlocked !== null}
                  onClick={() => props.onRollback(environment)}
                  data-testid="environment-rollback"
                >
                  {t('rollback.button')}
                </Button>
              </span>
            </Tooltip>
          )}
        </Group>
        <EnvironmentTabs
          panels={{
            variables: <VariableOverrides {...editable} />,
            secrets: <SecretReferences {...editable} secretNames={data.secretNames} />,
            channels: (
              <ChannelsSection
                botId={props.botId}
                channels={data.channels.filter(
                  (channel) => channel.environment === environment.name,
                )}
              />
            ),
            history: <EnvironmentHistory history={history} userNames={data.userNames} />,
          }}
        />
      </Stack>
    </Card>
  );
}
