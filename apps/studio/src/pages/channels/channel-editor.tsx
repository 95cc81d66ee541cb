import {
  Alert,
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  Stack,
  Switch,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconAlertCircle, IconTrash } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import type { Channel, ChannelChanges, ChannelListItem } from '../../api/channels-api';
import { errorMessage } from '../../app/notify-error';
import { ConfirmModal } from '../admin/shared/confirm-modal';
import { ProblemList } from '../shared/problem-list';
import { ChannelForm } from './channel-form';
import {
  channelChanges,
  type ChannelFormValues,
  formValues,
  validateChannelForm,
} from './channel-form-model';
import { EmbedSnippet } from './embed-snippet';
import { WidgetPreview } from './widget-preview';

export interface ChannelEditorProps {
  channel: ChannelListItem;
  locales: string[];
  canEdit: boolean;
  /** Sends the changes; throws the server's refusal. */
  onSave: (changes: ChannelChanges) => Promise<Channel>;
  onDelete: () => void;
}

/** One channel: its settings beside a live preview, the embed snippet, on/off and delete. */
export function ChannelEditor({ channel, locales, canEdit, onSave, onDelete }: ChannelEditorProps) {
  const { t, i18n } = useTranslation('channels');
  const [values, setValues] = useState<ChannelFormValues>(() => formValues(channel));
  const [showErrors, setShowErrors] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [confirmingDisable, setConfirmingDisable] = useState(false);

  // Another channel, or this one saved: start again from what the server holds
  // (`revision` stands for the channel, so a reload that changed nothing keeps the edits).
  const revision = `${channel.id}@${channel.updatedAt}`;
  useEffect(() => {
    setValues(formValues(channel));
    setShowErrors(false);
    setFailure(null);
  }, [revision]);

  const errors = validateChannelForm(values);
  const changes = useMemo(() => channelChanges(channel, values), [channel, values]);
  const dirty = Object.keys(changes).length > 0;
  const previewLocale = locales.includes(i18n.language) ? i18n.language : (locales[0] ?? 'en');

  async function save(next: ChannelChanges) {
    setSaving(true);
    setFailure(null);
    try {
      await onSave(next);
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  }

  function submit() {
    setShowErrors(true);
    if (Object.keys(errors).length > 0 || !dirty) return;
    void save(changes);
  }

  return (
    <Paper withBorder p="lg" data-testid="channel-editor">
      <Group justify="space-between" align="flex-start" mb="md" gap="md">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Title order={3} fz={18} data-testid="channel-editor-title">
            {channel.name}
          </Title>
          <Group gap="xs">
            <Badge variant="light">{channel.environment}</Badge>
            <Text size="xs" c="dimmed">
              {channel.version === null
                ? t('list.nothingDeployed')
                : t('list.runsVersion', { number: channel.version })}
            </Text>
          </Group>
        </Stack>
        <Group gap="md">
          <Tooltip label={t('readOnly')} disabled={canEdit}>
            <Switch
              label={channel.enabled ? t('status.enabled') : t('status.disabled')}
              checked={channel.enabled}
              disabled={!canEdit || saving}
              onChange={(event) => {
                // Switching off takes the chat off every website: ask first. Switching on does not.
                if (event.currentTarget.checked) void save({ enabled: true });
                else setConfirmingDisable(true);
              }}
              data-testid="channel-enabled"
            />
          </Tooltip>
          {canEdit && (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={onDelete}
              data-testid="channel-delete"
            >
              {t('delete.button')}
            </Button>
          )}
        </Group>
      </Group>
      {!canEdit && (
        <Alert variant="light" color="gray" mb="md" data-testid="channel-read-only">
          {t('readOnly')}
        </Alert>
      )}
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              submit();
            }}
            noValidate
          >
            <Stack gap="md">
              <ChannelForm
                values={values}
                errors={showErrors ? errors : {}}
                locales={locales}
                readOnly={!canEdit}
                onChange={setValues}
              />
              {failure !== null && (
                <Alert
                  color="red"
                  variant="light"
                  icon={<IconAlertCircle size={18} />}
                  title={t('saveFailed')}
                  data-testid="channel-save-error"
                >
                  {isApiError(failure, 400) && failure.problems.length > 0 ? (
                    <ProblemList problems={failure.problems} />
                  ) : (
                    errorMessage(t, failure)
                  )}
                </Alert>
              )}
              {canEdit && (
                <Group justify="flex-end" gap="sm">
                  <Button
                    variant="default"
                    disabled={!dirty || saving}
                    onClick={() => {
                      setValues(formValues(channel));
                      setShowErrors(false);
                    }}
                    data-testid="channel-discard"
                  >
                    {t('discard')}
                  </Button>
                  <Button
                    type="submit"
                    loading={saving}
                    disabled={!dirty}
                    data-testid="channel-save"
                  >
                    {t('save')}
                  </Button>
                </Group>
              )}
            </Stack>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg" style={{ position: 'sticky', top: 16 }}>
            <Stack gap="xs">
              <Text size="sm" fw={600}>
                {t('preview.heading')}
              </Text>
              <WidgetPreview
                primaryColor={values.primaryColor}
                title={values.title}
                avatarUrl={values.avatarUrl}
                greeting={values.greeting[previewLocale] ?? ''}
                position={values.position}
              />
            </Stack>
            <Stack gap="xs">
              <Text size="sm" fw={600}>
                {t('embed.heading')}
              </Text>
              <EmbedSnippet channelId={channel.id} enabled={channel.enabled} />
            </Stack>
          </Stack>
        </Grid.Col>
      </Grid>
      <ConfirmModal
        opened={confirmingDisable}
        title={t('disable.title')}
        confirmLabel={t('disable.confirm')}
        danger
        onClose={() => setConfirmingDisable(false)}
        onConfirm={async () => {
          await onSave({ enabled: false });
          setConfirmingDisable(false);
        }}
        testId="disable-channel"
      >
        <Text size="sm">{t('disable.body', { name: channel.name })}</Text>
      </ConfirmModal>
    </Paper>
  );
}
