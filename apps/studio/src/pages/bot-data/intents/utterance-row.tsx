import { ActionIcon, Group, Text, TextInput, Tooltip, UnstyledButton } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSubmitEnter } from '../ime-enter';
import { UTTERANCE_MAX } from './bulk-utterances';
import classes from './utterance-row.module.css';

/** One example phrase; clicking it edits it in place (Enter saves, Escape cancels). */
export function UtteranceRow(props: {
  phrase: string;
  locale: string;
  problemOf: (phrase: string) => string | null;
  onSave: (phrase: string) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('botData');
  const [editing, setEditing] = useState<string | null>(null);
  const problem = editing === null ? null : props.problemOf(editing);

  function save() {
    if (editing === null) return;
    const next = editing.trim().replace(/\s+/g, ' ');
    if (next === props.phrase) return setEditing(null);
    if (problem !== null) return;
    props.onSave(next);
    setEditing(null);
  }

  return (
    <Group className={classes.row} gap="xs" wrap="nowrap" data-testid="utterance-row">
      {editing === null ? (
        <UnstyledButton
          flex={1}
          className={classes.text}
          onClick={() => setEditing(props.phrase)}
          aria-label={t('utterances.edit', { phrase: props.phrase })}
        >
          <Text size="sm" lang={props.locale} style={{ overflowWrap: 'anywhere' }}>
            {props.phrase}
          </Text>
        </UnstyledButton>
      ) : (
        <TextInput
          flex={1}
          size="xs"
          autoFocus
          lang={props.locale}
          value={editing}
          maxLength={UTTERANCE_MAX + 1}
          onChange={(event) => setEditing(event.currentTarget.value)}
          onBlur={save}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              setEditing(null);
            } else if (isSubmitEnter(event)) {
              event.preventDefault();
              save();
            }
          }}
          error={
            problem && problem !== 'utterances.blank' ? t(problem, { max: UTTERANCE_MAX }) : null
          }
          aria-label={t('utterances.editLabel')}
          data-testid="utterance-edit"
        />
      )}
      <Tooltip label={t('utterances.remove')}>
        <ActionIcon
          variant="subtle"
          color="gray"
          className={classes.remove}
          onMouseDown={(event) => event.preventDefault()}
          onClick={props.onRemove}
          aria-label={t('utterances.remove')}
          data-testid="utterance-remove"
        >
          <IconTrash size={14} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
