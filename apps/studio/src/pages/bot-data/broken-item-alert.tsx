import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/** Shown instead of an editor when the item in the document does not parse. */
export function BrokenItemAlert({ message }: { message: string }) {
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
      {message}
    </Alert>
  );
}
