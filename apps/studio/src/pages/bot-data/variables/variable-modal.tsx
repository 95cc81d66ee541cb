import { Alert, Modal, Select, SimpleGrid, Stack } from '@mantine/core';
import {
  type Variable,
  type VariableType,
  variableSchema,
  variableScopeSchema,
} from '@parley/flow';
import { IconInfoCircle } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DescriptionTextarea, descriptionTooLong } from '../description-textarea';
import { nameProblem } from '../name-check';
import { NameInput } from '../name-input';
import { VariableTypeSelect } from './variable-type-select';
import { DefaultValueInput } from './default-value-input';
import { formatDefault, parseDefault } from './variable-default';
import { ModalActions } from '../../shared/modal-actions';

/** Adds a variable, or edits one (`initial`); everything is checked before the draft sees it. */
export function VariableModal(props: {
  opened: boolean;
  initial: Variable | null;
  taken: readonly string[];
  /** Nodes mentioning the variable: a rename leaves them on the old name. */
  useCount: number;
  onSubmit: (variable: Variable) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('botData');
  const [name, setName] = useState('');
  const [type, setType] = useState<VariableType>('string');
  const [scope, setScope] = useState<Variable['scope']>('conversation');
  const [defaultText, setDefaultText] = useState('');
  const [description, setDescription] = useState('');
  const [touched, setTouched] = useState(false);
  const { opened, initial } = props;

  useEffect(() => {
    if (!opened) return;
    setName(initial?.name ?? '');
    setType(initial?.type ?? 'string');
    setScope(initial?.scope ?? 'conversation');
    setDefaultText(initial ? formatDefault(initial.type, initial.default) : '');
    setDescription(initial?.description ?? '');
    setTouched(false);
  }, [opened, initial]);

  const nameKey = nameProblem(name, props.taken, { current: initial?.name });
  const parsedDefault = parseDefault(type, defaultText);
  const renamed = initial !== null && name !== initial.name;

  function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (nameKey !== null || !parsedDefault.ok || descriptionTooLong(description)) return;
    const parsed = variableSchema.safeParse({
      name,
      type,
      scope,
      ...(parsedDefault.value === undefined ? {} : { default: parsedDefault.value }),
      ...(description.trim() === '' ? {} : { description: description.trim() }),
    });
    if (parsed.success) props.onSubmit(parsed.data);
  }

  return (
    <Modal
      opened={opened}
      onClose={props.onClose}
      title={
        initial ? t('variables.editTitle', { name: initial.name }) : t('variables.createTitle')
      }
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <NameInput
            label={t('variables.name')}
            description={t('name.rule')}
            value={name}
            onChange={setName}
            problem={nameKey}
            showProblem={touched || name !== ''}
            testId="variable-name"
          />
          {renamed && props.useCount > 0 && (
            <Alert
              variant="light"
              color="orange"
              icon={<IconInfoCircle size={18} />}
              data-testid="variable-rename-warning"
            >
              {t('variables.renameWarning', { count: props.useCount, name: initial.name })}
            </Alert>
          )}
          <SimpleGrid cols={2}>
            <VariableTypeSelect value={type} onChange={setType} testId="variable-type" />
            <Select
              label={t('variables.scope')}
              data={variableScopeSchema.options.map((value) => ({
                value,
                label: t(`bot:variables.scopes.${value}`),
              }))}
              value={scope}
              allowDeselect={false}
              onChange={(value) => {
                const next = variableScopeSchema.safeParse(value);
                if (next.success) setScope(next.data);
              }}
              data-testid="variable-scope"
            />
          </SimpleGrid>
          <DefaultValueInput
            type={type}
            text={defaultText}
            onChange={setDefaultText}
            error={parsedDefault.ok ? null : t(`variables.defaultProblem.${parsedDefault.problem}`)}
          />
          <DescriptionTextarea
            value={description}
            onChange={setDescription}
            minRows={2}
            maxRows={5}
            data-testid="variable-description"
          />
          <ModalActions
            onCancel={props.onClose}
            submitLabel={initial ? t('common:actions.save') : t('variables.create')}
            submitTestId="variable-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
