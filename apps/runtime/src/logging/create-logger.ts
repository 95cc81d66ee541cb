import pino, { type DestinationStream, type Logger } from 'pino';
import type { RuntimeConfig } from '../config/runtime-config.schema';
import { redactLogLine } from './redact-log-line';

/**
 * The runtime's pino logger: JSON lines on stdout (or `destination`), each one
 * redacted of personal data just before it is written. Fastify logs every request
 * through it with its request id (`reqId`); Nest's own messages go through
 * {@link NestPinoLogger}. Writes are synchronous so that nothing is lost when the
 * process exits right after a shutdown.
 */
export function createLogger(
  level: RuntimeConfig['logLevel'],
  destination: DestinationStream = pino.destination({ dest: 1, sync: true }),
): Logger {
  return pino(
    {
      level,
      base: { pid: process.pid, service: 'parley-runtime' },
      hooks: { streamWrite: redactLogLine },
    },
    destination,
  );
}
