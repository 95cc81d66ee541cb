import type { OutcomeContext } from '@parley/nodes';
import { useMemo } from 'react';
import type { DraftDocument } from '../draft/draft-document';
import type { BotNames } from '../settings-form';

/** What the settings form's pickers offer, from the open draft. */
export function useBotNames(doc: DraftDocument): BotNames {
  const { locales, defaultLocale, variables, intents, entities, flows } = doc;
  return useMemo(
    () => ({
      locales,
      defaultLocale,
      variables: variables.map((variable) => variable.name),
      intents: intents.map((intent) => intent.name),
      entities: entities.map((entity) => entity.name),
      flows: flows.map((flow) => ({ id: flow.id, name: flow.name })),
    }),
    [locales, defaultLocale, variables, intents, entities, flows],
  );
}

/** What outcome functions may read beyond settings: the intents an intent node routes on. */
export function useOutcomeContext(doc: DraftDocument): OutcomeContext {
  const { intents } = doc;
  return useMemo(
    () => ({ doc: { intents: intents.map((intent) => ({ name: intent.name, utterances: {} })) } }),
    [intents],
  );
}
