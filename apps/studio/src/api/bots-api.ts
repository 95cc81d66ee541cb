import { z } from 'zod';
import type { ApiClient } from './api-client';
import {
  type BotSummary,
  botSummarySchema,
  type DraftView,
  draftViewSchema,
  type PublishResult,
  publishResultSchema,
  type VersionSummary,
  versionSummarySchema,
} from './bot-schemas';

/** The bot routes the studio uses (`/api/v1/bots`). */
export interface BotsApi {
  list(): Promise<BotSummary[]>;
  get(botId: string): Promise<BotSummary>;
  create(name: string): Promise<BotSummary>;
  importFile(content: unknown): Promise<BotSummary>;
  remove(botId: string): Promise<void>;
  draft(botId: string): Promise<DraftView>;
  saveDraft(botId: string, revision: number, document: Record<string, unknown>): Promise<DraftView>;
  versions(botId: string): Promise<VersionSummary[]>;
  publish(botId: string, note: string | undefined): Promise<PublishResult>;
}

export function createBotsApi(client: ApiClient): BotsApi {
  const bot = (botId: string) => `/api/v1/bots/${encodeURIComponent(botId)}`;
  return {
    list: () => client.request({ method: 'GET', path: '/api/v1/bots' }, z.array(botSummarySchema)),
    get: (botId) => client.request({ method: 'GET', path: bot(botId) }, botSummarySchema),
    create: (name) =>
      client.request({ method: 'POST', path: '/api/v1/bots', body: { name } }, botSummarySchema),
    importFile: (content) =>
      client.request(
        { method: 'POST', path: '/api/v1/bots/import', body: content },
        botSummarySchema,
      ),
    remove: (botId) =>
      client.request({ method: 'DELETE', path: bot(botId) }, z.unknown()).then(() => undefined),
    draft: (botId) =>
      client.request({ method: 'GET', path: `${bot(botId)}/draft` }, draftViewSchema),
    saveDraft: (botId, revision, document) =>
      client.request(
        { method: 'PUT', path: `${bot(botId)}/draft`, body: { revision, document } },
        draftViewSchema,
      ),
    versions: (botId) =>
      client.request(
        { method: 'GET', path: `${bot(botId)}/versions` },
        z.array(versionSummarySchema),
      ),
    publish: (botId, note) =>
      client.request(
        { method: 'POST', path: `${bot(botId)}/publish`, body: note ? { note } : {} },
        publishResultSchema,
      ),
  };
}
