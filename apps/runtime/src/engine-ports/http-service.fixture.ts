import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Json } from '@parley/engine';
import type { contracts } from '@parley/engine/testing';

/** Answers one request however a test needs (raw bytes, a dropped socket, a slow reply). */
export type RawHandler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * A company service on a loopback port for the HTTP port specs: the contract
 * suites' `HttpServiceControl`, plus raw answers and a request log.
 */
export interface TestHttpService extends contracts.HttpServiceControl {
  /** From now on every request is answered by `handler`. */
  answerWith(handler: RawHandler): void;
  /** A URL on a port where nothing listens. */
  deadUrl(path: string): string;
  close(): Promise<void>;
}

/** Starts the service; `secret` is the stored secret the adapter under test can resolve. */
export async function startTestHttpService(secret: {
  name: string;
  value: string;
}): Promise<TestHttpService> {
  const log: contracts.ReceivedRequest[] = [];
  let handler: RawHandler = json(200, {});
  let down = false;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      log.push({
        method: request.method ?? '',
        url: `${origin}${request.url ?? ''}`,
        headers: flatHeaders(request),
        ...(body === '' ? {} : { body }),
      });
      handler(request, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const deadOrigin = `http://127.0.0.1:${await closedPort()}`;
  return {
    secret,
    url: (path) => `${down ? deadOrigin : origin}${path}`,
    deadUrl: (path) => `${deadOrigin}${path}`,
    respond: (status, body) => {
      down = false;
      handler = json(status, body);
    },
    unreachable: () => {
      down = true;
    },
    // The request is read and logged but never answered; `close` drops the socket.
    hang: () => {
      handler = () => undefined;
    },
    answerWith: (next) => {
      handler = next;
    },
    received: () => [...log],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function json(status: number, body: Json): RawHandler {
  return (_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
}

function flatHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/** A loopback port that was free a moment ago and has nothing listening on it. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
