import autocannon from 'autocannon';

/** The request one connection sends, again and again. */
export interface ConnectionRequest {
  path: string;
  headers?: Record<string, string>;
  body: string;
}

export interface LoadOptions {
  url: string;
  connections: number;
  durationS: number;
  /** The request of connection `index` (0 … connections − 1). */
  requestFor(index: number): ConnectionRequest;
}

export interface LoadResult {
  /** Successful (200) requests per second of the run. */
  reqPerSec: number;
  /** Latency percentiles of the 2xx answers (a 202 taking long shows here too). */
  p50Ms: number;
  p99Ms: number;
  ok: number;
  /** Answers other than 200, connection errors and timeouts. */
  errors: number;
  /** Answers by HTTP status, to tell what the errors were. */
  statusCodes: Record<string, number>;
}

/**
 * POSTs with `connections` keep-alive connections for `durationS` seconds, one
 * request in flight per connection. Each connection gets its own request once,
 * in `setupClient`: autocannon resets the per-request `context` every time a
 * connection starts its request list over, so state kept there would not stick.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  let nextConnection = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationS,
    pipelining: 1,
    // Latencies of 2xx answers only: a fast error must not flatter the percentiles.
    excludeErrorStats: true,
    setupClient: (client) => {
      const request = options.requestFor(nextConnection++);
      client.setRequests([
        {
          method: 'POST',
          path: request.path,
          headers: { 'content-type': 'application/json', ...request.headers },
          body: request.body,
        },
      ]);
    },
  });
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([status, stats]) => [
      status,
      stats.count ?? 0,
    ]),
  );
  const answers = Object.values(statusCodes).reduce((sum, count) => sum + count, 0);
  // Only 200 is a finished turn: the chat API answers 202 when a turn's replies were not ready in time.
  const ok = statusCodes['200'] ?? 0;
  return {
    reqPerSec: round(ok / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    ok,
    // `result.errors` counts connection errors and timeouts.
    errors: answers - ok + result.errors,
    statusCodes,
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
