import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type BulkPaste, parseBulkUtterances } from './bulk-utterances';
import { ModalActions } from '../../shared/modal-actions';

/** Many examples at once: one a line, with a live count of what will be added and skipped. */
export function BulkPasteModal(props: {
  opened: boolean;
  localeLabel: string;
  existing: readonly string[];
  onAdd: (result: BulkPaste) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('botData');
  const [text, setText] = useState('');
  useEffect(() => {
    if (props.opened) setText('');
  }, [props.opened]);
  const result = parseBulkUtterances(text, props.existing);
  const skipped = result.duplicates + result.tooLong;
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('utterances.bulkTitle', { language: props.localeLabel })}
      size="lg"
    >
      <Stack gap="md">
        <Textarea
          label={t('utterances.bulkLabel')}
          description={t('utterances.bulkHelp')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          autosize
          minRows={8}
          maxRows={16}
          data-autofocus
          data-testid="bulk-paste-input"
        />
        <Text
          size="sm"
          c={result.added.length > 0 ? undefined : 'dimmed'}
          data-testid="bulk-paste-preview"
        >
          {t('utterances.bulkPreview', { count: result.added.length, skipped })}
        </Text>
        <ModalActions
          onCancel={props.onClose}
          submitLabel={t('utterances.bulkSubmit', { count: result.added.length })}
          submitTestId="bulk-paste-submit"
          onSubmit={() => props.onAdd(result)}
          disabled={result.added.length === 0 && skipped === 0}
        />
      </Stack>
    </Modal>
  );
}
