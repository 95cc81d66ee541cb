import { Textarea } from '@mantine/core';
import { checkExpression } from '@parley/flow';
import { useFormContext } from '../form-context';
import { clearedText, type WidgetProps } from '../widget-props';

/** A JSONata expression, parsed on every keystroke so a typo is marked as it is typed. */
export function ExpressionWidget(props: WidgetProps) {
  const { t } = useFormContext();
  const { model, value, testId } = props;
  const text = typeof value === 'string' ? value : '';
  const check = text.trim() === '' ? null : checkExpression(text);
  const syntax =
    check && !check.ok
      ? t('field.expressionError', { message: check.message ?? '', position: check.position ?? 1 })
      : undefined;
  return (
    <Textarea
      label={props.label}
      description={props.description}
      error={props.error ?? syntax}
      withAsterisk={props.required}
      value={text}
      placeholder={model.meta.placeholder}
      autosize
      minRows={1}
      spellCheck={false}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      data-testid={testId}
      errorProps={{ 'data-testid': `${testId}-error` }}
      onChange={(e) => props.onChange(clearedText(props, e.currentTarget.value))}
    />
  );
}
