/// <reference types="jest" />
import type { Json } from '../../json';
import { httpResponseSchema, type HttpRequest, type HttpResponse } from '../lookup.port';
import { expectPortError } from './contract-support';

/** A request as the company service received it; header names lower-cased. */
export interface ReceivedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | undefined;
}

/** How a contract test steers the company service behind `lookup.http` and `action.http`. */
export interface HttpServiceControl {
  /** An absolute URL of the service for this path. */
  url(path: string): string;
  /** From now on the service answers with this status and JSON body. */
  respond(status: number, body: Json): void;
  /** The next request cannot reach the service (connection refused, DNS failure). */
  unreachable(): void;
  /** The next request gets no answer. */
  hang(): void;
  /** Every request the service received, oldest first. */
  received(): ReceivedRequest[];
  /** A stored secret the adapter resolves by name, and its value. */
  secret: { name: string; value: string };
}

/**
 * HTTP cases shared by the lookup and action contracts: every status resolves (the
 * executor decides what a 404 or a 500 means), the request arrives as given, a
 * secret named by `secretName` reaches the service without ever being written into
 * the request object (the engine traces it), an unknown secret is `not-configured`,
 * and an unreachable service is `unavailable`.
 */
export function describeHttpBasics(
  port: 'lookup' | 'action',
  current: () => {
    control: HttpServiceControl;
    send: (request: HttpRequest) => Promise<HttpResponse>;
  },
): void {
  it('sends the request as given and resolves with status and JSON body', async () => {
    const { control, send } = current();
    control.respond(201, { id: 'A-1', items: [1, 2] });
    const body = JSON.stringify({ city: '北京', note: 'a "quoted" word' });
    const response = await send({
      method: 'POST',
      url: control.url('/orders?ref=42'),
      headers: { 'X-Request-Id': 'req-7', 'Content-Type': 'application/json' },
      body,
      timeoutMs: 5_000,
    });
    expect(httpResponseSchema.parse(response)).toEqual(response);
    expect(response).toEqual({ status: 201, body: { id: 'A-1', items: [1, 2] } });
    const received = control.received().at(-1);
    expect(received).toMatchObject({ method: 'POST', url: control.url('/orders?ref=42'), body });
    expect(received?.headers['x-request-id']).toBe('req-7');
  });

  it.each([404, 500])('resolves an HTTP %i instead of throwing', async (status) => {
    const { control, send } = current();
    control.respond(status, { error: 'nope' });
    const response = await send({
      method: 'GET',
      url: control.url('/orders/9'),
      headers: {},
      timeoutMs: 5_000,
    });
    expect(response).toEqual({ status, body: { error: 'nope' } });
  });

  it('injects a secret named by secretName, never writing it into the request', async () => {
    const { control, send } = current();
    control.respond(200, { ok: true });
    const request: HttpRequest = {
      method: 'GET',
      url: control.url('/me'),
      headers: {},
      secretName: control.secret.name,
      timeoutMs: 5_000,
    };
    const response = await send(request);
    const headers = Object.values(control.received().at(-1)?.headers ?? {});
    expect(headers.some((value) => value.includes(control.secret.value))).toBe(true);
    expect(JSON.stringify(request)).not.toContain(control.secret.value);
    expect(JSON.stringify(response)).not.toContain(control.secret.value);
  });

  it(`fails as PortError(${port}, not-configured) for an unknown secret`, async () => {
    const { control, send } = current();
    control.respond(200, { ok: true });
    const request: HttpRequest = {
      method: 'GET',
      url: control.url('/me'),
      headers: {},
      secretName: 'no-such-secret',
      timeoutMs: 5_000,
    };
    await expectPortError(send(request), port, 'not-configured');
    expect(control.received()).toEqual([]);
  });

  it(`fails as PortError(${port}, unavailable) when the service cannot be reached`, async () => {
    const { control, send } = current();
    control.unreachable();
    await expectPortError(
      send({ method: 'GET', url: control.url('/down'), headers: {}, timeoutMs: 5_000 }),
      port,
      'unavailable',
    );
  });
}
