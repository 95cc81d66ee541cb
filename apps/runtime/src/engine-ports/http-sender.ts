import { PortError, type HttpRequest, type HttpResponse } from '@parley/engine';
import { httpFailure, type HttpPortName } from './http-failure';
import { readReply } from './http-reply.reader';
import { scrubJson, scrubText } from './secret-scrub';
import { authorizationFor, type SecretResolver } from './secret-resolver';

/** How one port sends its requests. */
export interface HttpSendOptions {
  port: HttpPortName;
  secrets: SecretResolver;
  /** Headers the port adds over the node's own (e.g. `Idempotency-Key`). */
  extraHeaders?: Record<string, string>;
  /** Send once more when the first attempt could not reach the service (reads only). */
  retryUnreachable?: boolean;
}

/**
 * Sends a node's request with `fetch` and resolves with `{ status, body }` for any
 * status (the executor decides what a 404 or a 500 means). The credential named by
 * `secretName` goes into `Authorization` and nowhere else: errors and the returned
 * body are scrubbed of it. `timeoutMs` bounds everything, retry included; redirects
 * are not followed (a 3xx is returned), so a credential or a write never lands
 * somewhere the node did not name.
 *
 * Failures are `PortError`s: `not-configured` (not an http(s) URL, unknown secret),
 * `timeout`, `unavailable` (no connection), `bad-response` (body too large, a 2xx
 * that is not JSON).
 */
export async function sendHttp(
  request: HttpRequest,
  options: HttpSendOptions,
): Promise<HttpResponse> {
  const { port } = options;
  const url = checkUrl(port, request);
  const secret =
    request.secretName === undefined
      ? undefined
      : await options.secrets.resolve(port, request.secretName);
  const headers = requestHeaders(port, request, secret, options.extraHeaders);
  const signal = AbortSignal.timeout(request.timeoutMs);
  const attempt = async (): Promise<HttpResponse> => {
    try {
      const response = await fetch(url, {
        method: request.method,
        headers,
        body: request.body,
        signal,
        redirect: 'manual',
      });
      return await readReply(port, response, url.host);
    } catch (error) {
      throw httpFailure(port, error, url.host, request.timeoutMs);
    }
  };
  try {
    let response: HttpResponse;
    try {
      response = await attempt();
    } catch (error) {
      const retry =
        options.retryUnreachable === true &&
        error instanceof PortError &&
        error.code === 'unavailable' &&
        !signal.aborted;
      if (!retry) throw error;
      response = await attempt();
    }
    return { status: response.status, body: scrubJson(response.body, secret) };
  } catch (error) {
    if (error instanceof PortError && secret !== undefined) {
      throw new PortError(port, error.code, scrubText(error.message, secret));
    }
    throw error;
  }
}

function checkUrl(port: HttpPortName, request: HttpRequest): URL {
  const url = URL.canParse(request.url) ? new URL(request.url) : undefined;
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new PortError(
      port,
      'not-configured',
      'the request URL is not an absolute http(s) URL; only http and https can be requested',
    );
  }
  if (request.method === 'GET' && request.body !== undefined) {
    throw new PortError(port, 'not-configured', 'a GET request cannot carry a body');
  }
  return url;
}

/**
 * The node's headers, then the credential (replacing any `Authorization` the node
 * set), a JSON `Content-Type` for a JSON body that names none (the executor fills a
 * body that starts with `{` or `[` as JSON), `Accept: application/json` unless the
 * node asked otherwise, and the port's own headers.
 */
function requestHeaders(
  port: HttpPortName,
  request: HttpRequest,
  secret: string | undefined,
  extra: Record<string, string> = {},
): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    try {
      headers.set(name, value);
    } catch {
      // The executor refuses such headers before calling; the value is not quoted here.
      throw new PortError(
        port,
        'not-configured',
        `the request header "${name}" is not a valid HTTP header`,
      );
    }
  }
  if (secret !== undefined) headers.set('authorization', authorizationFor(secret));
  if (request.body !== undefined && !headers.has('content-type') && isJson(request.body)) {
    headers.set('content-type', 'application/json');
  }
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  for (const [name, value] of Object.entries(extra)) headers.set(name, value);
  return headers;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
