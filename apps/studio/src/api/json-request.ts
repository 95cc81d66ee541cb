import type { z } from 'zod';
import { ApiError } from './api-error';

/** One HTTP call as the API layer sees it; `fetch`-shaped so tests can pass their own. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface JsonRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
  token?: string | null;
}

/**
 * Sends a JSON request and parses the answer with `schema`. Error statuses become
 * an {@link ApiError} carrying the body's message and problems; a failed
 * connection becomes status 0, so callers handle one error type.
 */
export async function jsonRequest<T>(
  fetchFn: FetchLike,
  request: JsonRequest,
  schema: z.ZodType<T>,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  let response: Response;
  try {
    response = await fetchFn(request.path, {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      credentials: 'same-origin',
    });
  } catch (error) {
    throw new ApiError(0, error instanceof Error ? error.message : String(error));
  }
  const body = await readBody(response);
  if (!response.ok) throw ApiError.fromBody(response.status, body);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError(response.status, 'Unexpected response', body);
  return parsed.data;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { message: text };
  }
}
