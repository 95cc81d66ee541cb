import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconClipboardText } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddValueInput } from '../add-value-input';
import { CompactSearch } from '../compact-search';
import { useAddValue } from '../use-add-value';
import { type BulkPaste, UTTERANCE_MAX, utteranceKey } from './bulk-utterances';
import { BulkPasteModal } from './bulk-paste-modal';
import { UtteranceRow } from './utterance-row';

/** Why a phrase cannot be an example, as a `botData:utterances.*` key; `null` when it can. */
export function utteranceProblem(phrase: string, others: readonly string[]): string | null {
  const text = phrase.trim();
  if (text === '') return 'utterances.blank';
  if (text.length > UTTERANCE_MAX) return 'utterances.tooLong';
  const key = utteranceKey(text);
  return others.some((other) => utteranceKey(other) === key) ? 'utterances.duplicate' : null;
}

/** The examples of one intent in one locale: add, paste many, search, edit in place, remove. */
export function UtteranceEditor(props: {
  locale: string;
  localeLabel: string;
  utterances: readonly string[];
  onChange: (next: string[]) => void;
}) {
  const { t } = useTranslation('botData');
  const { utterances } = props;
  const [query, setQuery] = useState('');
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState<BulkPaste | null>(null);
  const adding = useAddValue({
    problemOf: (text) => utteranceProblem(text, utterances),
    blank: 'utterances.blank',
    onAdd: (text) => {
      props.onChange([text.trim().replace(/\s+/g, ' '), ...utterances]);
      setPasted(null);
    },
  });

  const needle = query.trim().toLocaleLowerCase();
  const shown = utterances
    .map((phrase, index) => ({ phrase, index }))
    .filter(({ phrase }) => needle === '' || phrase.toLocaleLowerCase().includes(needle));

  return (
    <Stack gap="sm" data-testid={`utterances-${props.locale}`}>
      <AddValueInput
        value={adding.text}
        onChange={adding.change}
        onAdd={adding.add}
        label={t('utterances.add')}
        placeholder={t('utterances.addPlaceholder', { language: props.localeLabel })}
        lang={props.locale}
        maxLength={UTTERANCE_MAX + 1}
        error={adding.problem ? t(adding.problem, { max: UTTERANCE_MAX }) : null}
        inputTestId="utterance-input"
        addTestId="utterance-add"
      >
        <Button
          variant="default"
          leftSection={<IconClipboardText size={16} />}
          onClick={() => setPasting(true)}
          data-testid="bulk-paste-open"
        >
          {t('utterances.bulk')}
        </Button>
      </AddValueInput>
      {pasted && (
        <Alert
          variant="light"
          color="teal"
          withCloseButton
          onClose={() => setPasted(null)}
          data-testid="bulk-result"
        >
          {t('utterances.bulkResult', {
            count: pasted.added.length,
            skipped: pasted.duplicates + pasted.tooLong,
          })}
        </Alert>
      )}
      <Group justify="space-between">
        <Text size="sm" c="dimmed" data-testid="utterance-count">
          {needle === ''
            ? t('utterances.count', { count: utterances.length })
            : t('utterances.countFiltered', { count: shown.length, total: utterances.length })}
        </Text>
        {utterances.length > 0 && (
          <CompactSearch
            label={t('utterances.search')}
            value={query}
            onChange={setQuery}
            width={220}
            testId="utterance-search"
          />
        )}
      </Group>
      {utterances.length === 0 ? (
        <Text size="sm" c="dimmed" ta="center" py="lg" data-testid="utterances-empty">
          {t('utterances.empty', { language: props.localeLabel })}
        </Text>
      ) : (
        <Stack gap={0} data-testid="utterance-list">
          {shown.map(({ phrase, index }) => (
            <UtteranceRow
              key={`${index}:${phrase}`}
              phrase={phrase}
              locale={props.locale}
              problemOf={(next) =>
                utteranceProblem(
                  next,
                  utterances.filter((_, i) => i !== index),
                )
              }
              onSave={(next) =>
                props.onChange(utterances.map((old, i) => (i === index ? next : old)))
              }
              onRemove={() => props.onChange(utterances.filter((_, i) => i !== index))}
            />
          ))}
        </Stack>
      )}
      <BulkPasteModal
        opened={pasting}
        localeLabel={props.localeLabel}
        existing={utterances}
        onClose={() => setPasting(false)}
        onAdd={(result) => {
          if (result.added.length > 0) props.onChange([...utterances, ...result.added]);
          setPasted(result);
          setPasting(false);
        }}
      />
    </Stack>
  );
}
