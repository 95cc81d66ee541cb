import type { DataSource } from 'typeorm';

/** Arbitrary, fixed: the advisory lock every replica takes to migrate ("parley" in ASCII). */
const MIGRATION_LOCK_KEY = 0x7061726c6579;

/**
 * Applies pending migrations, each in its own transaction. Replicas starting
 * together would race to create the same tables, so the run holds a PostgreSQL
 * advisory lock: the first replica migrates, the others wait and then find
 * nothing left to do. Returns the names of the migrations applied.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    // Releasing the connection keeps the session (and its lock) in the pool, so unlock first.
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    await runner.release();
  }
}
