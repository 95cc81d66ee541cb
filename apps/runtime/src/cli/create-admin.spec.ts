import { DataSource } from 'typeorm';
import { verifyPassword } from '../users/password.hasher';
import { type FreshDatabase, freshDatabase } from '../testing/fresh-database';
import { tempDataDir } from '../testing/temp-data-dir';
import { createAdmin } from './create-admin';

describe('createAdmin (parley admin create)', () => {
  let database: FreshDatabase;
  let env: Record<string, string>;
  beforeAll(async () => {
    database = await freshDatabase();
    env = { DATABASE_URL: database.url, PARLEY_DATA_DIR: await tempDataDir() };
  });
  afterAll(() => database.drop());

  it('migrates a fresh database and adds an admin to a new Default workspace', async () => {
    const lines: string[] = [];
    const password = 'a long enough password';
    const id = await createAdmin(env, { email: ' Boss@Example.com ', password }, (l) =>
      lines.push(l),
    );
    expect(lines.join('\n')).not.toContain(password);
    const dataSource = await new DataSource({ type: 'postgres', url: database.url }).initialize();
    try {
      const [user]: { email: string; role: string; password_hash: string; name: string }[] =
        await dataSource.query(
          'SELECT u.email, u.role, u.password_hash, w.name FROM users u JOIN workspaces w ON w.id = u.workspace_id WHERE u.id = $1',
          [id],
        );
      expect(user).toMatchObject({ email: 'boss@example.com', role: 'admin', name: 'Default' });
      expect(await verifyPassword(password, user?.password_hash ?? null)).toBe(true);
    } finally {
      await dataSource.destroy();
    }
  });

  it('refuses the same e-mail twice, a short password and a bad address', async () => {
    const password = 'another long password';
    await expect(
      createAdmin(env, { email: 'boss@example.com', password }, () => undefined),
    ).rejects.toThrow(/already a user boss@example.com/);
    await expect(
      createAdmin(env, { email: 'new@example.com', password: 'short' }, () => undefined),
    ).rejects.toThrow(/at least 12 characters/);
    await expect(createAdmin(env, { email: 'nope', password }, () => undefined)).rejects.toThrow(
      /e-mail address is not valid/,
    );
  });
});
