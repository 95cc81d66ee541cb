import { isPortError, PortError } from '@parley/engine';
import { TEST_CLOCK_START } from './test-clock';
import { createTestPorts } from './test-ports';

describe('createTestPorts', () => {
  it('behaves like an installation with nothing set up', async () => {
    const ports = createTestPorts();
    await expect(ports.nlu.classify({ text: 'hi', locale: 'en' })).resolves.toEqual({
      intent: null,
      confidence: 0,
      ranking: [],
      entities: [],
    });
    await expect(ports.nlu.sentiment({ texts: ['ok'], locale: 'en' })).resolves.toEqual({
      score: 0,
    });
    await expect(
      ports.handoff.request({ queue: 'q', priority: 'normal', transcript: [] }),
    ).resolves.toEqual({
      accepted: true,
      ticketId: 'ticket-1',
    });
    const failures = await Promise.allSettled([
      ports.llm.complete({ messages: [{ role: 'user', content: 'x' }], timeoutMs: 1 }),
      ports.knowledge.search({ query: 'x', locale: 'en', limit: 1, minScore: 0 }),
      ports.lookup.http({ method: 'GET', url: 'https://x', headers: {}, timeoutMs: 1 }),
      ports.lookup.table({ table: 't', descending: false, limit: 1, vars: {} }),
      ports.action.http({
        method: 'POST',
        url: 'https://x',
        headers: {},
        timeoutMs: 1,
        idempotencyKey: 'k',
      }),
    ]);
    for (const failure of failures) {
      expect(failure.status).toBe('rejected');
      const reason: unknown = failure.status === 'rejected' ? failure.reason : undefined;
      expect(isPortError(reason) && reason.code).toBe('not-configured');
    }
  });

  it('answers a list call by call, then fails loudly', async () => {
    const ports = createTestPorts({
      lookup: {
        http: [{ status: 200, body: { n: 1 } }, new PortError('lookup', 'timeout', 'too slow')],
      },
    });
    const request = {
      method: 'GET' as const,
      url: 'https://api/orders/1',
      headers: {},
      timeoutMs: 10,
    };
    await expect(ports.lookup.http(request)).resolves.toEqual({ status: 200, body: { n: 1 } });
    await expect(ports.lookup.http(request)).rejects.toMatchObject({ code: 'timeout' });
    await expect(ports.lookup.http(request)).rejects.toThrow(
      /No scripted answer left for lookup.http \(call 3/,
    );
  });

  it('answers every call with a function of the input, and logs calls with results and errors', async () => {
    const ports = createTestPorts({
      llm: {
        complete: (input) => ({
          text: `echo: ${input.messages.at(-1)?.content ?? ''}`,
          finishReason: 'stop',
        }),
      },
      knowledge: { search: new PortError('knowledge', 'unavailable', 'down') },
    });
    await ports.llm.complete({ messages: [{ role: 'user', content: 'one' }], timeoutMs: 5 });
    await ports.llm.complete({ messages: [{ role: 'user', content: 'two' }], timeoutMs: 5 });
    await expect(
      ports.knowledge.search({ query: 'q', locale: 'en', limit: 1, minScore: 0 }),
    ).rejects.toThrow('down');
    expect(ports.callsTo('llm').map((call) => call.result)).toEqual([
      { text: 'echo: one', finishReason: 'stop' },
      { text: 'echo: two', finishReason: 'stop' },
    ]);
    expect(ports.calls.map((call) => `${call.port}.${call.method}`)).toEqual([
      'llm.complete',
      'llm.complete',
      'knowledge.search',
    ]);
    expect(ports.callsTo('knowledge', 'search')[0]?.error?.message).toBe('down');
  });

  it('has a clock that only moves when told', () => {
    const ports = createTestPorts();
    expect(ports.clock.now()).toBe(TEST_CLOCK_START);
    ports.clock.advance(1_500);
    expect(ports.clock.now()).toBe(TEST_CLOCK_START + 1_500);
    ports.clock.set(0);
    expect(ports.clock.now()).toBe(0);
  });
});
