import type { Problem } from '@parley/flow';

/**
 * A bot document as the API carries it: any JSON object. The draft may not validate
 * yet while it is being drawn; the editor parses what it needs (see draft-document).
 */
export type BotDraft = Record<string, unknown>;

/** The draft as the editor loads it. */
export interface LoadedDraft {
  revision: number;
  document: BotDraft;
  problems: Problem[];
}

/**
 * What a save came to. `conflict`: someone else saved since `revision`, nothing was
 * written. `error`: the request failed (network, server); the edits are kept and retried.
 */
export type SaveResult =
  | { ok: true; revision: number; problems: Problem[] }
  | { ok: false; conflict: { currentRevision: number } }
  | { ok: false; error: string };

/**
 * How the flow editor reads and writes a bot's draft. The app implements it on its
 * API client (GET and PUT `/bots/:botId/draft`); tests implement it in memory.
 *
 * @example
 * const api: DraftApi = {
 *   load: (botId) => client.get(`/bots/${botId}/draft`),
 *   save: (botId, revision, document) => client.putDraft(botId, { revision, document }),
 * };
 * <FlowEditor botId={botId} api={api} />
 */
export interface DraftApi {
  load(botId: string): Promise<LoadedDraft>;
  save(botId: string, revision: number, document: BotDraft): Promise<SaveResult>;
}
