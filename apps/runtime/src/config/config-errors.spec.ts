import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { findFreePort } from '../database/free-port';
import { spawnRuntime } from '../testing/spawn-runtime';
import { tempDataDir } from '../testing/temp-data-dir';
import { testDatabaseUrl } from '../testing/test-database-url';

/** Starts the built server with `env` and expects it to fail: exit 1, `lines` on stderr, no trace. */
async function expectStartFailure(env: Record<string, string>, lines: (string | RegExp)[]) {
  const runtime = spawnRuntime(env);
  expect(await runtime.exited).toBe(1);
  expect(runtime.stderr).toHaveLength(lines.length);
  lines.forEach((line, index) => expect(runtime.stderr[index]).toMatch(line));
  expect(runtime.stderr.join('\n')).not.toMatch(/^\s+at /m);
  expect(runtime.stdout.filter((line) => line.includes('running at'))).toEqual([]);
}

describe('the built server with bad configuration', () => {
  it('prints one line per bad variable and exits 1', async () => {
    await expectStartFailure(
      {
        PORT: 'http',
        DATABASE_URL: 'mysql://root@127.0.0.1/parley',
        PARLEY_MASTER_KEY: 'abc',
        PARLEY_DATA_DIR: await tempDataDir(),
      },
      [
        'PORT: must be a port number, a whole number from 0 to 65535 (got "http")',
        /^DATABASE_URL: must be a PostgreSQL URL/,
        'PARLEY_MASTER_KEY: must be 32 bytes, written as 64 hex digits or in base64 (it decodes to 2 bytes)',
      ],
    );
  });

  it('names DATABASE_URL when the database cannot be reached', async () => {
    const port = await findFreePort();
    await expectStartFailure(
      {
        DATABASE_URL: `postgres://postgres:pw@127.0.0.1:${port}/parley`,
        PARLEY_DATA_DIR: await tempDataDir(),
      },
      [
        `DATABASE_URL: cannot connect to 127.0.0.1:${port}/parley (connect ECONNREFUSED 127.0.0.1:${port})`,
      ],
    );
  });

  it('names DATABASE_URL when the database does not exist', async () => {
    const url = new URL(testDatabaseUrl());
    url.pathname = '/parley_no_such_database';
    await expectStartFailure({ DATABASE_URL: url.href, PARLEY_DATA_DIR: await tempDataDir() }, [
      /^DATABASE_URL: cannot connect to .*\/parley_no_such_database \(database "parley_no_such_database" does not exist\)$/,
    ]);
  });

  it('names PARLEY_DATA_DIR when the data folder cannot be written', async () => {
    const file = join(await tempDataDir(), 'a-file');
    await writeFile(file, 'not a folder');
    await expectStartFailure(
      { DATABASE_URL: testDatabaseUrl(), PARLEY_DATA_DIR: join(file, 'data') },
      [`PARLEY_DATA_DIR: cannot write to ${join(file, 'data')} (ENOTDIR)`],
    );
  });
});

describe('the built server on a port already taken', () => {
  it('names PORT and exits 1', async () => {
    const blocker = createServer().listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      await expectStartFailure(
        {
          DATABASE_URL: testDatabaseUrl(),
          PORT: String(port),
          PARLEY_DATA_DIR: await tempDataDir(),
        },
        [`PORT: cannot listen on 127.0.0.1:${port} (EADDRINUSE)`],
      );
    } finally {
      blocker.close();
    }
  });
});
