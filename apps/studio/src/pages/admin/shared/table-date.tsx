import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A date or a word in its place ("never"), quiet and on one line. */
export function TableDate({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
      {children}
    </Text>
  );
}
