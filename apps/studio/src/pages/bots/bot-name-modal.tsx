import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BOT_NAME_MAX, botNameError } from './bot-name';

export interface BotNameModalProps {
  opened: boolean;
  title: ReactNode;
  submitLabel: ReactNode;
  initialName: string;
  /** Resolves when saved; a rejection leaves the modal open (the caller shows why). */
  onSubmit: (name: string) => Promise<void>;
  onClose: () => void;
  loading?: boolean;
}

/** One name field with validation as you type; shared by "new bot" and "rename". */
export function BotNameModal(props: BotNameModalProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(props.initialName);
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (props.opened) {
      setName(props.initialName);
      setTouched(false);
    }
  }, [props.opened, props.initialName]);

  const errorKey = botNameError(name);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (errorKey) return;
    setBusy(true);
    try {
      await props.onSubmit(name.trim());
    } catch {
      // The caller has said why; the name stays for another try.
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} size="md">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="lg">
          <TextInput
            label={t('bots:name.label')}
            placeholder={t('bots:name.placeholder')}
            description={t('bots:name.description', { max: BOT_NAME_MAX })}
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setTouched(true);
            }}
            error={touched && errorKey ? t(errorKey, { max: BOT_NAME_MAX }) : null}
            disabled={props.loading}
            data-autofocus
            data-testid="bot-name-input"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={props.onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={busy || props.loading} data-testid="bot-name-submit">
              {props.submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
