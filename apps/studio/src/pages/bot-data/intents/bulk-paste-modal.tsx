import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type BulkPaste, parseBulkUtterances } from './bulk-utterances';

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
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button
            disabled={result.added.length === 0 && skipped === 0}
            onClick={() => props.onAdd(result)}
            data-testid="bulk-paste-submit"
          >
            {t('utterances.bulkSubmit', { count: result.added.length })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
