import { ActionIcon, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import type { Entity } from '@parley/flow';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSubmitEnter } from '../ime-enter';
import { ENTITY_VALUE_MAX, valueProblem } from './entity-edits';
import { EntityValueCard } from './entity-value-card';

type ListValue = Extract<Entity, { kind: 'list' }>['values'][number];

/** Values of a list entity, each with its synonyms per locale; at least one value stays. */
export function ListEntityEditor(props: {
  values: readonly ListValue[];
  locales: readonly string[];
  onChange: (values: ListValue[]) => void;
}) {
  const { t } = useTranslation('botData');
  const { values } = props;
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const names = values.map((value) => value.value);

  function add() {
    const found = valueProblem(text, names);
    if (found === 'entities.valueRequired') return;
    setProblem(found);
    if (found !== null) return;
    props.onChange([...values, { value: text.trim(), synonyms: {} }]);
    setText('');
  }

  const needle = query.trim().toLocaleLowerCase();
  const shown = values
    .map((value, index) => ({ value, index }))
    .filter(
      ({ value }) =>
        needle === '' ||
        [value.value, ...Object.values(value.synonyms).flat()].some((word) =>
          word.toLocaleLowerCase().includes(needle),
        ),
    );

  return (
    <Stack gap="sm" data-testid="entity-values">
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <TextInput
          flex={1}
          placeholder={t('entities.addValue')}
          aria-label={t('entities.addValue')}
          value={text}
          maxLength={ENTITY_VALUE_MAX + 1}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setProblem(null);
          }}
          onKeyDown={(event) => {
            if (!isSubmitEnter(event)) return;
            event.preventDefault();
            add();
          }}
          error={problem ? t(problem, { max: ENTITY_VALUE_MAX }) : null}
          data-testid="entity-value-input"
        />
        <Tooltip label={t('entities.addValue')}>
          <ActionIcon
            size={36}
            variant="light"
            onClick={add}
            aria-label={t('entities.addValue')}
            data-testid="entity-value-add"
          >
            <IconPlus size={18} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('entities.values', { count: values.length })} · {t('entities.synonymHelp')}
        </Text>
        {values.length > 5 && (
          <TextInput
            size="xs"
            w={200}
            placeholder={t('entities.searchValues')}
            aria-label={t('entities.searchValues')}
            leftSection={<IconSearch size={12} />}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
          />
        )}
      </Group>
      {shown.map(({ value, index }) => (
        <EntityValueCard
          key={`${index}:${value.value}`}
          value={value}
          locales={props.locales}
          otherNames={names.filter((_, i) => i !== index)}
          removable={values.length > 1}
          onChange={(next) => props.onChange(values.map((old, i) => (i === index ? next : old)))}
          onRemove={() => props.onChange(values.filter((_, i) => i !== index))}
        />
      ))}
    </Stack>
  );
}
