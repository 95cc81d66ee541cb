import { Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Longest description the document accepts (intents, variables, parameters). */
export const DESCRIPTION_MAX = 2_000;

/**
 * A description edited in place: typed freely, written to the draft when the field
 * is left (one edit, one save), never when too long.
 */
export function DescriptionField(props: {
  value: string;
  placeholder: string;
  onCommit: (text: string) => void;
  testId: string;
}) {
  const { t } = useTranslation('botData');
  const [text, setText] = useState(props.value);
  useEffect(() => setText(props.value), [props.value]);
  const tooLong = text.length > DESCRIPTION_MAX;
  return (
    <Textarea
      label={t('fields.description')}
      placeholder={props.placeholder}
      value={text}
      autosize
      minRows={1}
      maxRows={4}
      onChange={(event) => setText(event.currentTarget.value)}
      onBlur={() => {
        if (!tooLong && text.trim() !== props.value.trim()) props.onCommit(text.trim());
      }}
      error={tooLong ? t('fields.tooLong', { max: DESCRIPTION_MAX }) : null}
      data-testid={props.testId}
    />
  );
}
