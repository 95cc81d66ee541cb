import { useState } from 'react';
import type { z } from 'zod';
import type { BotNames } from '../form-context';
import { SettingsForm } from '../settings-form';
import type { FieldIssue } from '../settings-issues';

/** A bot with two languages and a few names for the pickers. */
export const testBot: BotNames = {
  locales: ['en', 'zh-CN'],
  defaultLocale: 'en',
  variables: ['orderId', 'name'],
  intents: ['track_order', 'cancel_order'],
  entities: ['product'],
  flows: [
    { id: 'main', name: 'Main' },
    { id: 'returns', name: 'Returns' },
  ],
};

interface FormHarnessProps {
  schema: z.core.$ZodType;
  initial: Record<string, unknown>;
  bot?: BotNames;
  extraIssues?: readonly FieldIssue[];
  /** Receives every value the form produces, so a test can read the latest one. */
  onData: (value: Record<string, unknown>) => void;
}

/** Holds the settings the way the editor does, so the form sees its own edits. */
export function FormHarness({
  schema,
  initial,
  bot = testBot,
  extraIssues,
  onData,
}: FormHarnessProps) {
  const [value, setValue] = useState(initial);
  return (
    <SettingsForm
      schema={schema}
      value={value}
      bot={bot}
      extraIssues={extraIssues}
      onChange={(next) => {
        setValue(next);
        onData(next);
      }}
    />
  );
}
