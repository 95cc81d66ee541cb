import { ActionIcon, Badge, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../api/admin-schemas';
import { formatDateTime } from '../../shared/format-date';
import { AdminTable } from '../shared/admin-table';
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
    <AdminTable
      minWidth={920}
      testId="audit-table"
      dense
      columns={[
        { ariaLabel: t('admin:audit.table.expand'), width: 44 },
        { label: t('admin:audit.table.time'), width: 180 },
        { label: t('admin:audit.table.actor'), width: 210 },
        { label: t('admin:audit.table.action'), width: 220 },
        { label: t('admin:audit.table.target') },
        { label: t('admin:audit.table.address'), width: 130 },
      ]}
    >
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
    </AdminTable>
  );
}
