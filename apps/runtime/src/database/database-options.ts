import type { TypeOrmModuleOptions } from '@nestjs/typeorm';
import { migrations } from './migrations/migrations';

/**
 * TypeORM settings for the PostgreSQL at `url`. Entities are registered by their
 * feature modules (`TypeOrmModule.forFeature`); the schema only ever changes
 * through migrations (`synchronize` stays off), which `DatabaseModule` runs at
 * start. `gen_random_uuid()` is built in, so no extension is installed.
 */
export function databaseOptions(url: string): TypeOrmModuleOptions {
  return {
    type: 'postgres',
    url,
    applicationName: 'parley-runtime',
    autoLoadEntities: true,
    migrations,
    migrationsRun: false,
    synchronize: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // The database was reached just before Nest started; fail at once rather than retry.
    retryAttempts: 0,
    extra: { max: 10, connectionTimeoutMillis: 5000 },
  };
}
