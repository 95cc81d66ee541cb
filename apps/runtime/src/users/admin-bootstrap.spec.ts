import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { request } from '../testing/test-callers';
import { testDatabaseUrl } from '../testing/test-database-url';
import { startTestRuntime } from '../testing/test-runtime';

/** A runtime's first start needs a database without users: a fresh one per test. */
async function withFreshDatabase(run: (url: string) => Promise<void>): Promise<void> {
  const name = `parley_bootstrap_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(testDatabaseUrl());
    url.pathname = `/${name}`;
    await run(url.href);
  } finally {
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
  }
}

describe('the first admin', () => {
  it('is created at first start from PARLEY_ADMIN_EMAIL / PARLEY_ADMIN_PASSWORD', async () => {
    await withFreshDatabase(async (url) => {
      const env = {
        DATABASE_URL: url,
        PARLEY_ADMIN_EMAIL: 'Owner@Example.com',
        PARLEY_ADMIN_PASSWORD: 'first admin passphrase',
      };
      const runtime = await startTestRuntime(env);
      try {
        const response = await request(`${runtime.url}/api/v1/auth/login`, 'POST', {
          body: { email: 'owner@example.com', password: 'first admin passphrase' },
        });
        expect(response.status).toBe(200);
        expect(await response.json()).toMatchObject({ user: { role: 'admin' } });
        expect(runtime.logLines.join('\n')).not.toContain('first admin passphrase');
      } finally {
        await runtime.close();
      }
    });
  });

  it('without them, the log says how to create one with `parley admin create`', async () => {
    await withFreshDatabase(async (url) => {
      const runtime = await startTestRuntime({ DATABASE_URL: url });
      try {
        expect(runtime.logLines.join('\n')).toContain('parley admin create');
      } finally {
        await runtime.close();
      }
    });
  });
});
