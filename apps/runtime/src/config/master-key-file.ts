import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeSystemError, errorCode } from './data-dir';
import { MASTER_KEY_BYTES, parseMasterKey } from './master-key';
import { StartupError } from './startup-error';

/** Where the key lives when `PARLEY_MASTER_KEY` is not set. */
export const MASTER_KEY_FILE = 'master.key';

/**
 * The master key when `PARLEY_MASTER_KEY` is unset: read from `master.key` in the
 * data folder, created (random, owner-only) on the first start. This keeps
 * `npm start` one command; deployments with several replicas set the variable so
 * that every replica decrypts the same secrets. `onCreated` is told the file's path
 * when a new key is written, so the caller can warn that it must be backed up.
 */
export async function readOrCreateMasterKey(
  dataDir: string,
  onCreated: (file: string) => void = () => undefined,
): Promise<Buffer> {
  const file = join(dataDir, MASTER_KEY_FILE);
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw StartupError.of(
      'PARLEY_MASTER_KEY',
      `not set, and ${file} cannot be read (${describeSystemError(error)})`,
    );
  });
  if (text === undefined) {
    const key = randomBytes(MASTER_KEY_BYTES);
    await writeFile(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    onCreated(file);
    return key;
  }
  const parsed = parseMasterKey(text);
  if (parsed.ok) return parsed.key;
  throw StartupError.of('PARLEY_MASTER_KEY', `not set, and ${file} ${parsed.problem}`);
}
