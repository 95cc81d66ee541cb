import { Paper, Table } from '@mantine/core';
import type { ReactNode } from 'react';

export interface AdminColumn {
  /** Omitted for the actions column, which is named for screen readers only. */
  label?: string;
  ariaLabel?: string;
  width?: number;
}

/** The frame every workspace table shares: bordered, scrolling sideways, a grey header row. */
export function AdminTable(props: {
  columns: readonly AdminColumn[];
  minWidth: number;
  testId: string;
  /** Denser rows for long logs. */
  dense?: boolean;
  children: ReactNode;
}) {
  return (
    <Paper withBorder style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={props.minWidth}>
        <Table
          verticalSpacing={props.dense ? 'xs' : 'sm'}
          horizontalSpacing={props.dense ? 'md' : 'lg'}
          data-testid={props.testId}
        >
          <Table.Thead bg="gray.0">
            <Table.Tr>
              {props.columns.map((column, index) => (
                <Table.Th key={index} w={column.width} aria-label={column.ariaLabel}>
                  {column.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{props.children}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
