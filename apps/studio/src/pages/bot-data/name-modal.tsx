import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nameProblem } from './name-check';

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
          <TextInput
            label={props.label}
            description={props.hint ?? t('name.rule')}
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setTouched(true);
            }}
            error={touched && problem ? t(`name.${problem}`, { name }) : null}
            data-autofocus
            data-testid={`${props.testId}-input`}
            ff="monospace"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={props.onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" data-testid={`${props.testId}-submit`}>
              {props.submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
