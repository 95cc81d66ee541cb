import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { environmentColor } from '../versions/environment-color';

type Version = { number: number; note: string } | null | undefined;

/** An environment and what it runs, for the two sides of a confirmation. */
export function VersionLabel(props: { environment: string; version: Version; testId: string }) {
  const { t } = useTranslation('environments');
  return (
    <Stack gap={2} align="center" data-testid={props.testId}>
      <Badge variant="light" color={environmentColor(props.environment)} tt="none">
        {props.environment}
      </Badge>
      <Text fw={700}>
        {props.version ? t('versionNumber', { number: props.version.number }) : t('card.nothing')}
      </Text>
      {props.version?.note && (
        <Text size="xs" c="dimmed" ta="center" lineClamp={2} maw={200}>
          {props.version.note}
        </Text>
      )}
    </Stack>
  );
}

/**
 * What an environment runs now → what it will run, side by side; the labels' test ids are
 * `<prefix>-current` and `<prefix>-next`.
 */
export function VersionMove(props: {
  environment: string;
  current: Version;
  next: Version;
  testIdPrefix: string;
}) {
  return (
    <Group justify="center" gap="xl" py="sm" wrap="nowrap">
      <VersionLabel
        environment={props.environment}
        version={props.current}
        testId={`${props.testIdPrefix}-current`}
      />
      <Text size="xl" c="dimmed" aria-hidden>
        →
      </Text>
      <VersionLabel
        environment={props.environment}
        version={props.next}
        testId={`${props.testIdPrefix}-next`}
      />
    </Group>
  );
}
