import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';

/** The header a request id is read from and echoed in. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** Ids a proxy may hand on: short, and nothing that could forge a log line. */
const acceptedId = /^[\w.:-]{1,100}$/;

/**
 * The id of a request for its log lines: the caller's `X-Request-Id` when it looks
 * like one (so a proxy's id follows the request through), a random UUID otherwise.
 */
export function requestIdFor(request: IncomingMessage): string {
  const header = request.headers[REQUEST_ID_HEADER];
  return typeof header === 'string' && acceptedId.test(header) ? header : randomUUID();
}

/** Sends the request id back in `X-Request-Id`, so a client can quote it in a report. */
export function echoRequestId(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
}
