import { Modal, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { type Entity, entitySchema, systemEntityNames } from '@parley/flow';
import { type FormEvent, useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { nameProblem } from '../name-check';
import { NameInput } from '../name-input';
import { valueProblem } from './entity-edits';
import { patternError } from './regex-check';
import { ModalActions } from '../../shared/modal-actions';

type Kind = Entity['kind'];

/** A new entity: its name, its kind, and what it needs to be valid (a first value, a pattern). */
export function EntityCreateModal(props: {
  opened: boolean;
  taken: readonly string[];
  onCreate: (entity: Entity) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('botData');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Kind>('list');
  const [detail, setDetail] = useState('');
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (!props.opened) return;
    setName('');
    setKind('list');
    setDetail('');
    setTouched(false);
  }, [props.opened]);

  const nameKey = nameProblem(name, props.taken, { reserved: systemEntityNames });
  const detailError = detailProblem(kind, detail, t);

  function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (nameKey !== null || detailError) return;
    const draft =
      kind === 'list'
        ? { kind, name, values: [{ value: detail.trim(), synonyms: {} }] }
        : { kind, name, pattern: detail };
    const parsed = entitySchema.safeParse(draft);
    if (parsed.success) props.onCreate(parsed.data);
  }

  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('entities.createTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <NameInput
            label={t('entities.nameLabel')}
            description={t('name.rule')}
            value={name}
            onChange={setName}
            problem={nameKey}
            showProblem={touched}
            testId="entity-name-input"
          />
          <SegmentedControl
            value={kind}
            onChange={(value) => setKind(value === 'regex' ? 'regex' : 'list')}
            data={[
              { value: 'list', label: t('entities.kinds.list') },
              { value: 'regex', label: t('entities.kinds.regex') },
            ]}
            data-testid="entity-kind"
          />
          <TextInput
            label={kind === 'list' ? t('entities.firstValue') : t('entities.pattern')}
            description={kind === 'list' ? t('entities.firstValueHelp') : t('entities.patternHelp')}
            placeholder={kind === 'list' ? 'express' : '[A-Z]{2}\\d{6}'}
            ff={kind === 'regex' ? 'monospace' : undefined}
            value={detail}
            onChange={(event) => setDetail(event.currentTarget.value)}
            error={touched && detailError ? detailError : null}
            data-testid="entity-detail-input"
          />
          <ModalActions
            onCancel={props.onClose}
            submitLabel={t('entities.create')}
            submitTestId="entity-name-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}

function detailProblem(kind: Kind, detail: string, t: TFunction): string | null {
  if (kind === 'list') {
    const key = valueProblem(detail, []);
    return key && t(key);
  }
  if (detail.trim() === '') return t('entities.patternRequired');
  const error = patternError(detail);
  return error && t('entities.patternInvalid', { message: error });
}
