import pg from 'pg';
import { errorCode } from '../config/data-dir';
import { StartupError } from '../config/startup-error';

/**
 * Connects to `url` and runs `SELECT 1`, so that a wrong host, password or
 * database name stops the start with one clear line (blamed on `variable`)
 * instead of a driver stack trace from deep inside Nest.
 */
export async function checkDatabase(url: string, variable = 'DATABASE_URL'): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw StartupError.of(
      variable,
      `cannot connect to ${describeTarget(url)} (${describeError(error)})`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** `host:port/database`, never the user or password. */
export function describeTarget(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}

function describeError(error: unknown): string {
  const message =
    typeof error === 'object' && error !== null && 'message' in error ? error.message : '';
  // Connection failures to several addresses come as an AggregateError with no message.
  return (typeof message === 'string' && message) || errorCode(error) || String(error);
}
