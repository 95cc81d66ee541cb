import { Alert, Anchor, List, Stack, Text } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GateFailure } from '../../../api/tests-schemas';
import { withoutTextDiff } from '../../tests/failure-text';

/** The publish gate's refusal: each failing test, why it failed, and the way to the Tests page. */
export function TestFailuresAlert(props: {
  botId: string;
  message: string;
  failures: readonly GateFailure[];
  onLeave: () => void;
}) {
  const { t } = useTranslation('tests');
  const testsPage = `/bots/${props.botId}/tests`;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconFlask size={18} />}
      title={props.message || t('gate.failedTitle')}
      data-testid="publish-test-failures"
    >
      <Stack gap="xs">
        <List size="sm" spacing={6}>
          {props.failures.map((failure) => (
            <List.Item key={failure.name} data-testid="publish-test-failure">
              <Text size="sm" fw={600} span>
                {failure.name}
              </Text>{' '}
              <Anchor
                component={Link}
                to={`${testsPage}?test=${encodeURIComponent(failure.name)}`}
                size="sm"
                onClick={props.onLeave}
              >
                {t('gate.openTest')}
              </Anchor>
              {failure.failure && (
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                  {withoutTextDiff(failure.failure.message)}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
        <Anchor
          component={Link}
          to={testsPage}
          size="sm"
          onClick={props.onLeave}
          data-testid="publish-open-tests"
        >
          {t('gate.openTests')}
        </Anchor>
      </Stack>
    </Alert>
  );
}
