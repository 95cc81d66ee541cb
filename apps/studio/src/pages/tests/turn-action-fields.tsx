import { Group, Select, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { JsonField } from './json-field';
import { turnActions } from './test-form-model';
import type { TurnPartProps } from './turn-part';

/** What the user does in the turn (say, press, a timer, a hand-back) and with what. */
export function TurnActionFields(props: TurnPartProps & { index: number }) {
  const { t } = useTranslation('tests');
  const { turn, testId } = props;
  // Only the first turn may leave out the input: it checks how the conversation opens.
  const actions = turnActions.filter(
    (action) => action !== 'opening' || props.index === 0 || turn.action === 'opening',
  );
  return (
    <Group gap="sm" align="flex-start" grow preventGrowOverflow={false}>
      <Select
        maw={200}
        label={t('editor.action')}
        value={turn.action}
        data={actions.map((action) => ({
          value: action,
          label: t(`editor.actions.${action}`),
        }))}
        onChange={(value) => props.onChange({ action: value ?? 'say', value: '' })}
        error={props.error('action')}
        allowDeselect={false}
        data-testid={`${testId}-action`}
      />
      {turn.action === 'handback' ? (
        <JsonField
          label={t('editor.handbackVars')}
          value={turn.value}
          placeholder='{ "status": "delivered" }'
          error={props.error('value')}
          onChange={(value) => props.onChange({ value })}
          testId={`${testId}-value`}
        />
      ) : turn.action !== 'opening' ? (
        <TextInput
          label={t(`editor.valueLabel.${turn.action}`)}
          value={turn.value}
          error={props.error('value')}
          onChange={(event) => props.onChange({ value: event.currentTarget.value })}
          data-testid={`${testId}-value`}
        />
      ) : (
        <Text size="sm" c="dimmed" pt={28}>
          {t('editor.openingHint')}
        </Text>
      )}
    </Group>
  );
}
