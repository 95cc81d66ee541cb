import { DataSource } from 'typeorm';
import { prepareDataDir } from '../config/data-dir';
import type { RuntimeConfig } from '../config/runtime-config.schema';
import { checkDatabase } from '../database/check-database';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { migrations } from '../database/migrations/migrations';
import { runMigrations } from '../database/run-migrations';

/** The runtime's database, opened by an admin command; `close` also stops an embedded one. */
export interface AdminDatabase {
  dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * Opens the database the runtime with `config` would use (`DATABASE_URL`, or the
 * embedded PostgreSQL in `PARLEY_DATA_DIR`, which must not be running at the same
 * time) and applies pending migrations, so that a command works on a clean clone
 * before the runtime has ever started. No entities: commands use plain SQL, which
 * runs without decorator metadata (tsx).
 */
export async function openAdminDatabase(config: RuntimeConfig): Promise<AdminDatabase> {
  await prepareDataDir(config.dataDir);
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres(config.dataDir, () => undefined);
  try {
    const url = config.databaseUrl ?? embedded?.url ?? '';
    await checkDatabase(url, embedded ? 'PARLEY_DATA_DIR' : 'DATABASE_URL');
    const dataSource = await new DataSource({
      type: 'postgres',
      url,
      applicationName: 'parley-cli',
      migrations,
    }).initialize();
    await runMigrations(dataSource);
    return {
      dataSource,
      close: async () => {
        try {
          await dataSource.destroy();
        } finally {
          await embedded?.stop();
        }
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
