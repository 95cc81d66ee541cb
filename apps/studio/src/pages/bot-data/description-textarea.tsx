import { Textarea, type TextareaProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Longest description the document accepts (intents, variables, parameters). */
export const DESCRIPTION_MAX = 2_000;

export function descriptionTooLong(text: string): boolean {
  return text.length > DESCRIPTION_MAX;
}

/** A description field that says, as it is typed, when the text is over the document's limit. */
export function DescriptionTextarea({
  value,
  onChange,
  ...rest
}: Omit<TextareaProps, 'value' | 'onChange' | 'error' | 'label'> & {
  value: string;
  onChange: (text: string) => void;
}) {
  const { t } = useTranslation('botData');
  return (
    <Textarea
      {...rest}
      label={t('fields.description')}
      value={value}
      autosize
      onChange={(event) => onChange(event.currentTarget.value)}
      error={descriptionTooLong(value) ? t('fields.tooLong', { max: DESCRIPTION_MAX }) : null}
    />
  );
}
