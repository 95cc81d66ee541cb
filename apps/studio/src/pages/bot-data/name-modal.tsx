import { Modal, Stack } from '@mantine/core';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nameProblem } from './name-check';
import { NameInput } from './name-input';
import { ModalActions } from '../shared/modal-actions';

export interface NameModalProps {
  opened: boolean;
  title: ReactNode;
  label: ReactNode;
  submitLabel: ReactNode;
  initialName: string;
  /** Names already used in the same list. */
  taken: readonly string[];
  reserved?: readonly string[];
  /** Said under the field, e.g. what a rename also changes. */
  hint?: ReactNode;
  onSubmit: (name: string) => void;
  onClose: () => void;
  testId: string;
}

/** Asks for an identifier (intent, entity…), checked as it is typed. */
export function NameModal(props: NameModalProps) {
  const { t } = useTranslation('botData');
  const [name, setName] = useState(props.initialName);
  const [touched, setTouched] = useState(false);

  useEffect(() => {
    if (props.opened) {
      setName(props.initialName);
      setTouched(false);
    }
  }, [props.opened, props.initialName]);

  const current = props.initialName === '' ? undefined : props.initialName;
  const problem = nameProblem(name, props.taken, { current, reserved: props.reserved });

  function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (problem === null) props.onSubmit(name);
  }

  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title}>
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <NameInput
            label={props.label}
            description={props.hint ?? t('name.rule')}
            value={name}
            onChange={(next) => {
              setName(next);
              setTouched(true);
            }}
            problem={problem}
            showProblem={touched}
            testId={`${props.testId}-input`}
          />
          <ModalActions
            onCancel={props.onClose}
            submitLabel={props.submitLabel}
            submitTestId={`${props.testId}-submit`}
          />
        </Stack>
      </form>
    </Modal>
  );
}
