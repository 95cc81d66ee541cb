import { Group, Stack, Text } from '@mantine/core';
import type { Entity } from '@parley/flow';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddValueInput } from '../add-value-input';
import { CompactSearch } from '../compact-search';
import { useAddValue } from '../use-add-value';
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
  const [query, setQuery] = useState('');
  const names = values.map((value) => value.value);
  const adding = useAddValue({
    problemOf: (text) => valueProblem(text, names),
    blank: 'entities.valueRequired',
    onAdd: (text) => props.onChange([...values, { value: text.trim(), synonyms: {} }]),
  });

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
      <AddValueInput
        value={adding.text}
        onChange={adding.change}
        onAdd={adding.add}
        label={t('entities.addValue')}
        placeholder={t('entities.addValue')}
        maxLength={ENTITY_VALUE_MAX + 1}
        error={adding.problem ? t(adding.problem, { max: ENTITY_VALUE_MAX }) : null}
        inputTestId="entity-value-input"
        addTestId="entity-value-add"
      />
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('entities.values', { count: values.length })} · {t('entities.synonymHelp')}
        </Text>
        {values.length > 5 && (
          <CompactSearch
            label={t('entities.searchValues')}
            value={query}
            onChange={setQuery}
            width={200}
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
