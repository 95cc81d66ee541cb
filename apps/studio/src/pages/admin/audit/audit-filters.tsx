import { Autocomplete, Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFilterOff } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceUser } from '../../../api/admin-schemas';
import { actionLabel } from './audit-labels';
import { type AuditFilter, isBackwards } from './audit-filter';
import { knownAuditActions } from './known-actions';

/** Typing in the action box queries once the typing pauses, not on every key. */
const ACTION_DEBOUNCE_MS = 350;

/** Who, what and when: the audit log's filters. */
export function AuditFilters(props: {
  filter: AuditFilter;
  users: WorkspaceUser[];
  onChange: (filter: AuditFilter) => void;
}) {
  const { t } = useTranslation();
  const { filter, onChange } = props;
  const [actionText, setActionText] = useState(filter.action ?? '');
  const [debouncedAction] = useDebouncedValue(actionText.trim(), ACTION_DEBOUNCE_MS);

  // The address can change the filter too (back button, "Clear"): follow it.
  useEffect(() => setActionText(filter.action ?? ''), [filter.action]);
  useEffect(() => {
    if (debouncedAction !== (filter.action ?? ''))
      onChange({ ...filter, action: debouncedAction || undefined });
    // Only a settled text commits; the filter itself changing must not re-commit an old text.
  }, [debouncedAction]);

  const set = (patch: Partial<AuditFilter>) => onChange({ ...filter, ...patch });
  const active = Object.values(filter).some(Boolean);
  return (
    <Paper withBorder p="md" mb="md">
      <Stack gap="xs">
        <Group gap="md" align="flex-end" wrap="wrap">
          <Select
            label={t('admin:audit.filters.actor')}
            placeholder={t('admin:audit.filters.anyone')}
            data={props.users.map((user) => ({ value: user.id, label: user.email }))}
            value={filter.actor ?? null}
            onChange={(actor) => set({ actor: actor ?? undefined })}
            searchable
            clearable
            w={240}
            data-testid="audit-filter-actor"
          />
          <Autocomplete
            label={t('admin:audit.filters.action')}
            placeholder={t('admin:audit.filters.anyAction')}
            data={[...knownAuditActions]}
            value={actionText}
            onChange={setActionText}
            onOptionSubmit={(action) => set({ action })}
            renderOption={({ option }) => (
              <Stack gap={0}>
                <Text size="sm">{actionLabel(t, option.value)}</Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {option.value}
                </Text>
              </Stack>
            )}
            clearable
            maxDropdownHeight={280}
            w={240}
            data-testid="audit-filter-action"
          />
          <TextInput
            type="date"
            label={t('admin:audit.filters.from')}
            value={filter.from ?? ''}
            max={filter.to}
            onChange={(event) => set({ from: event.currentTarget.value || undefined })}
            w={170}
            data-testid="audit-filter-from"
          />
          <TextInput
            type="date"
            label={t('admin:audit.filters.to')}
            value={filter.to ?? ''}
            min={filter.from}
            onChange={(event) => set({ to: event.currentTarget.value || undefined })}
            w={170}
            data-testid="audit-filter-to"
          />
          <Button
            variant="subtle"
            color="gray"
            leftSection={<IconFilterOff size={16} />}
            disabled={!active}
            onClick={() => onChange({})}
            data-testid="audit-filter-clear"
          >
            {t('admin:audit.filters.clear')}
          </Button>
        </Group>
        {isBackwards(filter) && (
          <Text size="xs" c="red" data-testid="audit-filter-backwards">
            {t('admin:audit.filters.backwards')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
