import { Text } from '@mantine/core';
import classes from './simulator.module.css';

/** A JSON value in one line when short (a variable's value), else pretty-printed. */
export function inlineJson(value: unknown): string {
  if (value === undefined) return '—';
  return JSON.stringify(value) ?? '—';
}

/** A JSON block (a port call's input or result), scrolling when long. */
export function JsonBlock({ value, testId }: { value: unknown; testId?: string }) {
  return (
    <pre className={classes.json} data-testid={testId}>
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

/** A value in the inspector's tables: monospace, dimmed when absent. */
export function JsonValue({ value }: { value: unknown }) {
  return (
    <Text component="span" className={classes.mono} c={value === undefined ? 'dimmed' : undefined}>
      {inlineJson(value)}
    </Text>
  );
}
