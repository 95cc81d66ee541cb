import type { RuntimeConnection } from './runtime-connection';

/** What came back: an HTTP answer (any status), or why none came. */
export type RuntimeReply =
  { reached: true; status: number; body: unknown } | { reached: false; message: string };

/** Long enough for importing a bot with many versions; a hung runtime still ends the command. */
const REQUEST_TIMEOUT_MS = 120_000;

/**
 * One JSON request to the runtime's API (`/api/v1` + `path`), with the key or
 * token of `connection`. Never throws: a runtime that cannot be reached is a
 * reply too, with a one-line message for the terminal.
 */
export async function callRuntime(
  connection: RuntimeConnection,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<RuntimeReply> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (connection.apiKey !== undefined) headers['x-api-key'] = connection.apiKey;
  if (connection.token !== undefined) headers.authorization = `Bearer ${connection.token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  try {
    const response = await fetch(`${connection.url}/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    return { reached: true, status: response.status, body: parseJsonOrText(text) };
  } catch (error) {
    return { reached: false, message: unreachable(connection.url, error) };
  }
}

/** The sentence for a request that got no answer; the cause in brackets helps with typos. */
function unreachable(url: string, error: unknown): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return `The Parley runtime at ${url} did not answer within ${REQUEST_TIMEOUT_MS / 1000} s.`;
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const detail = cause instanceof Error ? ` (${cause.message})` : '';
  return `Cannot reach the Parley runtime at ${url}: is it running?${detail}`;
}

function parseJsonOrText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
