import { List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../app/notify-error';
import type { DraftStore } from '../draft/draft-store';
import { useDraft } from '../draft/use-draft';
import { ModalActions } from '../pages/shared/modal-actions';
import { addDraftTest, draftTestNames } from './draft-tests';
import { freeTestName, sessionToTest } from './session-to-test';
import type { SimSession } from './simulator-session';

interface SaveTestModalProps {
  session: SimSession;
  draft: DraftStore;
  onClose: () => void;
}

/** Names the conversation and adds it to the draft's conversation tests. */
export function SaveTestModal({ session, draft, onClose }: SaveTestModalProps) {
  const { t } = useTranslation('simulator');
  const document = useDraft(draft, (state) => state.document);
  const existing = document ? draftTestNames(document) : [];
  const [name, setName] = useState(() => freeTestName(t('saveTest.defaultName'), existing));
  const trimmed = name.trim();
  const error =
    trimmed === ''
      ? t('saveTest.nameRequired')
      : existing.includes(trimmed)
        ? t('saveTest.nameTaken')
        : trimmed.length > 200
          ? t('saveTest.nameTooLong')
          : undefined;
  const test = sessionToTest(session, trimmed, document?.defaultLocale ?? 'en');
  const turns = typeof test === 'string' ? 0 : test.turns.length - 1;

  const save = () => {
    if (error || typeof test === 'string') return;
    draft.getState().edit((doc) => addDraftTest(doc, test));
    notifySuccess(t('saveTest.saved'), t('saveTest.savedBody', { name: trimmed }));
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t('saveTest.title')} data-testid="sim-save-test-modal">
      <Stack
        gap="sm"
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <TextInput
          label={t('saveTest.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={error}
          data-autofocus
          data-testid="sim-save-test-name"
        />
        <Text size="sm">{t('saveTest.summary', { count: turns })}</Text>
        <List size="sm" c="dimmed" spacing={2}>
          <List.Item>{t('saveTest.includesMessages')}</List.Item>
          <List.Item>{t('saveTest.includesVars')}</List.Item>
          <List.Item>{t('saveTest.includesPorts')}</List.Item>
        </List>
        <ModalActions
          onCancel={onClose}
          submitLabel={t('saveTest.confirm')}
          submitTestId="sim-save-test-confirm"
          disabled={error !== undefined || typeof test === 'string'}
        />
      </Stack>
    </Modal>
  );
}
