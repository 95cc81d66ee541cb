import { Alert, Anchor, Center, Group, Loader, Stack, Text } from '@mantine/core';
import type { StoredConversationTest } from '@parley/flow';
import { IconCircleCheck, IconCircleX, IconPlayerPlay, IconRoute } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TestFailure, TestResult } from '../../api/tests-schemas';
import { FailureDiff } from './failure-diff';
import { withoutTextDiff } from './failure-text';

/** The address of the flow editor with a node opened (selected and centred). */
export function nodeLink(botId: string, flowId: string, nodeId: string): string {
  return `/bots/${botId}/flows?node=${encodeURIComponent(`${flowId}/${nodeId}`)}`;
}

/** A test's last result: passed, or what failed, where the conversation diverged, and the diff. */
export function TestResultView(props: {
  botId: string;
  test: StoredConversationTest;
  result: TestResult | undefined;
  running: boolean;
}) {
  const { t } = useTranslation('tests');
  const { result } = props;
  if (props.running)
    return (
      <Center py="lg">
        <Loader size="sm" aria-label={t('running')} />
      </Center>
    );
  if (result === undefined)
    return (
      <Alert
        variant="light"
        color="gray"
        icon={<IconPlayerPlay size={18} />}
        data-testid="test-not-run"
      >
        {t('notRunHint')}
      </Alert>
    );
  if (result.passed)
    return (
      <Alert
        variant="light"
        color="teal"
        icon={<IconCircleCheck size={18} />}
        title={t('passedTitle')}
        data-testid="test-passed"
      >
        {t('passedBody', { count: result.turns.length, ms: result.ms })}
      </Alert>
    );
  return (
    <Stack gap="md" data-testid="test-failed">
      <Alert
        variant="light"
        color="red"
        icon={<IconCircleX size={18} />}
        title={t('failedTitle', { number: (result.failure?.turn ?? 0) + 1 })}
      >
        <Stack gap="xs">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="test-failure-message">
            {result.failure ? withoutTextDiff(result.failure.message) : t('failedUnknown')}
          </Text>
          {result.failure && <Divergence botId={props.botId} failure={result.failure} />}
        </Stack>
      </Alert>
      <FailureDiff test={props.test} result={result} />
    </Stack>
  );
}

function Divergence({ botId, failure }: { botId: string; failure: TestFailure }) {
  const { t } = useTranslation('tests');
  if (failure.nodeId === undefined || failure.flowId === undefined) return null;
  return (
    <Group gap={6} data-testid="test-divergence">
      <IconRoute size={16} />
      <Text size="sm">{t('divergedAt', { node: failure.nodeId, flow: failure.flowId })}</Text>
      <Anchor
        component={Link}
        to={nodeLink(botId, failure.flowId, failure.nodeId)}
        size="sm"
        fw={600}
        data-testid="test-divergence-open"
      >
        {t('openOnCanvas')}
      </Anchor>
    </Group>
  );
}
