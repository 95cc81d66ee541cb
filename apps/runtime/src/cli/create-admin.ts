import { z } from 'zod';
import { loadConfig } from '../config/load-config';
import { hashPassword } from '../users/password.hasher';
import { openAdminDatabase } from './admin-database';

const adminSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: 'the e-mail address is not valid' })),
  password: z
    .string()
    .min(12, { error: 'the password must be at least 12 characters' })
    .max(1024, { error: 'the password must be at most 1024 characters' }),
});

/**
 * `parley admin create`: adds an admin to the oldest workspace (creating a
 * "Default" one on a fresh install), as the runtime's first start does with
 * `PARLEY_ADMIN_EMAIL`. Plain SQL mirroring `UsersService.createAdmin`, so it runs
 * from the CLI without the Nest application; the password is stored as the same
 * scrypt hash. Returns the new user's id.
 */
export async function createAdmin(
  env: Record<string, string | undefined>,
  input: { email: string; password: string },
  out: (line: string) => void,
): Promise<string> {
  const parsed = adminSchema.safeParse(input, { reportInput: false });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('; '));
  const { email, password } = parsed.data;
  const passwordHash = await hashPassword(password);
  const database = await openAdminDatabase(loadConfig(env));
  try {
    const id = await database.dataSource.transaction(async (manager) => {
      const oldest = z
        .array(z.object({ id: z.string() }))
        .parse(await manager.query('SELECT id FROM workspaces ORDER BY created_at LIMIT 1'));
      const workspaceId =
        oldest[0]?.id ??
        z
          .array(z.object({ id: z.string() }))
          .parse(
            await manager.query(`INSERT INTO workspaces (name) VALUES ('Default') RETURNING id`),
          )[0]?.id;
      const taken: unknown[] = await manager.query(
        'SELECT 1 FROM users WHERE workspace_id = $1 AND email = $2',
        [workspaceId, email],
      );
      if (taken.length > 0) throw new Error(`there is already a user ${email} in that workspace`);
      const [user] = z.array(z.object({ id: z.string() })).parse(
        await manager.query(
          `INSERT INTO users (workspace_id, email, display_name, role, password_hash)
             VALUES ($1, $2, $3, 'admin', $4) RETURNING id`,
          [workspaceId, email, email.split('@')[0] ?? email, passwordHash],
        ),
      );
      if (!user) throw new Error('the user was not created');
      await manager.query(
        `INSERT INTO audit_events (workspace_id, actor_user_id, action, target_type, target_id)
         VALUES ($1, NULL, 'user.created', 'user', $2)`,
        [workspaceId, user.id],
      );
      return user.id;
    });
    out(`Created the admin ${email}; log in to the studio with this e-mail and password.`);
    return id;
  } finally {
    await database.close();
  }
}
