import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DraftDocument } from '../../draft/draft-document';
import { nodeOptions } from './node-options';
import type { TurnPartProps } from './turn-part';

const endedChoices = ['', 'true', 'resolved', 'unresolved', 'false'] as const;
const handedOffChoices = ['', 'true', 'false'] as const;

/** Where the conversation must stand after the turn: its node, whether it ended or was handed off. */
export function TurnStateChecks(props: TurnPartProps & { document: DraftDocument }) {
  const { t } = useTranslation('tests');
  const { turn, testId } = props;
  return (
    <Group gap="sm" align="flex-start" grow>
      <Select
        label={t('editor.node')}
        placeholder={t('editor.notChecked')}
        value={turn.node === '' ? null : turn.node}
        data={nodeOptions(props.document, turn.node)}
        onChange={(value) => props.onChange({ node: value ?? '' })}
        searchable
        clearable
        error={props.error('node')}
        data-testid={`${testId}-node`}
      />
      <ChoiceSelect
        label={t('editor.ended')}
        value={turn.ended}
        choices={endedChoices}
        choiceLabel={(value) => t(`editor.endedChoice.${value || 'any'}`)}
        onChange={(ended) => props.onChange({ ended })}
        testId={`${testId}-ended`}
      />
      <ChoiceSelect
        label={t('editor.handedOff')}
        value={turn.handedOff}
        choices={handedOffChoices}
        choiceLabel={(value) => t(`editor.handedOffChoice.${value || 'any'}`)}
        onChange={(handedOff) => props.onChange({ handedOff })}
        testId={`${testId}-handed-off`}
      />
    </Group>
  );
}

/** A select over fixed choices where `''` means "not checked" and cannot be cleared away. */
function ChoiceSelect<Choice extends string>(props: {
  label: string;
  value: Choice;
  choices: readonly Choice[];
  choiceLabel: (value: Choice) => string;
  onChange: (value: Choice | '') => void;
  testId: string;
}) {
  return (
    <Select
      label={props.label}
      value={props.value}
      data={props.choices.map((value) => ({ value, label: props.choiceLabel(value) }))}
      onChange={(value) => props.onChange(value ?? '')}
      allowDeselect={false}
      data-testid={props.testId}
    />
  );
}
