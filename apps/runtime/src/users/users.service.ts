import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import { RefreshToken } from '../auth/refresh-token.entity';
import { Workspace } from '../workspaces/workspace.entity';
import { hashPassword } from './password.hasher';
import { User, type UserRole } from './user.entity';

/** What it takes to add a user to a workspace. */
export interface NewUser {
  workspaceId: string;
  email: string;
  displayName: string;
  role: UserRole;
  /** Plain text; only its scrypt hash is stored. Without it the user cannot log in yet. */
  password?: string;
}

/** A user with the password hash, which normal reads leave out. */
export type UserWithHash = User & { passwordHash: string | null };

/** Creates and finds studio users, always within one workspace. */
@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Adds a user; the e-mail is stored lower-cased, unique within the workspace. */
  async create({ password, ...user }: NewUser): Promise<User> {
    const passwordHash = password === undefined ? null : await hashPassword(password);
    const saved = await this.users.save(
      this.users.create({ ...user, email: normalizeEmail(user.email), passwordHash }),
    );
    return this.get(saved.workspaceId, saved.id);
  }

  /**
   * Adds an admin to the oldest workspace, creating a "Default" workspace on a fresh
   * install. Used at first start (`PARLEY_ADMIN_EMAIL`) and by `parley admin create`.
   */
  async createAdmin(email: string, password: string): Promise<User> {
    const workspaces = this.dataSource.getRepository(Workspace);
    const [oldest] = await workspaces.find({ order: { createdAt: 'ASC' }, take: 1 });
    const workspace = oldest ?? (await workspaces.save(workspaces.create({ name: 'Default' })));
    const displayName = email.split('@')[0] ?? email;
    return this.create({ workspaceId: workspace.id, email, displayName, role: 'admin', password });
  }

  /** How many users there are in all workspaces (0 on a fresh install). */
  count(): Promise<number> {
    return this.users.count();
  }

  /** The workspace's user with this e-mail (any case), or `null`. */
  findByEmail(workspaceId: string, email: string): Promise<User | null> {
    return this.users.findOneBy({ workspaceId, email: normalizeEmail(email) });
  }

  /** Every user with this e-mail, in any workspace, with password hashes: for log-in only. */
  findForLogin(email: string): Promise<UserWithHash[]> {
    return this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.email = :email', { email: normalizeEmail(email) })
      .getMany();
  }

  /** The user by id, with the password hash, whatever the workspace; for the session's owner. */
  async findWithHash(id: string): Promise<UserWithHash | null> {
    return this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.id = :id', { id })
      .getOne();
  }

  /** The user by id, whatever the workspace: for the owner of a token, never for a route's id. */
  findById(id: string): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  /** The workspace's user; another workspace's user is reported as not found. */
  async get(workspaceId: string, id: string): Promise<User> {
    const user = await this.users.findOneBy({ workspaceId, id });
    if (!user) throw new NotFoundException(`No user ${id} in this workspace`);
    return user;
  }

  /** The workspace's users, by e-mail. */
  list(workspaceId: string): Promise<User[]> {
    return this.users.find({ where: { workspaceId }, order: { email: 'ASC' } });
  }

  /**
   * Changes the role and revokes the user's refresh tokens, so sessions re-check it.
   * The workspace's last admin keeps the role: nobody could manage it otherwise.
   */
  async changeRole(workspaceId: string, id: string, role: UserRole): Promise<User> {
    const user = await this.get(workspaceId, id);
    await this.dataSource.transaction(async (manager) => {
      // Locking the workspace's admins serialises two demotions racing each other.
      const admins = await manager.find(User, {
        where: { workspaceId, role: 'admin' },
        lock: { mode: 'pessimistic_write' },
      });
      if (user.role === 'admin' && role !== 'admin' && admins.length <= 1) {
        throw new ConflictException('The last admin of a workspace cannot lose the role');
      }
      await manager.update(User, { id: user.id }, { role });
      await revokeRefreshTokens(manager.getRepository(RefreshToken), user.id);
    });
    return { ...user, role };
  }

  /** Sets a new password and revokes every refresh token of the user. */
  async setPassword(userId: string, password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: userId }, { passwordHash });
      await revokeRefreshTokens(manager.getRepository(RefreshToken), userId);
    });
  }
}

async function revokeRefreshTokens(tokens: Repository<RefreshToken>, userId: string) {
  await tokens.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
}

function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
