/// <reference types="jest" />
import type { ActionPort } from '../action.port';
import type { HttpRequest } from '../lookup.port';
import {
  CONTRACT_TEST_TIMEOUT_MS,
  expectPortError,
  expectTimeout,
  useSubject,
  type PortContractFactory,
} from './contract-support';
import { describeHttpBasics, type HttpServiceControl } from './http-service.contract';

/** How a contract test steers the company service behind an `ActionPort`. */
export type ActionContractControl = HttpServiceControl;

/**
 * The behaviour every `ActionPort` adapter must show: the HTTP basics of
 * `describeHttpBasics`, plus the write rules. The idempotency key reaches the service
 * (as a header value); a second call with the same key does not write again and
 * resolves with the first answer; a different key writes again; a failed write is
 * never retried by the adapter; `timeoutMs` is honoured.
 */
export function describeActionPortContract(
  name: string,
  makePort: PortContractFactory<ActionPort, ActionContractControl>,
): void {
  describe(`ActionPort contract: ${name}`, () => {
    const subject = useSubject(makePort);
    let keys = 0;
    const write = (
      control: ActionContractControl,
      overrides: Partial<HttpRequest> = {},
    ): HttpRequest => ({
      method: 'POST',
      url: control.url('/transfers'),
      headers: { 'Content-Type': 'application/json' },
      body: '{"amount":100}',
      timeoutMs: 5_000,
      ...overrides,
    });

    describeHttpBasics('action', () => {
      const { port, control } = subject();
      keys += 1;
      return {
        control,
        send: (request) => port.http({ ...request, idempotencyKey: `contract-${keys}` }),
      };
    });

    it('sends the idempotency key and writes once per key', async () => {
      const { port, control } = subject();
      control.respond(201, { transfer: 'T-1' });
      const first = await port.http({ ...write(control), idempotencyKey: 'conv-1:3:main/action1' });
      control.respond(201, { transfer: 'T-2' });
      const again = await port.http({ ...write(control), idempotencyKey: 'conv-1:3:main/action1' });
      expect(again).toEqual(first);
      expect(control.received()).toHaveLength(1);
      const headers = Object.values(control.received()[0]?.headers ?? {});
      expect(headers).toContain('conv-1:3:main/action1');
      await port.http({ ...write(control), idempotencyKey: 'conv-1:4:main/action1' });
      expect(control.received()).toHaveLength(2);
    });

    it('never retries a failed write', async () => {
      const { port, control } = subject();
      control.respond(503, { error: 'busy' });
      const response = await port.http({
        ...write(control),
        idempotencyKey: 'conv-2:1:main/action1',
      });
      expect(response.status).toBe(503);
      expect(control.received()).toHaveLength(1);
    });

    it('does not retry a write that could not reach the service', async () => {
      const { port, control } = subject();
      control.unreachable();
      await expectPortError(
        port.http({ ...write(control), idempotencyKey: 'conv-3:1:main/action1' }),
        'action',
        'unavailable',
      );
      expect(control.received()).toHaveLength(0);
    });

    it(
      'honours timeoutMs',
      async () => {
        const { port, control } = subject();
        control.hang();
        const request = {
          ...write(control, { timeoutMs: 300 }),
          idempotencyKey: 'conv-4:1:main/action1',
        };
        await expectTimeout(() => port.http(request), 'action', 300);
      },
      CONTRACT_TEST_TIMEOUT_MS,
    );
  });
}
