import { Select } from '@mantine/core';
import { type VariableType, variableTypeSchema } from '@parley/flow';
import { useTranslation } from 'react-i18next';

/** Picks one of the document's variable types (string, number…), labelled in the UI language. */
export function VariableTypeSelect(props: {
  value: VariableType;
  onChange: (type: VariableType) => void;
  testId: string;
}) {
  const { t } = useTranslation('botData');
  return (
    <Select
      label={t('variables.type')}
      data={variableTypeSchema.options.map((value) => ({
        value,
        label: t(`bot:variables.types.${value}`),
      }))}
      value={props.value}
      allowDeselect={false}
      onChange={(value) => {
        const next = variableTypeSchema.safeParse(value);
        if (next.success) props.onChange(next.data);
      }}
      data-testid={props.testId}
    />
  );
}
