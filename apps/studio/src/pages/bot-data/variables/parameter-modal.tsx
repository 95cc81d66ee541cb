import { Modal, Stack, Switch } from '@mantine/core';
import { type FlowParameter, flowParameterSchema, type VariableType } from '@parley/flow';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DescriptionTextarea, descriptionTooLong } from '../description-textarea';
import { nameProblem } from '../name-check';
import { NameInput } from '../name-input';
import { VariableTypeSelect } from './variable-type-select';
import { ModalActions } from '../../shared/modal-actions';

/** Adds or edits one parameter of a subflow, checked before the draft sees it. */
export function ParameterModal(props: {
  opened: boolean;
  title: string;
  initial: FlowParameter | null;
  taken: readonly string[];
  onSubmit: (parameter: FlowParameter) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('botData');
  const { opened, initial } = props;
  const [name, setName] = useState('');
  const [type, setType] = useState<VariableType>('string');
  const [required, setRequired] = useState(true);
  const [description, setDescription] = useState('');
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (!opened) return;
    setName(initial?.name ?? '');
    setType(initial?.type ?? 'string');
    setRequired(initial?.required ?? true);
    setDescription(initial?.description ?? '');
    setTouched(false);
  }, [opened, initial]);
  const nameKey = nameProblem(name, props.taken, { current: initial?.name });

  function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (nameKey !== null || descriptionTooLong(description)) return;
    const parsed = flowParameterSchema.safeParse({
      name,
      type,
      required,
      ...(description.trim() === '' ? {} : { description: description.trim() }),
    });
    if (parsed.success) props.onSubmit(parsed.data);
  }

  return (
    <Modal opened={opened} onClose={props.onClose} title={props.title}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <NameInput
            label={t('parameters.name')}
            description={t('parameters.nameHelp')}
            value={name}
            onChange={setName}
            problem={nameKey}
            showProblem={touched || name !== ''}
            testId="parameter-name"
          />
          <VariableTypeSelect value={type} onChange={setType} testId="parameter-type" />
          <Switch
            label={t('parameters.required')}
            description={t('parameters.requiredHelp')}
            checked={required}
            onChange={(event) => setRequired(event.currentTarget.checked)}
            data-testid="parameter-required"
          />
          <DescriptionTextarea value={description} onChange={setDescription} minRows={2} />
          <ModalActions
            onCancel={props.onClose}
            submitLabel={t('common:actions.save')}
            submitTestId="parameter-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
