import { Button, Grid } from '@mantine/core';
import { intentSchema } from '@parley/flow';
import { IconPlus, IconTargetArrow } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../shared/empty-state';
import { DeleteModal } from '../delete-modal';
import type { DraftPageContext } from '../draft-page';
import { reservedIntentNames } from '../name-check';
import { NameModal } from '../name-modal';
import { addItem, readItems, removeItem } from '../named-items';
import { intentUses } from '../where-used';
import { IntentDetail } from './intent-detail';
import { IntentList } from './intent-list';

/** The intents of the draft: a searchable list beside the chosen intent's examples. */
export function IntentsEditor({ document, edit }: DraftPageContext) {
  const { t } = useTranslation('botData');
  const intents = readItems(document, 'intents', intentSchema);
  const names = intents.map((intent) => intent.name);
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<string | null>(null);
  const selected = intents.find((intent) => intent.name === params.get('intent')) ?? intents[0];

  const select = (name: string | null) =>
    setParams(name === null ? {} : { intent: name }, { replace: true });

  const createModal = (
    <NameModal
      opened={creating}
      title={t('intents.createTitle')}
      label={t('intents.nameLabel')}
      submitLabel={t('intents.create')}
      initialName=""
      taken={names}
      reserved={reservedIntentNames}
      onClose={() => setCreating(false)}
      onSubmit={(name) => {
        edit((doc) => addItem(doc, 'intents', { name, utterances: {} }));
        setCreating(false);
        select(name);
      }}
      testId="intent-name"
    />
  );
  const createButton = (
    <Button
      leftSection={<IconPlus size={16} />}
      onClick={() => setCreating(true)}
      data-testid="intent-create"
    >
      {t('intents.create')}
    </Button>
  );

  if (intents.length === 0) {
    return (
      <>
        <EmptyState
          testId="intents-empty"
          icon={<IconTargetArrow size={28} />}
          title={t('intents.emptyTitle')}
          description={t('intents.emptyDescription')}
          actions={createButton}
        />
        {createModal}
      </>
    );
  }

  return (
    <>
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <IntentList
            intents={intents}
            locales={document.locales}
            selected={selected?.name ?? null}
            onSelect={select}
            createButton={createButton}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          {selected && (
            <IntentDetail
              key={selected.name}
              intent={selected}
              document={document}
              edit={edit}
              onRenamed={select}
              onDelete={() => setDeleting(selected.name)}
            />
          )}
        </Grid.Col>
      </Grid>
      {createModal}
      <DeleteModal
        name={deleting}
        title={t('intents.deleteTitle')}
        uses={deleting === null ? [] : intentUses(document, deleting)}
        onClose={() => setDeleting(null)}
        onConfirm={(name) => {
          edit((doc) => removeItem(doc, 'intents', name));
          setDeleting(null);
          select(null);
        }}
      />
    </>
  );
}
