import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { type Variable, variableSchema } from '@parley/flow';
import { IconBraces, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../shared/empty-state';
import { DeleteModal } from '../delete-modal';
import type { DraftPageContext } from '../draft-page';
import { readItems, removeItem } from '../named-items';
import { variableUses } from '../where-used';
import { FlowParametersSection } from './flow-parameters-section';
import { saveVariable } from './variable-edits';
import { VariableModal } from './variable-modal';
import { VariableTable } from './variable-table';

/** The bot's variables with where each is used, and the parameters of its subflows. */
export function VariablesEditor({ document, edit }: DraftPageContext) {
  const { t } = useTranslation('botData');
  const variables = readItems(document, 'variables', variableSchema);
  const [editing, setEditing] = useState<Variable | 'new' | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const initial = editing === 'new' ? null : editing;
  const needle = query.trim().toLocaleLowerCase();
  const shown = variables.filter(
    ({ name, item }) =>
      needle === '' ||
      name.toLocaleLowerCase().includes(needle) ||
      (item?.description ?? '').toLocaleLowerCase().includes(needle),
  );
  const addButton = (
    <Button
      leftSection={<IconPlus size={16} />}
      onClick={() => setEditing('new')}
      data-testid="variable-create"
    >
      {t('variables.create')}
    </Button>
  );

  return (
    <Stack gap="xl">
      {variables.length === 0 ? (
        <EmptyState
          testId="variables-empty"
          icon={<IconBraces size={28} />}
          title={t('variables.emptyTitle')}
          description={t('variables.emptyDescription')}
          actions={addButton}
        />
      ) : (
        <Stack gap="sm">
          <Group justify="space-between">
            <TextInput
              w={280}
              placeholder={t('variables.search')}
              aria-label={t('variables.search')}
              leftSection={<IconSearch size={14} />}
              value={query}
              onChange={(event) => setQuery(event.currentTarget.value)}
              data-testid="variable-search"
            />
            {addButton}
          </Group>
          {shown.length === 0 ? (
            <Text size="sm" c="dimmed" ta="center" py="lg" data-testid="variables-no-match">
              {t('variables.noMatch')}
            </Text>
          ) : (
            <VariableTable
              variables={shown}
              usesOf={(name) => variableUses(document, name)}
              onEdit={setEditing}
              onDelete={setDeleting}
            />
          )}
        </Stack>
      )}
      <FlowParametersSection document={document} edit={edit} />
      <VariableModal
        opened={editing !== null}
        initial={initial}
        taken={variables.map((variable) => variable.name)}
        useCount={initial ? variableUses(document, initial.name).length : 0}
        onClose={() => setEditing(null)}
        onSubmit={(variable) => {
          edit((doc) => saveVariable(doc, initial?.name ?? null, variable));
          setEditing(null);
        }}
      />
      <DeleteModal
        name={deleting}
        title={t('variables.deleteTitle')}
        uses={deleting === null ? [] : variableUses(document, deleting)}
        onClose={() => setDeleting(null)}
        onConfirm={(name) => {
          edit((doc) => removeItem(doc, 'variables', name));
          setDeleting(null);
        }}
      />
    </Stack>
  );
}
