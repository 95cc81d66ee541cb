import { Textarea, TextInput } from '@mantine/core';
import { useFormContext } from '../form-context';
import { clearedText, defaultHint, type WidgetProps } from '../widget-props';

/** Plain text, long text, and the names of stored secrets (never their values). */
export function TextWidget(props: WidgetProps) {
  const { t } = useFormContext();
  const { model, value, testId } = props;
  const common = {
    label: props.label,
    description:
      model.kind === 'secret' ? (props.description ?? t('field.secretHelp')) : props.description,
    error: props.error,
    withAsterisk: props.required,
    value: typeof value === 'string' ? value : '',
    placeholder: model.meta.placeholder ?? defaultHint(props),
    'data-testid': testId,
    errorProps: { 'data-testid': `${testId}-error` },
  };
  const change = (text: string) => props.onChange(clearedText(props, text));
  if (model.kind === 'textarea') {
    return (
      <Textarea {...common} autosize minRows={2} onChange={(e) => change(e.currentTarget.value)} />
    );
  }
  return <TextInput {...common} onChange={(e) => change(e.currentTarget.value)} />;
}
