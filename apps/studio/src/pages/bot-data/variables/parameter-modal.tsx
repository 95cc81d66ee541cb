import { Button, Group, Modal, Select, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import {
  type FlowParameter,
  flowParameterSchema,
  type VariableType,
  variableTypeSchema,
} from '@parley/flow';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DESCRIPTION_MAX } from '../description-field';
import { nameProblem } from '../name-check';

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
    if (nameKey !== null || description.length > DESCRIPTION_MAX) return;
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
          <TextInput
            label={t('parameters.name')}
            description={t('parameters.nameHelp')}
            ff="monospace"
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={(touched || name !== '') && nameKey ? t(`name.${nameKey}`, { name }) : null}
            data-autofocus
            data-testid="parameter-name"
          />
          <Select
            label={t('variables.type')}
            data={variableTypeSchema.options.map((value) => ({
              value,
              label: t(`bot:variables.types.${value}`),
            }))}
            value={type}
            allowDeselect={false}
            onChange={(value) => {
              const next = variableTypeSchema.safeParse(value);
              if (next.success) setType(next.data);
            }}
            data-testid="parameter-type"
          />
          <Switch
            label={t('parameters.required')}
            description={t('parameters.requiredHelp')}
            checked={required}
            onChange={(event) => setRequired(event.currentTarget.checked)}
            data-testid="parameter-required"
          />
          <Textarea
            label={t('fields.description')}
            value={description}
            autosize
            minRows={2}
            onChange={(event) => setDescription(event.currentTarget.value)}
            error={
              description.length > DESCRIPTION_MAX
                ? t('fields.tooLong', { max: DESCRIPTION_MAX })
                : null
            }
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={props.onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" data-testid="parameter-submit">
              {t('common:actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
