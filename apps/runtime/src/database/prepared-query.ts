import type pg from 'pg';
import type { EntityManager } from 'typeorm';

/**
 * Runs a hot statement as a named prepared statement on the pool, so PostgreSQL
 * parses it once per connection instead of on every call. Inside a transaction
 * it runs on that transaction's connection like any query (named statements
 * there would not outlive it anyway). Errors are pg's own (`code`, `constraint`).
 */
export async function preparedQuery<T>(
  manager: EntityManager,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  if (manager.queryRunner?.isTransactionActive) return manager.query<T[]>(text, values);
  const pool = (manager.connection.driver as unknown as { master: pg.Pool }).master;
  const result = await pool.query<T & pg.QueryResultRow>({ name, text, values });
  return result.rows;
}
