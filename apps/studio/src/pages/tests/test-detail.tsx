import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { StoredConversationTest } from '@parley/flow';
import {
  IconAlertTriangle,
  IconCopy,
  IconPencil,
  IconPlayerPlay,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TestResult } from '../../api/tests-schemas';
import type { DraftDocument } from '../../draft/draft-document';
import { ConfirmModal } from '../admin/shared/confirm-modal';
import { useBot } from '../bot/bot-context';
import { type DraftTest, duplicateTest, removeTest, replaceTest } from './draft-tests';
import { TestEditor } from './test-editor';
import { toTestForm } from './test-form-model';
import { TestResultView } from './test-result-view';
import { useTestRunStore } from './test-run-store';

/** The selected test: its last result (with the diff of a failure), or its editor. */
export function TestDetail(props: {
  test: DraftTest;
  document: DraftDocument;
  edit: (change: (doc: DraftDocument) => DraftDocument) => void;
  otherNames: readonly string[];
  result: TestResult | undefined;
  running: boolean;
  busy: boolean;
  editing: boolean;
  onEditingChange: (editing: boolean) => void;
  onRun: () => void;
  onSelect: (name: string) => void;
}) {
  const { t } = useTranslation('tests');
  const { bot } = useBot();
  const [deleting, setDeleting] = useState(false);
  const { test, edit } = props;
  const forget = useTestRunStore((state) => state.forget);

  const save = (next: StoredConversationTest) => {
    edit((doc) => replaceTest(doc, test.index, next));
    // The old result was for the test as it was; a rename would otherwise leave it behind.
    forget(bot.id, test.name);
    props.onSelect(next.name);
  };
  const duplicate = () => {
    let name = '';
    edit((doc) => {
      const result = duplicateTest(doc, test.index, (original, number) =>
        t(number === 1 ? 'copyName' : 'copyNameNumbered', { name: original, number }),
      );
      name = result.name;
      return result.document;
    });
    if (name !== '') props.onSelect(name);
  };

  if (props.editing && test.test !== null)
    return (
      <TestEditor
        title={t('editor.editTitle')}
        initial={toTestForm(test.test)}
        otherNames={props.otherNames}
        document={props.document}
        onSave={save}
        onCancel={() => props.onEditingChange(false)}
      />
    );
  return (
    <Paper withBorder p="lg" radius="md" data-testid="test-detail">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={3} fz={18} data-testid="test-detail-name">
              {test.name}
            </Title>
            {test.test?.description && (
              <Text size="sm" c="dimmed">
                {test.test.description}
              </Text>
            )}
            <Group gap={6}>
              <Badge variant="light" color="gray" size="sm">
                {t('turnCount', { count: test.test?.turns.length ?? 0 })}
              </Badge>
              {test.test?.locale && (
                <Badge variant="light" color="gray" size="sm">
                  {test.test.locale}
                </Badge>
              )}
            </Group>
          </Stack>
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              leftSection={<IconPlayerPlay size={14} />}
              loading={props.running}
              disabled={props.busy || test.test === null}
              onClick={props.onRun}
              data-testid="test-run"
            >
              {t('run')}
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPencil size={14} />}
              disabled={test.test === null}
              onClick={() => props.onEditingChange(true)}
              data-testid="test-edit"
            >
              {t('edit')}
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconCopy size={14} />}
              disabled={test.test === null}
              onClick={duplicate}
              data-testid="test-duplicate"
            >
              {t('duplicate')}
            </Button>
            <Button
              size="xs"
              variant="default"
              color="red"
              leftSection={<IconTrash size={14} />}
              onClick={() => setDeleting(true)}
              data-testid="test-delete"
            >
              {t('delete')}
            </Button>
          </Group>
        </Group>
        {test.invalidReason !== null ? (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title={t('invalidTitle')}
          >
            {test.invalidReason}
          </Alert>
        ) : (
          test.test && (
            <TestResultView
              botId={bot.id}
              test={test.test}
              result={props.result}
              running={props.running}
            />
          )
        )}
      </Stack>
      <ConfirmModal
        opened={deleting}
        title={t('deleteTitle')}
        confirmLabel={t('delete')}
        danger
        onConfirm={() => {
          edit((doc) => removeTest(doc, test.index));
          forget(bot.id, test.name);
          setDeleting(false);
          return Promise.resolve();
        }}
        onClose={() => setDeleting(false)}
        testId="test-delete-modal"
      >
        <Text size="sm">{t('deleteBody', { name: test.name })}</Text>
      </ConfirmModal>
    </Paper>
  );
}
