import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/**
 * The runtime's Prometheus metrics: default process metrics (CPU, memory, event
 * loop, handles) and HTTP latency by method, route pattern and status. A registry
 * of its own per app rather than prom-client's global one, so that several apps
 * in one process (tests) do not collide. Later issues add turn and LLM metrics here.
 */
@Injectable()
export class MetricsService {
  /** Feature modules register their own metrics here (turns, timers, …). */
  readonly registry = new Registry();
  private readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency in seconds, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Records one answered request. `route` is the pattern (`/api/bots/:id`), never the raw URL. */
  observeHttp(method: string, route: string, statusCode: number, seconds: number): void {
    this.httpDuration.observe({ method, route, status_code: String(statusCode) }, seconds);
  }

  /** The exposition format's content type. */
  get contentType(): string {
    return this.registry.contentType;
  }

  /** Every metric in Prometheus' text exposition format. */
  render(): Promise<string> {
    return this.registry.metrics();
  }
}
