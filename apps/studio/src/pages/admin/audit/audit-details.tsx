import { Code, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../api/admin-schemas';

/** An event's details as indented JSON, with its ids, for whoever investigates it. */
export function AuditDetails({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const shown = {
    id: event.id,
    action: event.action,
    actorUserId: event.actorUserId,
    targetType: event.targetType,
    targetId: event.targetId,
    details: event.details,
  };
  return (
    <div data-testid="audit-details">
      {Object.keys(event.details).length === 0 && (
        <Text size="xs" c="dimmed" mb={6}>
          {t('admin:audit.noDetails')}
        </Text>
      )}
      <Code block fz="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {JSON.stringify(shown, null, 2)}
      </Code>
    </div>
  );
}
