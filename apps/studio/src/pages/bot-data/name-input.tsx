import { TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NameProblem } from './name-check';

/** The identifier field of a dialog: monospace, focused first, saying why a name cannot be used. */
export function NameInput(props: {
  label: ReactNode;
  description: ReactNode;
  value: string;
  onChange: (name: string) => void;
  problem: NameProblem;
  /** False until the user has typed or tried to submit, so a fresh form does not open in red. */
  showProblem: boolean;
  testId: string;
}) {
  const { t } = useTranslation('botData');
  return (
    <TextInput
      label={props.label}
      description={props.description}
      ff="monospace"
      value={props.value}
      onChange={(event) => props.onChange(event.currentTarget.value)}
      error={
        props.showProblem && props.problem
          ? t(`name.${props.problem}`, { name: props.value })
          : null
      }
      data-autofocus
      data-testid={props.testId}
    />
  );
}
