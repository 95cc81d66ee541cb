import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Title,
  Tooltip,
} from '@mantine/core';
import { type Entity, systemEntityNames } from '@parley/flow';
import { IconAlertTriangle, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftPageContext } from '../draft-page';
import { NameModal } from '../name-modal';
import type { ReadItem } from '../named-items';
import { UsedBy } from '../used-by';
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
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={4} miw={0}>
            <Group gap="xs" wrap="nowrap">
              <Title order={3} fz={20} ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                {name}
              </Title>
              {item && (
                <Badge variant="light" color={item.kind === 'list' ? 'blue' : 'grape'}>
                  {t(`entities.kinds.${item.kind}`)}
                </Badge>
              )}
              <Tooltip label={t('entities.rename')}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  onClick={() => setRenaming(true)}
                  aria-label={t('entities.rename')}
                  data-testid="entity-rename"
                >
                  <IconPencil size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
            <UsedBy uses={entityUses(props.document, name)} />
          </Stack>
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={props.onDelete}
            data-testid="entity-delete"
          >
            {t('delete.submit')}
          </Button>
        </Group>
        {item === null ? (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
            {t('entities.broken')}
          </Alert>
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
