import type { UiLocale } from '@parley/nodes';
import { createContext, useContext } from 'react';
import type { IssueMap, Translate } from './settings-issues';

/** The names in the bot that pickers offer, and the languages its text is written in. */
export interface BotNames {
  locales: readonly string[];
  defaultLocale: string;
  variables: readonly string[];
  intents: readonly string[];
  entities: readonly string[];
  flows: readonly { id: string; name: string }[];
}

/** What every field of one form shares. */
export interface FormContextValue {
  bot: BotNames;
  issues: IssueMap;
  uiLocale: UiLocale;
  t: Translate;
}

export const FormContext = createContext<FormContextValue | null>(null);

export function useFormContext(): FormContextValue {
  const context = useContext(FormContext);
  if (context === null) throw new Error('A settings field is drawn outside <SettingsForm>');
  return context;
}
