import { ActionIcon, Badge, Paper, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../api/admin-schemas';
import { formatDateTime } from '../../shared/format-date';
import { AuditDetails } from './audit-details';
import { actionLabel, actorLabel } from './audit-labels';

const COLUMNS = 6;

export interface AuditTableProps {
  events: AuditEvent[];
  emailOf: (userId: string | null) => string | null;
  targetLabel: (event: AuditEvent) => string;
}

/** One row per event, newest first; a row opens onto its details. */
export function AuditTable(props: AuditTableProps) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Paper withBorder style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={920}>
        <Table verticalSpacing="xs" horizontalSpacing="md" data-testid="audit-table">
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th w={44} aria-label={t('admin:audit.table.expand')} />
              <Table.Th w={180}>{t('admin:audit.table.time')}</Table.Th>
              <Table.Th w={210}>{t('admin:audit.table.actor')}</Table.Th>
              <Table.Th w={220}>{t('admin:audit.table.action')}</Table.Th>
              <Table.Th>{t('admin:audit.table.target')}</Table.Th>
              <Table.Th w={130}>{t('admin:audit.table.address')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.events.map((event) => {
              const expanded = open.has(event.id);
              return (
                <Fragment key={event.id}>
                  <Table.Tr
                    data-testid="audit-row"
                    data-action={event.action}
                    onClick={() => toggle(event.id)}
                    style={{ cursor: 'pointer' }}
                  >
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-expanded={expanded}
                        aria-label={t('admin:audit.table.toggleDetails')}
                        onClick={(click) => {
                          click.stopPropagation();
                          toggle(event.id);
                        }}
                        data-testid="audit-row-toggle"
                      >
                        {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                      </ActionIcon>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {formatDateTime(event.createdAt, i18n.language)}
                      </Text>
                    </Table.Td>
                    <Table.Td maw={230}>
                      <Text size="sm" truncate>
                        {actorLabel(t, event, props.emailOf)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {actionLabel(t, event.action)}
                      </Text>
                      <Badge variant="light" color="gray" size="xs" tt="none" ff="monospace">
                        {event.action}
                      </Badge>
                    </Table.Td>
                    <Table.Td maw={320}>
                      <Text size="sm" c="dimmed" truncate>
                        {props.targetLabel(event)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed" ff="monospace">
                        {event.clientIp ?? '—'}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                  {expanded && (
                    <Table.Tr bg="gray.0">
                      <Table.Td />
                      <Table.Td colSpan={COLUMNS - 1}>
                        <AuditDetails event={event} />
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
