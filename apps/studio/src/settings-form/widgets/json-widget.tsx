import { JsonInput } from '@mantine/core';
import { useState } from 'react';
import { useFormContext } from '../form-context';
import type { WidgetProps } from '../widget-props';

/** Any JSON value, for settings no other widget fits; kept only once it parses. */
export function JsonWidget(props: WidgetProps) {
  const { t } = useFormContext();
  const { value, testId } = props;
  const [text, setText] = useState(() =>
    value === undefined ? '' : JSON.stringify(value, null, 2),
  );
  const [invalid, setInvalid] = useState(false);
  const change = (next: string) => {
    setText(next);
    if (next.trim() === '') {
      setInvalid(false);
      return props.onChange(undefined);
    }
    try {
      const parsed: unknown = JSON.parse(next);
      setInvalid(false);
      props.onChange(parsed);
    } catch {
      setInvalid(true);
    }
  };
  return (
    <JsonInput
      label={props.label}
      description={props.description}
      error={invalid ? t('field.jsonError') : props.error}
      withAsterisk={props.required}
      value={text}
      autosize
      minRows={3}
      data-testid={testId}
      errorProps={{ 'data-testid': `${testId}-error` }}
      onChange={change}
    />
  );
}
