import { PortError, type HttpResponse, type Json } from '@parley/engine';
import type { HttpPortName } from './http-failure';

/** The largest reply body read; a bigger one is refused rather than buffered. */
export const MAX_REPLY_BYTES = 1024 * 1024;

/** How much of a non-JSON error reply is kept (it lands in the trace and maybe a variable). */
const MAX_TEXT_CHARS = 2_000;

/**
 * The reply as the port returns it: its status and its body parsed as JSON, `null`
 * when empty. A body that is not JSON is refused (`bad-response`) on a 2xx reply,
 * since the node's mappings read JSON; on any other status it is kept as a
 * (shortened) string, so the node still decides by the status (404 → `not_found`)
 * and the trace shows what the service said.
 */
export async function readReply(
  port: HttpPortName,
  response: Response,
  host: string,
): Promise<HttpResponse> {
  const text = await readCappedText(port, response, host);
  const status = response.status;
  if (text.trim() === '') return { status, body: null };
  const body = parseJson(text);
  if (body !== undefined) return { status, body };
  if (status >= 200 && status < 300) {
    const type = response.headers.get('content-type') ?? 'no content type';
    throw new PortError(
      port,
      'bad-response',
      `${host} answered HTTP ${status} with a body that is not JSON (${type}, ${byteLength(text)} bytes)`,
    );
  }
  return {
    status,
    body: text.length > MAX_TEXT_CHARS ? `${text.slice(0, MAX_TEXT_CHARS)}…` : text,
  };
}

/** The body as text, refused as soon as it passes `MAX_REPLY_BYTES`. */
async function readCappedText(
  port: HttpPortName,
  response: Response,
  host: string,
): Promise<string> {
  const tooLarge = () =>
    new PortError(
      port,
      'bad-response',
      `${host} answered with a body larger than ${MAX_REPLY_BYTES / 1024 / 1024} MiB`,
    );
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > MAX_REPLY_BYTES) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (response.body === null) return '';
  // Node types `fetch` bodies loosely; they are byte streams.
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_REPLY_BYTES) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
