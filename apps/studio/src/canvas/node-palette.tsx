import { Group, Paper, ScrollArea, Stack, Text, TextInput, ThemeIcon, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { paletteGroups, type NodeDefinition } from '@parley/nodes';
import { useMemo, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, useUiLocale } from '../settings-form';
import { KindIcon } from './kind-icon';
import { paletteMime } from './palette-drag';

interface NodePaletteProps {
  /** Adds a node of `kind` where the analyst is looking (a click instead of a drag). */
  onAdd: (kind: string) => void;
}

/** The node kinds by section, dragged onto the canvas (or clicked) to add a node. */
export function NodePalette({ onAdd }: NodePaletteProps) {
  const { t } = useTranslation('canvas');
  const locale = useUiLocale();
  const [query, setQuery] = useState('');
  const groups = useMemo(() => {
    const wanted = query.trim().toLowerCase();
    const matches = (def: NodeDefinition) =>
      wanted === '' ||
      [def.kind, def.label.en, def.label.zh, def.description.en, def.description.zh].some((text) =>
        text.toLowerCase().includes(wanted),
      );
    return paletteGroups()
      .map((group) => ({ ...group, definitions: group.definitions.filter(matches) }))
      .filter((group) => group.definitions.length > 0);
  }, [query]);
  return (
    <Stack gap="xs" h="100%" miw={0}>
      <TextInput
        size="xs"
        leftSection={<IconSearch size={14} />}
        placeholder={t('palette.search')}
        aria-label={t('palette.search')}
        value={query}
        data-testid="palette-search"
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      <ScrollArea style={{ flex: 1 }} type="auto" offsetScrollbars>
        <Stack gap="md" pb="md">
          {groups.map((group) => (
            <Stack key={group.category} gap={6}>
              <Title order={6} c="dimmed" tt="uppercase" fz={11}>
                {localize(group.label, locale)}
              </Title>
              {group.definitions.map((def) => (
                <PaletteItem key={def.kind} definition={def} onAdd={onAdd} />
              ))}
            </Stack>
          ))}
          {groups.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('palette.nothing')}
            </Text>
          )}
        </Stack>
      </ScrollArea>
    </Stack>
  );
}

function PaletteItem({
  definition,
  onAdd,
}: {
  definition: NodeDefinition;
  onAdd: (kind: string) => void;
}) {
  const { t } = useTranslation('canvas');
  const locale = useUiLocale();
  const label = localize(definition.label, locale);
  const startDrag = (event: DragEvent) => {
    event.dataTransfer.setData(paletteMime, definition.kind);
    event.dataTransfer.effectAllowed = 'move';
  };
  return (
    <Paper
      withBorder
      p={6}
      radius="sm"
      draggable
      role="button"
      tabIndex={0}
      title={t('palette.hint')}
      aria-label={t('palette.add', { label })}
      data-testid={`palette-${definition.kind}`}
      style={{ cursor: 'grab', userSelect: 'none' }}
      onDragStart={startDrag}
      onClick={() => onAdd(definition.kind)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') onAdd(definition.kind);
      }}
    >
      <Group gap={8} wrap="nowrap" align="flex-start">
        <ThemeIcon size="md" radius="sm" variant="light" color={definition.color}>
          <KindIcon name={definition.icon} category={definition.category} size={16} />
        </ThemeIcon>
        <Stack gap={0} miw={0}>
          <Text size="sm" fw={500} truncate>
            {label}
          </Text>
          <Text size="xs" c="dimmed" lineClamp={2} lh={1.3}>
            {localize(definition.description, locale)}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}
