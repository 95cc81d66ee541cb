import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { masterKeyId, sealSecret } from '../secrets/secret.cipher';
import { SecretsService } from '../secrets/secrets.service';
import { type FreshDatabase, freshDatabase } from '../testing/fresh-database';
import { tempDataDir } from '../testing/temp-data-dir';
import { startTestRuntime } from '../testing/test-runtime';
import { WorkspacesService } from '../workspaces/workspaces.service';
import { rotateKey } from './rotate-key';

/** Starts a runtime on `env`, stores `values` as secrets of a new workspace, stops it. */
async function seed(env: Record<string, string>, values: Record<string, string>) {
  const runtime = await startTestRuntime(env);
  try {
    const workspaceId = (await runtime.app.get(WorkspacesService).create('Shop')).id;
    for (const [name, value] of Object.entries(values)) {
      await runtime.app.get(SecretsService).create(workspaceId, name, value);
    }
    return workspaceId;
  } finally {
    await runtime.stop();
  }
}

async function resolveAll(env: Record<string, string>, workspaceId: string, names: string[]) {
  const runtime = await startTestRuntime(env);
  try {
    const secrets = runtime.app.get(SecretsService);
    return await Promise.all(names.map((name) => secrets.resolve(workspaceId, name)));
  } finally {
    await runtime.stop();
  }
}

describe('rotateKey (parley secrets rotate-key)', () => {
  let database: FreshDatabase;
  beforeEach(async () => {
    database = await freshDatabase();
  });
  afterEach(() => database.drop());

  it('re-encrypts every secret under a new key file, keeping no old key behind', async () => {
    const dataDir = await tempDataDir();
    const env = { DATABASE_URL: database.url, PARLEY_DATA_DIR: dataDir };
    const workspaceId = await seed(env, { A: 'value-a-123456', B: 'value-b' });
    const before = await readFile(join(dataDir, 'master.key'), 'utf8');
    const lines: string[] = [];
    await rotateKey(env, undefined, (line) => lines.push(line));
    const after = await readFile(join(dataDir, 'master.key'), 'utf8');
    expect(after).not.toBe(before);
    expect((await readdir(dataDir)).filter((f) => f.startsWith('master.key'))).toEqual([
      'master.key',
    ]);
    expect(lines[0]).toBe('Re-encrypted 2 secret(s) (0 already under the new key).');
    expect(lines.join('\n')).not.toContain(after.trim());
    expect(await resolveAll(env, workspaceId, ['A', 'B'])).toEqual(['value-a-123456', 'value-b']);
  });

  it('takes the new key from --new-key when the key is in PARLEY_MASTER_KEY', async () => {
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    const env = { DATABASE_URL: database.url, PARLEY_MASTER_KEY: oldKey.toString('base64') };
    const workspaceId = await seed(env, { TOKEN: 'token-value' });
    const lines: string[] = [];
    await rotateKey(env, newKey.toString('hex'), (line) => lines.push(line));
    expect(lines.join('\n')).toContain(`id ${masterKeyId(newKey)}`);
    const newEnv = { ...env, PARLEY_MASTER_KEY: newKey.toString('base64') };
    expect(await resolveAll(newEnv, workspaceId, ['TOKEN'])).toEqual(['token-value']);
    await expect(resolveAll(env, workspaceId, ['TOKEN'])).rejects.toThrow(/sealed with master key/);
  });

  it('changes nothing when one row is under an unknown key', async () => {
    const oldKey = randomBytes(32);
    const env = { DATABASE_URL: database.url, PARLEY_MASTER_KEY: oldKey.toString('base64') };
    const workspaceId = await seed(env, { GOOD: 'good-value' });
    const dataSource = await new DataSource({ type: 'postgres', url: database.url }).initialize();
    try {
      const stray = sealSecret(randomBytes(32), workspaceId, 'STRAY', 'x');
      await dataSource.query(
        'INSERT INTO secrets (workspace_id, name, ciphertext, iv, tag, key_id) VALUES ($1, $2, $3, $4, $5, $6)',
        [workspaceId, 'STRAY', stray.ciphertext, stray.iv, stray.tag, stray.keyId],
      );
      await expect(
        rotateKey(env, randomBytes(32).toString('hex'), () => undefined),
      ).rejects.toThrow(/neither the old key/);
      const rows: { key_id: string }[] = await dataSource.query(
        `SELECT key_id FROM secrets WHERE name = 'GOOD'`,
      );
      expect(rows).toEqual([{ key_id: masterKeyId(oldKey) }]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('refuses a malformed --new-key without echoing it', async () => {
    const env = { DATABASE_URL: database.url, PARLEY_MASTER_KEY: randomBytes(32).toString('hex') };
    await expect(rotateKey(env, 'not-a-key-but-secret!', () => undefined)).rejects.toThrow(
      /^--new-key must be 32 bytes.*neither\)$/,
    );
  });
});
