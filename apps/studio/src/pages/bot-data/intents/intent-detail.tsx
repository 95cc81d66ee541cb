import { Badge, Paper, Stack, Tabs } from '@mantine/core';
import type { Intent } from '@parley/flow';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BrokenItemAlert } from '../broken-item-alert';
import { DescriptionField } from '../description-field';
import type { DraftPageContext } from '../draft-page';
import { ItemDetailHeader } from '../item-detail-header';
import { useLocaleName } from '../locale-name';
import { reservedIntentNames } from '../name-check';
import { NameModal } from '../name-modal';
import { type ReadItem, replaceItem, withOptional } from '../named-items';
import { intentUses } from '../where-used';
import { renameIntent, setUtterances } from './intent-edits';
import { UtteranceEditor } from './utterance-editor';

/** One intent: its name, description, where it is used, and its examples per locale. */
export function IntentDetail(props: {
  intent: ReadItem<Intent>;
  document: DraftPageContext['document'];
  edit: DraftPageContext['edit'];
  onRenamed: (name: string) => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation('botData');
  const localeName = useLocaleName();
  const { name, item } = props.intent;
  const [renaming, setRenaming] = useState(false);
  const locales = [...new Set([...props.document.locales, ...Object.keys(item?.utterances ?? {})])];
  const [tab, setTab] = useState<string | null>(props.document.defaultLocale);

  return (
    <Paper withBorder p="lg" data-testid="intent-detail" data-intent={name}>
      <Stack gap="md">
        <ItemDetailHeader
          name={name}
          uses={intentUses(props.document, name)}
          renameLabel={t('intents.rename')}
          onRename={() => setRenaming(true)}
          onDelete={props.onDelete}
          testIdPrefix="intent"
        />
        {item === null ? (
          <BrokenItemAlert message={t('intents.broken')} />
        ) : (
          <>
            <DescriptionField
              value={item.description ?? ''}
              placeholder={t('intents.descriptionPlaceholder')}
              onCommit={(text) =>
                props.edit((doc) =>
                  replaceItem(doc, 'intents', name, (raw) => ({
                    ...withOptional(raw, 'description', text),
                    name,
                  })),
                )
              }
              testId="intent-description"
            />
            <Tabs value={tab} onChange={setTab} keepMounted={false}>
              <Tabs.List>
                {locales.map((locale) => (
                  <Tabs.Tab
                    key={locale}
                    value={locale}
                    data-testid={`locale-tab-${locale}`}
                    rightSection={
                      <Badge
                        size="xs"
                        variant="light"
                        color={item.utterances[locale]?.length ? 'blue' : 'orange'}
                        circle={false}
                      >
                        {item.utterances[locale]?.length ?? 0}
                      </Badge>
                    }
                  >
                    {localeName(locale)}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              {locales.map((locale) => (
                <Tabs.Panel key={locale} value={locale} pt="md">
                  <UtteranceEditor
                    locale={locale}
                    localeLabel={localeName(locale)}
                    utterances={item.utterances[locale] ?? []}
                    onChange={(next) => props.edit((doc) => setUtterances(doc, name, locale, next))}
                  />
                </Tabs.Panel>
              ))}
            </Tabs>
          </>
        )}
      </Stack>
      <NameModal
        opened={renaming}
        title={t('intents.renameTitle')}
        label={t('intents.nameLabel')}
        submitLabel={t('intents.rename')}
        initialName={name}
        taken={props.document.intents.map((intent) => intent.name)}
        reserved={reservedIntentNames}
        hint={t('intents.renameHint')}
        onClose={() => setRenaming(false)}
        onSubmit={(next) => {
          props.edit((doc) => renameIntent(doc, name, next));
          setRenaming(false);
          props.onRenamed(next);
        }}
        testId="intent-name"
      />
    </Paper>
  );
}
