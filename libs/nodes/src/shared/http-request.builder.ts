import type { HttpRequest } from '@parley/engine';
import { renderHttpBody } from './http-body.renderer';
import { renderHttpHeader } from './http-header.renderer';
import { evaluatePlaceholders, type PlaceholderContext } from './http-placeholders';
import type { HttpRequestBase } from './http-request.schema';
import { renderHttpUrl } from './http-url.renderer';

/** The request to send, or why it may not be sent (the node then takes `error`). */
export type HttpRequestBuild = { ok: true; request: HttpRequest } | { ok: false; reason: string };

/**
 * The port request of a lookup or action node, each template filled for where its
 * values land, so customer text can change values but never the request's shape:
 *
 * - URL: values percent-encoded (`renderHttpUrl`);
 * - headers: values with CR/LF or other control characters refused (`renderHttpHeader`);
 * - body: JSON-aware when JSON (`renderJsonBody`), percent-encoded for a form,
 *   verbatim for plain text (`renderHttpBody`).
 *
 * Every placeholder is evaluated once (`ctx.evaluate`), and values are never read
 * as templates. The credential goes by name only (`secretName`): the host resolves
 * it, so its value never passes through the executor, the trace or a prompt.
 *
 * @example
 * const built = await buildHttpRequest(ctx, ctx.settings.http);
 * if (!built.ok) return { type: 'error', reason: built.reason };
 */
export async function buildHttpRequest(
  ctx: PlaceholderContext,
  http: HttpRequestBase & { method: HttpRequest['method'] },
): Promise<HttpRequestBuild> {
  const urlParts = await evaluatePlaceholders(ctx, http.url, 'request URL');
  if (!urlParts.ok) return urlParts;
  const url = renderHttpUrl(urlParts.parts);
  if (!url.ok) return url;

  const headers: Record<string, string> = {};
  let contentType: string | undefined;
  for (const header of http.headers) {
    const where = `request header "${header.name}"`;
    const parts = await evaluatePlaceholders(ctx, header.value, where);
    if (!parts.ok) return parts;
    const value = renderHttpHeader(header.name, parts.parts);
    if (!value.ok) return value;
    // Own properties only: a header named `__proto__` must not reach the prototype.
    Object.defineProperty(headers, header.name, {
      value: value.text,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    if (header.name.toLowerCase() === 'content-type') contentType = value.text;
  }

  const request: HttpRequest = {
    method: http.method,
    url: url.text,
    headers,
    timeoutMs: http.timeoutMs,
  };
  if (http.secret !== undefined) request.secretName = http.secret;
  if (http.body !== undefined) {
    const parts = await evaluatePlaceholders(ctx, http.body, 'request body');
    if (!parts.ok) return parts;
    const body = renderHttpBody(parts.parts, contentType);
    if (!body.ok) return body;
    request.body = body.text;
  }
  return { ok: true, request };
}
