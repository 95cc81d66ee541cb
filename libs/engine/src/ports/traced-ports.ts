import type { PortCallTrace } from '../trace';
import { isPortError } from './port-error';
import type { Ports } from './ports';
import { maskSecrets } from './secret-mask';

/** Where a port call's trace goes: the step running when the call was made. */
type Sink = () => PortCallTrace[];

/**
 * Wrap every port method so that each call is recorded as
 * `{ port, method, input, result | error, ms }`, secrets masked. The engine points the
 * sink at the running step, so calls land in that step's trace.
 */
export function createTracedPorts(ports: Ports, sink: Sink): Ports {
  return {
    nlu: {
      classify: traced(sink, 'nlu', 'classify', (input) => ports.nlu.classify(input)),
      sentiment: traced(sink, 'nlu', 'sentiment', (input) => ports.nlu.sentiment(input)),
    },
    llm: { complete: traced(sink, 'llm', 'complete', (input) => ports.llm.complete(input)) },
    knowledge: {
      search: traced(sink, 'knowledge', 'search', (input) => ports.knowledge.search(input)),
    },
    lookup: {
      http: traced(sink, 'lookup', 'http', (input) => ports.lookup.http(input)),
      table: traced(sink, 'lookup', 'table', (input) => ports.lookup.table(input)),
    },
    action: { http: traced(sink, 'action', 'http', (input) => ports.action.http(input)) },
    clock: {
      now: () => {
        const now = ports.clock.now();
        sink().push({ port: 'clock', method: 'now', input: null, result: now, ms: 0 });
        return now;
      },
    },
    handoff: {
      request: traced(sink, 'handoff', 'request', (input) => ports.handoff.request(input)),
    },
  };
}

function traced<I, O>(
  sink: Sink,
  port: string,
  method: string,
  call: (input: I) => Promise<O>,
): (input: I) => Promise<O> {
  return async (input) => {
    const calls = sink();
    const started = performance.now();
    const entry: PortCallTrace = { port, method, input: maskSecrets(input), ms: 0 };
    calls.push(entry);
    try {
      const result = await call(input);
      entry.result = maskSecrets(result);
      return result;
    } catch (error) {
      entry.error = describePortError(error);
      throw error;
    } finally {
      entry.ms = performance.now() - started;
    }
  };
}

function describePortError(error: unknown): string {
  if (isPortError(error)) {
    return `${error.code}: ${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}
