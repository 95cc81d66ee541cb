import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const created: string[] = [];

/**
 * A fresh data folder for one test, removed after the test file by
 * {@link removeTempDataDirs}. Readable by others because, as root, the embedded
 * PostgreSQL runs as the `postgres` user and must be able to enter it.
 */
export async function tempDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-test-'));
  await chmod(dir, 0o755);
  created.push(dir);
  return dir;
}

/** Removes every folder {@link tempDataDir} made; `remove-temp-dirs.setup.ts` calls it. */
export async function removeTempDataDirs(): Promise<void> {
  const dirs = created.splice(0);
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
}
