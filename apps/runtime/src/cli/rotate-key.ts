import { randomBytes } from 'node:crypto';
import { copyFile, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../config/load-config';
import { MASTER_KEY_BYTES, parseMasterKey } from '../config/master-key';
import { MASTER_KEY_FILE, readOrCreateMasterKey } from '../config/master-key-file';
import { masterKeyId } from '../secrets/secret.cipher';
import { rotateMasterKey } from '../secrets/rotate-master-key';
import { openAdminDatabase } from './admin-database';

/**
 * `parley secrets rotate-key`: re-encrypts every secret with a new master key.
 *
 * With the key in `<data dir>/master.key`: the new key is written to
 * `master.key.new`, the old one copied to `master.key.old`, the secrets are
 * re-encrypted in one transaction, then `master.key.new` replaces `master.key` and
 * `master.key.old` is removed. A run cut short can simply be run again: the new
 * key file is reused and rows already under it are skipped. With
 * `PARLEY_MASTER_KEY`, the new key (given or generated into `master.key.new`) must
 * then be put in the variable by the operator. Keys are never printed.
 */
export async function rotateKey(
  env: Record<string, string | undefined>,
  newKeyText: string | undefined,
  out: (line: string) => void,
): Promise<void> {
  const config = loadConfig(env);
  const fromFile = config.masterKey === undefined;
  const oldKey = config.masterKey ?? (await readOrCreateMasterKey(config.dataDir));
  const keyFile = join(config.dataDir, MASTER_KEY_FILE);
  const newFile = `${keyFile}.new`;
  const newKey = newKeyText === undefined ? await pendingOrFreshKey(newFile) : parseKey(newKeyText);
  if (newKey.equals(oldKey)) throw new Error('the new master key is the current one');
  if (fromFile || newKeyText === undefined) {
    await writeFile(newFile, `${newKey.toString('base64')}\n`, { mode: 0o600 });
  }
  if (fromFile) await copyFile(keyFile, `${keyFile}.old`);

  const database = await openAdminDatabase(config);
  try {
    const result = await rotateMasterKey(database.dataSource, oldKey, newKey);
    out(
      `Re-encrypted ${result.reencrypted} secret(s) (${result.alreadyNew} already under the new key).`,
    );
  } finally {
    await database.close();
  }

  if (fromFile) {
    await rename(newFile, keyFile);
    await rm(`${keyFile}.old`, { force: true });
    out(`The new master key (id ${masterKeyId(newKey)}) is in ${keyFile}; back it up.`);
  } else if (newKeyText === undefined) {
    out(
      `Set PARLEY_MASTER_KEY to the contents of ${newFile} (key id ${masterKeyId(newKey)}), then delete that file.`,
    );
  } else {
    out(`Set PARLEY_MASTER_KEY to the new key (id ${masterKeyId(newKey)}).`);
  }
  out('Restart the runtime with the new key; everyone logs in again (tokens are signed with it).');
}

/** The key a previous, interrupted rotation generated, or a new random one. */
async function pendingOrFreshKey(file: string): Promise<Buffer> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return randomBytes(MASTER_KEY_BYTES);
  const parsed = parseMasterKey(text);
  if (!parsed.ok) throw new Error(`${file} ${parsed.problem}; remove it to generate a new key`);
  return parsed.key;
}

function parseKey(text: string): Buffer {
  const parsed = parseMasterKey(text);
  if (!parsed.ok) throw new Error(`--new-key ${parsed.problem}`);
  return parsed.key;
}
