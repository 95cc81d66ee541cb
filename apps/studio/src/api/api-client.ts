import type { z } from 'zod';
import { isApiError } from './api-error';
import { type FetchLike, type JsonRequest, jsonRequest } from './json-request';

/** How the client gets and renews the caller's access token. */
export interface TokenSource {
  accessToken(): string | null;
  /** A new token after a 401, or `null` when the session has ended. */
  refreshAccessToken(): Promise<string | null>;
}

export type ApiCall = Omit<JsonRequest, 'token'>;

/** Authenticated JSON calls to the runtime's API. */
export interface ApiClient {
  request<T>(call: ApiCall, schema: z.ZodType<T>): Promise<T>;
}

/**
 * Sends the access token with every call; on a 401 renews it once (the access
 * token lives 15 minutes, the refresh cookie much longer) and repeats the call.
 */
export function createApiClient(fetchFn: FetchLike, tokens: TokenSource): ApiClient {
  return {
    async request(call, schema) {
      try {
        return await jsonRequest(fetchFn, { ...call, token: tokens.accessToken() }, schema);
      } catch (error) {
        if (!isApiError(error, 401)) throw error;
        const token = await tokens.refreshAccessToken();
        if (!token) throw error;
        return jsonRequest(fetchFn, { ...call, token }, schema);
      }
    },
  };
}
