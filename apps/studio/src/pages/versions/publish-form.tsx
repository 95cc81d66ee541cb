import {
  Alert,
  Button,
  Center,
  Group,
  Loader,
  Select,
  Stack,
  Text,
  Textarea,
  Tooltip,
} from '@mantine/core';
import { IconAlertCircle, IconRocket } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiProblem, isApiError } from '../../api/api-error';
import type { ReleaseResult } from '../../api/versions-schemas';
import { useApi } from '../../app/api-context';
import { errorMessage, notifyError } from '../../app/notify-error';
import { useResource } from '../../app/use-resource';
import { ProblemList } from '../shared/problem-list';
import { DraftCheck } from './draft-check';
import { OverrideTestsForm } from './test-gate/override-tests-form';
import { readTestFailures, storedTestCount } from './test-gate/read-test-failures';
import { TestCountNotice } from './test-gate/test-count-notice';
import { TestFailuresAlert } from './test-gate/test-failures-alert';
import { useReleaseRights } from './use-release-rights';
import type { GateFailure } from '../../api/tests-schemas';

/** Stands for "publish without deploying" in the environment select. */
const NO_DEPLOY = '';

/** The publish dialog's form: the draft's check, a note, the environment, and the button. */
export function PublishForm(props: {
  botId: string;
  onCancel: () => void;
  onPublished: (result: ReleaseResult) => void;
}) {
  const { t } = useTranslation('versions');
  const { bots, versions } = useApi();
  const { canRelease, isAdmin } = useReleaseRights();
  const [note, setNote] = useState('');
  const [environment, setEnvironment] = useState('staging');
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<{ message: string; problems: ApiProblem[] } | null>(null);
  // Failing conversation tests block publishing; only an admin may override them, with a reason.
  const [gate, setGate] = useState<{ message: string; failures: GateFailure[] } | null>(null);
  const [overriding, setOverriding] = useState(false);
  const loaded = useResource(
    useCallback(
      () => Promise.all([bots.draft(props.botId), versions.environments(props.botId)]),
      [bots, versions, props.botId],
    ),
    props.botId,
  );

  if (!loaded.data) {
    return loaded.loading ? (
      <Center py="xl">
        <Loader aria-label={t('common:loading')} data-testid="publish-loading" />
      </Center>
    ) : (
      <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{errorMessage(t, loaded.error)}</Text>
          <Button size="xs" variant="default" onClick={loaded.reload}>
            {t('common:actions.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }

  const [draft, environments] = loaded.data;
  const errors = draft.problems.filter((problem) => problem.severity === 'error');
  const blockedBy = !canRelease
    ? t('publish.blockedRole')
    : errors.length > 0
      ? t('publish.blockedErrors', { count: errors.length })
      : gate !== null
        ? t('tests:gate.blocked')
        : null;

  async function publish(overrideReason?: string) {
    setBusy(true);
    setRefused(null);
    try {
      props.onPublished(
        await versions.publish(props.botId, {
          ...(note.trim() ? { note: note.trim() } : {}),
          environment: environment === NO_DEPLOY ? null : environment,
          revision: draft.revision,
          ...(overrideReason === undefined ? {} : { overrideTests: { reason: overrideReason } }),
        }),
      );
    } catch (error) {
      const failures = readTestFailures(error);
      if (failures !== null && isApiError(error)) {
        setGate({ message: error.message, failures });
        setOverriding(false);
      } else if (isApiError(error, 422) && error.problems.length > 0) {
        setRefused({ message: error.message, problems: error.problems });
      } else if (isApiError(error, 409)) {
        // The draft changed since it was checked: check the new one before publishing it.
        setRefused({ message: t('publish.draftChanged'), problems: [] });
        loaded.reload();
      } else {
        notifyError(t, t('publish.failed'), error);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="md" data-testid="publish-form">
      <Text size="sm" c="dimmed">
        {t('publish.intro')}
      </Text>
      <DraftCheck botId={props.botId} problems={draft.problems} />
      <TestCountNotice count={storedTestCount(draft.document)} />
      <Textarea
        label={t('publish.note')}
        placeholder={t('publish.notePlaceholder')}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        maxLength={1000}
        autosize
        minRows={2}
        maxRows={6}
        data-testid="publish-note"
      />
      <Select
        label={t('publish.environment')}
        description={t('publish.environmentHelp')}
        value={environment}
        onChange={(value) => setEnvironment(value ?? NO_DEPLOY)}
        data={[
          ...environments.map((env) => ({
            value: env.name,
            label: env.version
              ? t('publish.environmentRuns', { env: env.name, number: env.version.number })
              : t('publish.environmentEmpty', { env: env.name }),
          })),
          { value: NO_DEPLOY, label: t('publish.noDeploy') },
        ]}
        allowDeselect={false}
        data-testid="publish-environment"
      />
      {refused && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertCircle size={18} />}
          title={refused.message}
          data-testid="publish-problems"
        >
          {refused.problems.length > 0 && <ProblemList problems={refused.problems} />}
        </Alert>
      )}
      {gate && (
        <TestFailuresAlert
          botId={props.botId}
          message={gate.message}
          failures={gate.failures}
          onLeave={props.onCancel}
        />
      )}
      {gate && isAdmin && overriding && (
        <OverrideTestsForm
          busy={busy}
          onConfirm={(reason) => void publish(reason)}
          onCancel={() => setOverriding(false)}
        />
      )}
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <Text size="xs" c="dimmed" data-testid="publish-blocked-reason">
          {blockedBy}
        </Text>
        <Group gap="sm" wrap="nowrap">
          <Button variant="default" onClick={props.onCancel}>
            {t('common:actions.cancel')}
          </Button>
          {gate && isAdmin && !overriding && (
            <Button
              variant="outline"
              color="orange"
              onClick={() => setOverriding(true)}
              data-testid="publish-override"
            >
              {t('tests:gate.override')}
            </Button>
          )}
          <Tooltip label={blockedBy} disabled={!blockedBy} multiline maw={280}>
            {/* A disabled button gets no pointer events; the wrapper keeps the tooltip working. */}
            <span>
              <Button
                leftSection={<IconRocket size={18} />}
                loading={busy}
                disabled={blockedBy !== null}
                onClick={() => void publish()}
                data-testid="publish-confirm"
              >
                {t('publish.submit')}
              </Button>
            </span>
          </Tooltip>
        </Group>
      </Group>
    </Stack>
  );
}
