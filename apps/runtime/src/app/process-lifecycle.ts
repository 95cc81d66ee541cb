import { StartupError } from '../config/startup-error';
import type { RunningRuntime } from './start-runtime';

/** Longest a graceful stop may take before the process gives up on it. */
const STOP_TIMEOUT_MS = 25_000;

/**
 * Calls `handler` on the first SIGTERM, SIGINT or SIGHUP (a closed terminal). Later
 * signals are ignored rather than left to their default (an immediate kill):
 * `npm start` and a terminal's Ctrl-C can deliver the same signal twice, and the
 * first stop must finish.
 */
export function onShutdownSignal(handler: (signal: NodeJS.Signals) => void): void {
  let received = false;
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (received) return;
      received = true;
      handler(signal);
    });
  }
}

/** Stops the runtime gracefully, then exits 0 (1 if the stop fails or hangs). */
export function exitAfterStop(runtime: RunningRuntime): void {
  runtime.logger.info('shutting down: finishing requests in flight');
  const timer = setTimeout(() => {
    runtime.logger.error(`shutdown took longer than ${STOP_TIMEOUT_MS} ms; exiting`);
    process.exit(1);
  }, STOP_TIMEOUT_MS);
  runtime.stop().then(
    () => {
      clearTimeout(timer);
      runtime.logger.info('stopped');
      process.exit(0);
    },
    (error: unknown) => {
      runtime.logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    },
  );
}

/**
 * What to print when the start fails: one `VARIABLE: problem` line per problem
 * for configuration faults, a single line otherwise — never a stack trace.
 */
export function describeStartFailure(error: unknown): string {
  if (error instanceof StartupError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `Parley could not start: ${message.split('\n')[0]}`;
}

/**
 * Logs promise rejections nobody handled instead of letting Node end the process.
 * Libraries talking to Redis reject stray promises while Redis is away (the
 * socket.io adapter does); everything the runtime stores lives in PostgreSQL, so
 * staying up and saying so beats every replica crashing at once.
 */
export function logUnhandledRejections(logger: RunningRuntime['logger']): void {
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'unhandled promise rejection');
  });
}
