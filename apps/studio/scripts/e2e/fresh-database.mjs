/**
 * A new, empty database for one end-to-end run, on the PostgreSQL server named by
 * DATABASE_URL (or the machine's, user postgres on 127.0.0.1:5432). A fresh one
 * every time: the runtime creates the first admin only when there is no user yet.
 */
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Client } = require('pg');

const defaultServer = 'postgres://postgres@127.0.0.1:5432/postgres';

export async function createFreshDatabase(serverUrl = process.env.DATABASE_URL ?? defaultServer) {
  const name = `parley_e2e_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  await withClient(admin.href, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.href,
    drop: () =>
      withClient(admin.href, (client) =>
        client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      ).catch((error) => console.warn(`could not drop ${name}: ${error.message}`)),
  };
}

async function withClient(url, run) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
