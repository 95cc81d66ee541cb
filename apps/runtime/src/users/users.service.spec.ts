import { QueryFailedError } from 'typeorm';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';
import { WorkspacesService } from '../workspaces/workspaces.service';
import type { UserRole } from './user.entity';
import { UsersService } from './users.service';

describe('UsersService', () => {
  let runtime: TestRuntime;
  let users: UsersService;
  let workspaces: WorkspacesService;
  beforeAll(async () => {
    runtime = await startTestRuntime();
    users = runtime.app.get(UsersService);
    workspaces = runtime.app.get(WorkspacesService);
  });
  afterAll(() => runtime.close());

  it('finds a user by e-mail in any case, within the workspace only', async () => {
    const shop = await workspaces.create('Shop');
    const bank = await workspaces.create('Bank');
    const user = await users.create({
      workspaceId: shop.id,
      email: ' Li.Lei@Example.CN ',
      displayName: 'Li Lei',
      role: 'editor',
    });
    expect(user.email).toBe('li.lei@example.cn');
    expect((await users.findByEmail(shop.id, 'LI.LEI@example.cn'))?.id).toBe(user.id);
    expect(await users.findByEmail(bank.id, 'li.lei@example.cn')).toBeNull();
  });

  it('refuses a second user with the same e-mail in one workspace, not in another', async () => {
    const shop = await workspaces.create('Shop');
    const bank = await workspaces.create('Bank');
    const user = { email: 'agent@example.com', displayName: 'Agent', role: 'agent' as const };
    await users.create({ ...user, workspaceId: shop.id });
    await expect(
      users.create({ ...user, workspaceId: shop.id, email: 'AGENT@example.com' }),
    ).rejects.toBeInstanceOf(QueryFailedError);
    await expect(users.create({ ...user, workspaceId: bank.id })).resolves.toMatchObject({
      role: 'agent',
    });
  });

  it('refuses a role outside admin, editor, agent, viewer', async () => {
    const shop = await workspaces.create('Shop');
    // The database enforces the roles too, not only the type: smuggle one past it.
    const role: UserRole = JSON.parse('"owner"');
    const request = { workspaceId: shop.id, email: 'x@example.com', displayName: 'X', role };
    await expect(users.create(request)).rejects.toThrow(/users_role_check/);
  });
});
