import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { databaseOptions } from './database-options';
import { runMigrations } from './run-migrations';

/**
 * The TypeORM connection to `url` (the configured PostgreSQL or the embedded one),
 * with pending migrations applied before any module uses it.
 */
@Module({})
export class DatabaseModule {
  static forRoot(url: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => databaseOptions(url),
          dataSourceFactory: async (options) => {
            if (!options) throw new Error('database options missing');
            const dataSource = await new DataSource(options).initialize();
            await runMigrations(dataSource);
            return dataSource;
          },
        }),
      ],
    };
  }
}
