import { z } from 'zod';
import { type FetchLike, jsonRequest } from './json-request';
import { type SessionBody, sessionBodySchema } from './session-body';

/** The public auth routes; the refresh token travels only in its cookie. */
export interface AuthApi {
  login(email: string, password: string): Promise<SessionBody>;
  refresh(): Promise<SessionBody>;
  logout(): Promise<void>;
}

export function createAuthApi(fetchFn: FetchLike): AuthApi {
  return {
    login: (email, password) =>
      jsonRequest(
        fetchFn,
        { method: 'POST', path: '/api/v1/auth/login', body: { email, password } },
        sessionBodySchema,
      ),
    refresh: () =>
      jsonRequest(fetchFn, { method: 'POST', path: '/api/v1/auth/refresh' }, sessionBodySchema),
    logout: () =>
      jsonRequest(fetchFn, { method: 'POST', path: '/api/v1/auth/logout' }, z.unknown()).then(
        () => undefined,
      ),
  };
}
