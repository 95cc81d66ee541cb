import {
  Alert,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import type { StoredConversationTest } from '@parley/flow';
import { IconAlertCircle, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftDocument } from '../../draft/draft-document';
import { JsonField } from './json-field';
import { emptyTurn, type TestForm, type TurnForm } from './test-form-model';
import { type FieldErrors, formToTest } from './test-form-validation';
import { TurnEditor } from './turn-editor';

/**
 * Edits one test as a form: checked against the test schema when saved (and live
 * after a first failed save), written into the draft only when valid.
 */
export function TestEditor(props: {
  title: string;
  initial: TestForm;
  otherNames: readonly string[];
  document: DraftDocument;
  onSave: (test: StoredConversationTest) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('tests');
  const [form, setForm] = useState(props.initial);
  const [errors, setErrors] = useState<FieldErrors | null>(null);
  const change = (patch: Partial<TestForm>) => {
    const next = { ...form, ...patch };
    setForm(next);
    // Once the user has seen what is wrong, each fix clears its message at once.
    if (errors !== null) {
      const result = formToTest(next, props.otherNames);
      setErrors(result.ok ? {} : result.errors);
    }
  };
  const error = (field: string) => {
    const found = errors?.[field];
    return found && t(found.key, { defaultValue: found.fallback ?? found.key });
  };
  const setTurns = (turns: TurnForm[]) => change({ turns });
  const save = () => {
    const result = formToTest(form, props.otherNames);
    if (result.ok) props.onSave(result.test);
    else setErrors(result.errors);
  };
  const errorCount = errors === null ? 0 : Object.keys(errors).length;

  return (
    <Paper withBorder p="lg" radius="md" data-testid="test-editor">
      <Stack gap="md">
        <Title order={3} fz={18}>
          {props.title}
        </Title>
        <Group grow align="flex-start">
          <TextInput
            label={t('editor.name')}
            value={form.name}
            maxLength={200}
            error={error('name')}
            onChange={(e) => change({ name: e.currentTarget.value })}
            data-testid="test-name"
          />
          <Select
            label={t('editor.locale')}
            value={form.locale}
            data={[
              { value: '', label: t('editor.defaultLocale') },
              ...props.document.locales.map((locale) => ({ value: locale, label: locale })),
            ]}
            onChange={(value) => change({ locale: value ?? '' })}
            allowDeselect={false}
            error={error('locale')}
            data-testid="test-locale"
          />
        </Group>
        <Textarea
          label={t('editor.descriptionLabel')}
          value={form.description}
          autosize
          minRows={1}
          onChange={(e) => change({ description: e.currentTarget.value })}
          data-testid="test-description"
        />
        <Group grow align="flex-start">
          <JsonField
            label={t('editor.contact')}
            description={t('editor.contactHint')}
            value={form.contact}
            placeholder='{ "firstName": "Ada" }'
            error={error('contact')}
            onChange={(contact) => change({ contact })}
            testId="test-contact"
          />
          <JsonField
            label={t('editor.startVars')}
            description={t('editor.startVarsHint')}
            value={form.vars}
            placeholder='{ "vip": true }'
            error={error('vars')}
            onChange={(vars) => change({ vars })}
            testId="test-vars"
          />
        </Group>
        <Text fw={600} size="sm">
          {t('editor.turns')}
        </Text>
        {error('turns') && (
          <Text size="sm" c="red">
            {error('turns')}
          </Text>
        )}
        {form.turns.map((turn, index) => (
          <TurnEditor
            key={turn.key}
            turn={turn}
            index={index}
            count={form.turns.length}
            document={props.document}
            error={error}
            onChange={(next) =>
              setTurns(form.turns.map((item, at) => (at === index ? next : item)))
            }
            onMove={(by) => setTurns(moved(form.turns, index, index + by))}
            onRemove={() => setTurns(form.turns.filter((_, at) => at !== index))}
          />
        ))}
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          w="fit-content"
          onClick={() => setTurns([...form.turns, emptyTurn()])}
          data-testid="test-add-turn"
        >
          {t('editor.addTurn')}
        </Button>
        {errorCount > 0 && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertCircle size={18} />}
            data-testid="test-editor-errors"
          >
            {t('editor.fixErrors', { count: errorCount })}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onCancel} data-testid="test-cancel">
            {t('common:actions.cancel')}
          </Button>
          <Button onClick={save} data-testid="test-save">
            {t('editor.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}
