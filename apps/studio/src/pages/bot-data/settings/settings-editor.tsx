import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDraft } from '../../../draft/use-draft';
import { useBot } from '../../bot/bot-context';
import type { DraftPageContext } from '../draft-page';
import { BehaviourFields } from './behaviour-fields';
import { IdentityFields } from './identity-fields';
import {
  applySettings,
  type SettingsValues,
  settingsErrors,
  toSettingsValues,
} from './settings-form-model';

/**
 * The bot's settings as one form: changed freely, written to the draft by Save only
 * when every field is valid (the fields say what is not), or discarded.
 */
export function SettingsEditor({ document, edit, store }: DraftPageContext) {
  const { t } = useTranslation('botData');
  const { reloadBot } = useBot();
  const saved = toSettingsValues(document);
  const savedKey = JSON.stringify(saved);
  const [values, setValues] = useState<SettingsValues>(saved);
  const [showErrors, setShowErrors] = useState(false);
  const dirty = JSON.stringify(values) !== savedKey;
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const savedRef = useRef(saved);
  savedRef.current = saved;
  useReloadBotAfterRename(store, document.name, reloadBot);

  // A draft changed elsewhere (another tab, the conflict question) shows here unless the form is being edited.
  useEffect(() => {
    if (!dirtyRef.current) setValues(savedRef.current);
  }, [savedKey]);

  const errors = settingsErrors(values);
  const invalid = Object.keys(errors).length > 0;
  const change = (patch: Partial<SettingsValues>) =>
    setValues((current) => ({ ...current, ...patch }));

  function save() {
    setShowErrors(true);
    if (invalid) return;
    edit((doc) => applySettings(doc, values));
    setShowErrors(false);
  }

  const shown = showErrors ? errors : {};
  return (
    <Stack gap="lg" data-testid="settings-view" pb={80}>
      <IdentityFields values={values} errors={shown} onChange={change} />
      <BehaviourFields values={values} errors={shown} onChange={change} />
      <Paper
        withBorder
        p="sm"
        shadow={dirty ? 'md' : undefined}
        pos="sticky"
        bottom={16}
        style={{ zIndex: 2 }}
        data-testid="settings-actions"
      >
        <Group justify="space-between">
          {showErrors && invalid ? (
            <Alert
              p={6}
              color="red"
              variant="transparent"
              icon={<IconAlertCircle size={16} />}
              data-testid="settings-invalid"
            >
              {t('settings.invalid', { count: Object.keys(errors).length })}
            </Alert>
          ) : (
            <Text size="sm" c="dimmed">
              {dirty ? t('settings.unsaved') : t('settings.upToDate')}
            </Text>
          )}
          <Group gap="sm">
            <Button
              variant="default"
              disabled={!dirty}
              onClick={() => {
                setValues(saved);
                setShowErrors(false);
              }}
              data-testid="settings-discard"
            >
              {t('settings.discard')}
            </Button>
            <Button disabled={!dirty} onClick={save} data-testid="settings-save">
              {t('common:actions.save')}
            </Button>
          </Group>
        </Group>
      </Paper>
    </Stack>
  );
}

/** The bot's name heads every page: once a new name is saved, the layout reads it again. */
function useReloadBotAfterRename(
  store: DraftPageContext['store'],
  name: unknown,
  reloadBot: () => void,
) {
  const saveState = useDraft(store, (s) => s.saveState);
  const savedName = useRef(name);
  useEffect(() => {
    if (saveState === 'saved' && savedName.current !== name) {
      savedName.current = name;
      reloadBot();
    }
  }, [saveState, name, reloadBot]);
}
