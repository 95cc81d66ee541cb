import { ActionIcon, type MantineColor, type MantineSize, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * An icon-only button: its label is both the tooltip and the accessible name, so
 * the two can never disagree.
 */
export function TooltipIconButton(props: {
  label: string;
  onClick: () => void;
  testId: string;
  color?: MantineColor;
  size?: MantineSize;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <Tooltip label={props.label}>
      <ActionIcon
        variant="subtle"
        color={props.color}
        size={props.size}
        disabled={props.disabled}
        aria-label={props.label}
        onClick={props.onClick}
        data-testid={props.testId}
      >
        {props.children}
      </ActionIcon>
    </Tooltip>
  );
}
