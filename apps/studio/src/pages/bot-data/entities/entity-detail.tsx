import { Badge, Paper, Stack } from '@mantine/core';
import { type Entity, systemEntityNames } from '@parley/flow';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BrokenItemAlert } from '../broken-item-alert';
import type { DraftPageContext } from '../draft-page';
import { ItemDetailHeader } from '../item-detail-header';
import { NameModal } from '../name-modal';
import type { ReadItem } from '../named-items';
import { entityUses } from '../where-used';
import { renameEntity, setEntityPattern, setEntityValues } from './entity-edits';
import { ListEntityEditor } from './list-entity-editor';
import { RegexEntityEditor } from './regex-entity-editor';

/** One of the bot's entities: name, where it is used, and its values or pattern. */
export function EntityDetail(props: {
  entity: ReadItem<Entity>;
  document: DraftPageContext['document'];
  edit: DraftPageContext['edit'];
  onRenamed: (name: string) => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation('botData');
  const { name, item } = props.entity;
  const [renaming, setRenaming] = useState(false);
  return (
    <Paper withBorder p="lg" data-testid="entity-detail" data-entity={name}>
      <Stack gap="md">
        <ItemDetailHeader
          name={name}
          badge={
            item && (
              <Badge variant="light" color={item.kind === 'list' ? 'blue' : 'grape'}>
                {t(`entities.kinds.${item.kind}`)}
              </Badge>
            )
          }
          uses={entityUses(props.document, name)}
          renameLabel={t('entities.rename')}
          onRename={() => setRenaming(true)}
          onDelete={props.onDelete}
          testIdPrefix="entity"
        />
        {item === null ? (
          <BrokenItemAlert message={t('entities.broken')} />
        ) : item.kind === 'list' ? (
          <ListEntityEditor
            values={item.values}
            locales={props.document.locales}
            onChange={(values) => props.edit((doc) => setEntityValues(doc, name, values))}
          />
        ) : (
          <RegexEntityEditor
            pattern={item.pattern}
            onChange={(pattern) => props.edit((doc) => setEntityPattern(doc, name, pattern))}
          />
        )}
      </Stack>
      <NameModal
        opened={renaming}
        title={t('entities.renameTitle')}
        label={t('entities.nameLabel')}
        submitLabel={t('entities.rename')}
        initialName={name}
        taken={props.document.entities.map((entity) => entity.name)}
        reserved={systemEntityNames}
        hint={t('entities.renameHint')}
        onClose={() => setRenaming(false)}
        onSubmit={(next) => {
          props.edit((doc) => renameEntity(doc, name, next));
          setRenaming(false);
          props.onRenamed(next);
        }}
        testId="entity-rename-name"
      />
    </Paper>
  );
}
