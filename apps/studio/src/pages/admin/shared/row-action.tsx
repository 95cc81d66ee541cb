import { Button } from '@mantine/core';
import type { ReactNode } from 'react';

export interface RowActionProps {
  onClick: () => void;
  testId: string;
  /** Red, for actions that remove or revoke something. */
  destructive?: boolean;
  children: ReactNode;
}

/** One action in a workspace table's row: a small quiet button, so the row's data leads. */
export function RowAction({ onClick, testId, destructive = false, children }: RowActionProps) {
  return (
    <Button
      size="xs"
      variant="subtle"
      color={destructive ? 'red' : undefined}
      onClick={onClick}
      data-testid={testId}
    >
      {children}
    </Button>
  );
}
