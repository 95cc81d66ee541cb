import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type SpawnedRuntime, spawnRuntime } from '../testing/spawn-runtime';
import { tempDataDir } from '../testing/temp-data-dir';

/** Starts the built server with no DATABASE_URL, checks /ready, stops it with SIGTERM. */
async function startAndStop(dataDir: string): Promise<SpawnedRuntime> {
  const runtime = spawnRuntime({ PORT: '0', PARLEY_DATA_DIR: dataDir });
  const url = await runtime.ready;
  expect((await fetch(`${url}/ready`)).status).toBe(200);
  runtime.child.kill('SIGTERM');
  expect(await runtime.exited).toBe(0);
  return runtime;
}

function startedLine(runtime: SpawnedRuntime): { created?: boolean } | undefined {
  const line = runtime.stdout.find((l) => l.includes('embedded PostgreSQL started'));
  if (line === undefined) return undefined;
  const entry: { created?: boolean } = JSON.parse(line);
  return entry;
}

describe('the embedded PostgreSQL (no DATABASE_URL)', () => {
  it('is created on the first start, reused on the next, and stopped on SIGTERM', async () => {
    const dataDir = await tempDataDir();
    const postgresDir = join(dataDir, 'postgres');

    const first = await startAndStop(dataDir);
    expect(startedLine(first)).toMatchObject({ created: true });
    expect(existsSync(join(postgresDir, 'PG_VERSION'))).toBe(true);
    // PostgreSQL removes its lock file only when it shuts down cleanly.
    expect(existsSync(join(postgresDir, 'postmaster.pid'))).toBe(false);

    const second = await startAndStop(dataDir);
    expect(startedLine(second)).toMatchObject({ created: false });
    expect(existsSync(join(postgresDir, 'postmaster.pid'))).toBe(false);
  });

  it("names PARLEY_DATA_DIR with the server's complaint when it cannot start, and exits 1", async () => {
    const dataDir = await tempDataDir();
    // A data folder that claims to hold a cluster but holds nothing else.
    await mkdir(join(dataDir, 'postgres'), { mode: 0o700 });
    await writeFile(join(dataDir, 'postgres', 'PG_VERSION'), '18\n');
    const runtime = spawnRuntime({ PORT: '0', PARLEY_DATA_DIR: dataDir });
    expect(await runtime.exited).toBe(1);
    expect(runtime.stderr).toEqual([
      expect.stringMatching(
        new RegExp(
          `^PARLEY_DATA_DIR: the embedded PostgreSQL in ${join(dataDir, 'postgres')} did not start: .+`,
        ),
      ),
    ]);
  });
});
