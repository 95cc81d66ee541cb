import { PortError, type NluClassification, type PortName, type Ports } from '@parley/engine';
import { scriptedMethod, type MethodScript } from './scripted-answer';
import { createTestClock, type TestClock } from './test-clock';

/** The ports a test can script (the clock is moved instead: `ports.clock.advance`). */
export type ScriptablePort = Exclude<PortName, 'clock'>;

type MethodScripts<P> = {
  [M in keyof P]?: P[M] extends (input: infer I) => Promise<infer O> ? MethodScript<I, O> : never;
};

/**
 * Scripted answers per port method, typed on the port interfaces.
 *
 * @example
 * createTestPorts({
 *   llm: { complete: { text: 'Hello!', finishReason: 'stop' } },
 *   lookup: { http: [{ status: 200, body: { state: 'shipped' } }, new PortError('lookup', 'timeout', 'slow')] },
 *   nlu: { classify: (input) => ({ intent: input.text.includes('order') ? 'order' : null, confidence: 0.9, ranking: [], entities: [] }) },
 * });
 */
export type PortScript = { [P in ScriptablePort]?: MethodScripts<Ports[P]> };

/** One port call a test made, in call order. */
export interface PortCall {
  port: ScriptablePort;
  method: string;
  input: unknown;
  /** What the method resolved with, once it did. */
  result?: unknown;
  /** What it threw. */
  error?: Error;
}

/** In-memory ports with a call log and a clock the test moves. */
export interface TestPorts extends Ports {
  readonly clock: TestClock;
  /** Every call to a scriptable port, in order. */
  readonly calls: PortCall[];
  /** The calls to one port (and method). */
  callsTo(port: ScriptablePort, method?: string): PortCall[];
}

const noIntent: NluClassification = { intent: null, confidence: 0, ranking: [], entities: [] };

/**
 * Ports for tests. Unscripted, they behave like an installation with nothing set
 * up: `llm`, `knowledge`, `lookup` and `action` throw `PortError('not-configured')`;
 * NLU finds no intent and a neutral sentiment; handoff is accepted (`ticket-1`); the
 * clock stands at `TEST_CLOCK_START`. Every call is logged in `calls`.
 */
export function createTestPorts(
  script: PortScript = {},
  clock: TestClock = createTestClock(),
): TestPorts {
  const calls: PortCall[] = [];
  const method = <I, O>(
    port: ScriptablePort,
    name: string,
    scripted: MethodScript<I, O> | undefined,
    fallback: MethodScript<I, O>,
  ) => {
    const answer = scriptedMethod(`${port}.${name}`, scripted ?? fallback);
    return async (input: I): Promise<O> => {
      const call: PortCall = { port, method: name, input };
      calls.push(call);
      try {
        const result = await answer(input);
        call.result = result;
        return result;
      } catch (error) {
        call.error = error instanceof Error ? error : new Error(String(error));
        throw error;
      }
    };
  };
  const notConfigured = (port: ScriptablePort, name: string): Error =>
    new PortError(port, 'not-configured', `${port}.${name} is not scripted in this test`);
  return {
    nlu: {
      classify: method('nlu', 'classify', script.nlu?.classify, noIntent),
      sentiment: method('nlu', 'sentiment', script.nlu?.sentiment, { score: 0 }),
    },
    llm: {
      complete: method('llm', 'complete', script.llm?.complete, () =>
        Promise.reject(notConfigured('llm', 'complete')),
      ),
    },
    knowledge: {
      search: method('knowledge', 'search', script.knowledge?.search, () =>
        Promise.reject(notConfigured('knowledge', 'search')),
      ),
    },
    lookup: {
      http: method('lookup', 'http', script.lookup?.http, () =>
        Promise.reject(notConfigured('lookup', 'http')),
      ),
      table: method('lookup', 'table', script.lookup?.table, () =>
        Promise.reject(notConfigured('lookup', 'table')),
      ),
    },
    action: {
      http: method('action', 'http', script.action?.http, () =>
        Promise.reject(notConfigured('action', 'http')),
      ),
    },
    handoff: {
      request: method('handoff', 'request', script.handoff?.request, {
        accepted: true,
        ticketId: 'ticket-1',
      }),
    },
    clock,
    calls,
    callsTo: (port, name) =>
      calls.filter((call) => call.port === port && (name === undefined || call.method === name)),
  };
}
