import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiProblem, isApiError } from '../../api/api-error';
import type { PublishResult } from '../../api/bot-schemas';
import { useApi } from '../../app/api-context';
import { notifyError } from '../../app/notify-error';
import { ProblemList } from '../shared/problem-list';

/**
 * Publishes the draft as the next version (deployed to staging). A draft with
 * errors is refused by the server; its problems are listed here to be fixed.
 */
export function PublishModal(props: {
  botId: string;
  opened: boolean;
  onClose: () => void;
  onPublished: (result: PublishResult) => void;
}) {
  const { t } = useTranslation();
  const { bots } = useApi();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<ApiProblem[]>([]);

  useEffect(() => {
    if (props.opened) {
      setNote('');
      setProblems([]);
    }
  }, [props.opened]);

  async function publish() {
    setBusy(true);
    setProblems([]);
    try {
      props.onPublished(await bots.publish(props.botId, note.trim() || undefined));
    } catch (error) {
      if (isApiError(error, 422) && error.problems.length > 0) setProblems(error.problems);
      else notifyError(t, t('versions:publish.failed'), error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('versions:publish.title')}
      size="lg"
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('versions:publish.intro')}
        </Text>
        <Textarea
          label={t('versions:publish.note')}
          placeholder={t('versions:publish.notePlaceholder')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          maxLength={1000}
          autosize
          minRows={2}
          maxRows={6}
          data-testid="publish-note"
        />
        {problems.length > 0 && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title={t('versions:publish.problemsTitle', { count: problems.length })}
            data-testid="publish-problems"
          >
            <ProblemList problems={problems} />
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void publish()} data-testid="publish-confirm">
            {t('versions:publish.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
