import pg from 'pg';

/**
 * Drops and re-creates the database `url` names, so every run starts from an
 * empty schema (the runtime migrates it at start). Connects to the server's
 * `postgres` database to do so; `WITH (FORCE)` ends sessions a crashed run left.
 */
export async function resetDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!name || name === 'postgres') throw new Error(`refusing to reset database "${name}"`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const quoted = client.escapeIdentifier(name);
    await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoted}`);
  } finally {
    await client.end();
  }
}
