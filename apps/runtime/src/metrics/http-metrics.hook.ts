import type { FastifyInstance } from 'fastify';
import type { MetricsService } from './metrics.service';

/** Label of requests that matched no route: raw URLs would make unbounded label sets. */
export const UNMATCHED_ROUTE = 'unmatched';

/** Times every answered request into {@link MetricsService.observeHttp}. */
export function registerHttpMetrics(fastify: FastifyInstance, metrics: MetricsService): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? UNMATCHED_ROUTE;
    metrics.observeHttp(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    done();
  });
}
