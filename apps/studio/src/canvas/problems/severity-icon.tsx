import type { ProblemSeverity } from '@parley/flow';
import { IconAlertTriangle, IconCircleX } from '@tabler/icons-react';
import type { CSSProperties } from 'react';

/** A red cross for an error (blocks publishing), a yellow triangle for a warning. */
export function SeverityIcon({
  severity,
  size = 16,
  color,
  style,
}: {
  severity: ProblemSeverity;
  size?: number;
  /** Instead of the severity's colour, e.g. on a filled badge of that colour. */
  color?: string;
  style?: CSSProperties;
}) {
  const Icon = severity === 'error' ? IconCircleX : IconAlertTriangle;
  return (
    <Icon
      size={size}
      color={color ?? severityColor(severity)}
      style={{ flexShrink: 0, ...style }}
      aria-hidden
      data-severity={severity}
    />
  );
}

export function severityColor(severity: ProblemSeverity): string {
  return severity === 'error' ? 'var(--mantine-color-red-6)' : 'var(--mantine-color-yellow-7)';
}
