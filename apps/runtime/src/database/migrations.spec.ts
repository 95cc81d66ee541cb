import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';
import { testDatabaseUrl } from '../testing/test-database-url';
import { migrations } from './migrations/migrations';
import { runMigrations } from './run-migrations';

const tables = [
  'api_keys',
  'audit_events',
  'bot_versions',
  'bots',
  'channels',
  'chat_messages',
  'conversations',
  'environment_deployments',
  'environments',
  'refresh_tokens',
  'timers',
  'turns',
  'users',
  'workspaces',
];

async function tablesIn(dataSource: DataSource): Promise<string[]> {
  const rows: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = ANY($1) ORDER BY 1`,
    [tables],
  );
  return rows.map((row) => row.table_name);
}

describe('migrations at start', () => {
  let runtime: TestRuntime;
  let dataSource: DataSource;
  beforeAll(async () => {
    runtime = await startTestRuntime();
    dataSource = runtime.app.get(DataSource);
  });
  afterAll(() => runtime.close());

  it('are applied and recorded in the migrations table', async () => {
    const rows: { name: string }[] = await dataSource.query(
      'SELECT name FROM migrations ORDER BY id',
    );
    expect(rows.map((row) => row.name)).toEqual(
      migrations.map((Migration) => new Migration().name),
    );
    expect(await tablesIn(dataSource)).toEqual(tables);
  });

  it('leave the schema exactly as the entities describe it', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('apply nothing the second time', async () => {
    expect(await runMigrations(dataSource)).toEqual([]);
  });
});

describe('migrations on an empty database', () => {
  const name = `parley_migrations_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl() });
  let dataSource: DataSource;
  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(testDatabaseUrl());
    url.pathname = `/${name}`;
    dataSource = await new DataSource({ type: 'postgres', url: url.href, migrations }).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await admin.query(`DROP DATABASE ${name}`);
    await admin.end();
  });

  it('go up from nothing and back down to nothing', async () => {
    const names = migrations.map((Migration) => new Migration().name);
    expect(await runMigrations(dataSource)).toEqual(names);
    expect(await tablesIn(dataSource)).toEqual(tables);
    for (const _ of names) await dataSource.undoLastMigration();
    expect(await tablesIn(dataSource)).toEqual([]);
  });
});
