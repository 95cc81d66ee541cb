import type { DiffStatus } from './version-diff-model';

/** The Mantine colour of each status: green added, red removed, amber changed, grey moved. */
export const statusColor: Readonly<Record<DiffStatus, string>> = {
  added: 'green',
  removed: 'red',
  changed: 'yellow',
  moved: 'gray',
  unchanged: 'gray',
};

/** The stroke of an edge in that status (a CSS colour). */
export function edgeStroke(status: DiffStatus): string {
  const shade = status === 'changed' ? 7 : 6;
  return status === 'unchanged' || status === 'moved'
    ? 'var(--mantine-color-gray-5)'
    : `var(--mantine-color-${statusColor[status]}-${shade})`;
}
