import { ActionIcon, Group, Paper, SimpleGrid, TagsInput, TextInput, Tooltip } from '@mantine/core';
import type { Entity } from '@parley/flow';
import { IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocaleName } from '../locale-name';
import { ENTITY_VALUE_MAX, cleanSynonyms, valueProblem } from './entity-edits';

type ListValue = Extract<Entity, { kind: 'list' }>['values'][number];

/** One value of a list entity: its canonical name and the words customers use for it, per locale. */
export function EntityValueCard(props: {
  value: ListValue;
  locales: readonly string[];
  otherNames: readonly string[];
  removable: boolean;
  onChange: (value: ListValue) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('botData');
  const localeName = useLocaleName();
  const [name, setName] = useState(props.value.value);
  useEffect(() => setName(props.value.value), [props.value.value]);
  const problem = valueProblem(name, props.otherNames);
  const locales = [...new Set([...props.locales, ...Object.keys(props.value.synonyms)])];

  return (
    <Paper withBorder p="sm" data-testid="entity-value" data-value={props.value.value}>
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <TextInput
          w={200}
          label={t('entities.value')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          onBlur={() => {
            if (problem === null && name.trim() !== props.value.value)
              props.onChange({ ...props.value, value: name.trim() });
          }}
          error={problem ? t(problem, { max: ENTITY_VALUE_MAX }) : null}
          data-testid="entity-value-name"
        />
        <SimpleGrid cols={{ base: 1, sm: Math.min(locales.length, 2) }} flex={1} spacing="sm">
          {locales.map((locale) => (
            <TagsInput
              key={locale}
              label={t('entities.synonymsIn', { language: localeName(locale) })}
              placeholder={t('entities.synonymPlaceholder')}
              lang={locale}
              value={props.value.synonyms[locale] ?? []}
              splitChars={[',', '，', '、']}
              acceptValueOnBlur
              clearable
              onChange={(synonyms) => {
                const next = { ...props.value.synonyms, [locale]: cleanSynonyms(synonyms) };
                if (next[locale]?.length === 0) delete next[locale];
                props.onChange({ ...props.value, synonyms: next });
              }}
              data-testid={`entity-synonyms-${locale}`}
            />
          ))}
        </SimpleGrid>
        <Tooltip label={props.removable ? t('entities.removeValue') : t('entities.lastValue')}>
          <ActionIcon
            mt={26}
            variant="subtle"
            color="gray"
            disabled={!props.removable}
            onClick={props.onRemove}
            aria-label={t('entities.removeValue')}
            data-testid="entity-value-remove"
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Paper>
  );
}
