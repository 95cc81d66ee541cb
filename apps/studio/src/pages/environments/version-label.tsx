import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { environmentColor } from '../versions/environment-color';

/** An environment and what it runs, for the two sides of a confirmation. */
export function VersionLabel(props: {
  environment: string;
  version: { number: number; note: string } | null | undefined;
  testId: string;
}) {
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

/** `from → to`, side by side. */
export function VersionMove(props: { children: [React.ReactNode, React.ReactNode] }) {
  return (
    <Group justify="center" gap="xl" py="sm" wrap="nowrap">
      {props.children[0]}
      <Text size="xl" c="dimmed" aria-hidden>
        →
      </Text>
      {props.children[1]}
    </Group>
  );
}
