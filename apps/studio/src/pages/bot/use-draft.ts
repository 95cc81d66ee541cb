import { useCallback } from 'react';
import type { DraftView } from '../../api/bot-schemas';
import { useApi } from '../../app/api-context';
import { type Resource, useResource } from '../../app/use-resource';

/** The bot's draft, for the read-only pages (the flow editor loads its own). */
export function useDraft(botId: string): Resource<DraftView> {
  const { bots } = useApi();
  return useResource(
    useCallback(() => bots.draft(botId), [bots, botId]),
    `draft:${botId}`,
  );
}
