import { z } from 'zod';
import type { BotDiff } from '@parley/flow';
import type { ApiClient } from './api-client';
import {
  type DraftView,
  draftViewSchema,
  type VersionSummary,
  versionSummarySchema,
} from './bot-schemas';
import {
  botDiffSchema,
  type Deployment,
  deploymentSchema,
  type Environment,
  environmentSchema,
  type ReleaseResult,
  releaseResultSchema,
  type VersionDetail,
  versionDetailSchema,
} from './versions-schemas';

export interface PublishRequest {
  note?: string;
  /** Where the new version runs at once; `null` publishes without deploying. */
  environment: string | null;
  /** Publish only if the draft is still the one the publisher reviewed. */
  revision?: number;
  /** Publish although conversation tests fail (admins only); the reason is audited. */
  overrideTests?: { reason: string };
}

export interface EnvironmentChanges {
  variables?: Record<string, unknown>;
  secrets?: Record<string, string>;
}

/** Publishing, versions, environments and export (`/api/v1/bots/:botId/…`). */
export interface VersionsApi {
  list(botId: string): Promise<VersionSummary[]>;
  get(botId: string, number: number): Promise<VersionDetail>;
  diff(botId: string, from: number, to: number): Promise<BotDiff>;
  publish(botId: string, request: PublishRequest): Promise<ReleaseResult>;
  /** The version's document becomes the draft again. */
  restore(botId: string, number: number): Promise<DraftView>;
  environments(botId: string): Promise<Environment[]>;
  updateEnvironment(botId: string, name: string, changes: EnvironmentChanges): Promise<Environment>;
  deploy(botId: string, name: string, version: number): Promise<Environment>;
  rollback(botId: string, name: string, version: number): Promise<Environment>;
  promote(botId: string, from: string, to: string): Promise<Environment>;
  history(botId: string, name: string): Promise<Deployment[]>;
  /** The export file (draft, versions, environments with secret names only). */
  exportFile(botId: string): Promise<unknown>;
}

export function createVersionsApi(client: ApiClient): VersionsApi {
  const bot = (botId: string) => `/api/v1/bots/${encodeURIComponent(botId)}`;
  const env = (botId: string, name: string) =>
    `${bot(botId)}/environments/${encodeURIComponent(name)}`;
  return {
    list: (botId) =>
      client.request(
        { method: 'GET', path: `${bot(botId)}/versions` },
        z.array(versionSummarySchema),
      ),
    get: (botId, number) =>
      client.request(
        { method: 'GET', path: `${bot(botId)}/versions/${number}` },
        versionDetailSchema,
      ),
    diff: (botId, from, to) =>
      client.request(
        { method: 'GET', path: `${bot(botId)}/versions/diff?from=${from}&to=${to}` },
        botDiffSchema,
      ),
    publish: (botId, request) =>
      client.request(
        { method: 'POST', path: `${bot(botId)}/publish`, body: request },
        releaseResultSchema,
      ),
    restore: (botId, number) =>
      client.request(
        { method: 'POST', path: `${bot(botId)}/versions/${number}/restore` },
        draftViewSchema,
      ),
    environments: (botId) =>
      client.request(
        { method: 'GET', path: `${bot(botId)}/environments` },
        z.array(environmentSchema),
      ),
    updateEnvironment: (botId, name, changes) =>
      client.request({ method: 'PATCH', path: env(botId, name), body: changes }, environmentSchema),
    deploy: (botId, name, version) =>
      client.request(
        { method: 'POST', path: `${env(botId, name)}/deploy`, body: { version } },
        environmentSchema,
      ),
    rollback: (botId, name, version) =>
      client.request(
        { method: 'POST', path: `${env(botId, name)}/rollback`, body: { version } },
        environmentSchema,
      ),
    promote: (botId, from, to) =>
      client.request(
        { method: 'POST', path: `${bot(botId)}/promote`, body: { from, to } },
        environmentSchema,
      ),
    history: (botId, name) =>
      client.request(
        { method: 'GET', path: `${env(botId, name)}/history` },
        z.array(deploymentSchema),
      ),
    exportFile: (botId) =>
      client.request({ method: 'GET', path: `${bot(botId)}/export` }, z.unknown()),
  };
}
