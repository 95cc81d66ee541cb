import { Button, Grid } from '@mantine/core';
import { entitySchema, systemEntityNames } from '@parley/flow';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DeleteModal } from '../delete-modal';
import type { DraftPageContext } from '../draft-page';
import { readItems, removeItem } from '../named-items';
import { entityUses } from '../where-used';
import { EntityCreateModal } from './entity-create-modal';
import { EntityDetail } from './entity-detail';
import { EntityList } from './entity-list';
import { SystemEntityDetail } from './system-entity-detail';

/** The bot's entities beside the built-in ones: lists of values, patterns, and what the NLU knows. */
export function EntitiesEditor({ document, edit }: DraftPageContext) {
  const { t } = useTranslation('botData');
  const entities = readItems(document, 'entities', entitySchema);
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<string | null>(null);
  const wanted = params.get('entity');
  const selected =
    entities.find((entity) => entity.name === wanted) ?? (wanted ? undefined : entities[0]);
  const system =
    systemEntityNames.find((name) => name === wanted) ??
    (selected ? undefined : systemEntityNames[0]);
  const select = (name: string | null) =>
    setParams(name === null ? {} : { entity: name }, { replace: true });

  return (
    <>
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <EntityList
            entities={entities}
            selected={selected?.name ?? system ?? null}
            onSelect={select}
            createButton={
              <Button
                leftSection={<IconPlus size={16} />}
                onClick={() => setCreating(true)}
                data-testid="entity-create"
              >
                {t('entities.create')}
              </Button>
            }
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          {selected ? (
            <EntityDetail
              key={selected.name}
              entity={selected}
              document={document}
              edit={edit}
              onRenamed={select}
              onDelete={() => setDeleting(selected.name)}
            />
          ) : (
            system && (
              <SystemEntityDetail
                name={system}
                hasCustom={entities.length > 0}
                onCreate={() => setCreating(true)}
              />
            )
          )}
        </Grid.Col>
      </Grid>
      <EntityCreateModal
        opened={creating}
        taken={entities.map((entity) => entity.name)}
        onClose={() => setCreating(false)}
        onCreate={(entity) => {
          edit((doc) => ({ ...doc, entities: [...doc.entities, entity] }));
          setCreating(false);
          select(entity.name);
        }}
      />
      <DeleteModal
        name={deleting}
        title={t('entities.deleteTitle')}
        uses={deleting === null ? [] : entityUses(document, deleting)}
        onClose={() => setDeleting(null)}
        onConfirm={(name) => {
          edit((doc) => removeItem(doc, 'entities', name));
          setDeleting(null);
          select(null);
        }}
      />
    </>
  );
}
