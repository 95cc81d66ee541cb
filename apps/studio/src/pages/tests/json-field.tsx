import { Textarea } from '@mantine/core';
import type { ReactNode } from 'react';

/** A JSON object typed as text (checked when the test is saved); empty means "not set". */
export function JsonField(props: {
  label: ReactNode;
  description?: ReactNode;
  value: string;
  placeholder?: string;
  error?: ReactNode;
  onChange: (value: string) => void;
  testId: string;
}) {
  return (
    <Textarea
      label={props.label}
      description={props.description}
      value={props.value}
      placeholder={props.placeholder}
      error={props.error}
      onChange={(event) => props.onChange(event.currentTarget.value)}
      autosize
      minRows={1}
      maxRows={12}
      spellCheck={false}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
      data-testid={props.testId}
    />
  );
}
