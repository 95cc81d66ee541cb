import { createHash, randomBytes } from 'node:crypto';
import {
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { z } from 'zod';
import { AuditService } from '../audit/audit.service';
import { RUNTIME_CONFIG } from '../config/config.module';
import type { RuntimeConfig } from '../config/runtime-config.schema';
import { RateLimiter } from '../rate-limit/rate-limiter';
import { verifyPassword } from '../users/password.hasher';
import type { User } from '../users/user.entity';
import { toUserView, type UserView } from '../users/user.view';
import { UsersService } from '../users/users.service';
import { ACCESS_TOKEN_SECONDS, AccessTokenService } from './access-token.service';
import { RefreshToken } from './refresh-token.entity';

/** How long a refresh token (a log-in session) lasts without being used. */
export const REFRESH_TOKEN_SECONDS = 14 * 24 * 60 * 60;

/** What a log-in or refresh hands out. */
export interface Session {
  accessToken: string;
  expiresIn: number;
  /** The next refresh token: goes into the httpOnly cookie, never into a body. */
  refreshToken: string;
  user: UserView;
}

/** Too many attempts: 429 with the seconds to wait, for `Retry-After`. */
export class TooManyAttemptsException extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super('Too many log-in attempts; try again later', HttpStatus.TOO_MANY_REQUESTS);
  }
}

const returnedRowsSchema = z.array(z.object({ user_id: z.string() }));

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Log-in, refresh-token rotation and log-out. */
@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(RefreshToken) private readonly refreshTokens: Repository<RefreshToken>,
    private readonly users: UsersService,
    private readonly accessTokens: AccessTokenService,
    private readonly audit: AuditService,
    private readonly limiter: RateLimiter,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  /**
   * Checks e-mail and password (rate-limited per address and per e-mail) and starts
   * a session. The same e-mail may exist in several workspaces; the password picks one.
   */
  async login(email: string, password: string, ip: string): Promise<Session> {
    const { perEmail, perAddress, windowMs } = this.config.loginRateLimits;
    const limits = await Promise.all([
      this.limiter.hit(`login:ip:${ip}`, perAddress, windowMs),
      this.limiter.hit(`login:email:${email.trim().toLowerCase()}`, perEmail, windowMs),
    ]);
    const refused = limits.filter((limit) => !limit.allowed);
    if (refused.length > 0) {
      throw new TooManyAttemptsException(Math.max(...refused.map((l) => l.retryAfterSeconds)));
    }
    const candidates = await this.users.findForLogin(email);
    let user: User | undefined;
    // Every candidate is checked (and one hash computed for none), so timing tells nothing.
    for (const candidate of candidates.length ? candidates : [null]) {
      const ok = await verifyPassword(password, candidate?.passwordHash ?? null);
      if (ok && candidate && !user) user = candidate;
    }
    for (const candidate of candidates) {
      const success = candidate.id === user?.id;
      await this.audit.record({
        workspaceId: candidate.workspaceId,
        action: success ? 'auth.login' : 'auth.login_failed',
        actorUserId: success ? candidate.id : null,
        targetType: 'user',
        targetId: candidate.id,
        clientIp: ip,
      });
    }
    if (!user) throw new UnauthorizedException('Wrong e-mail or password');
    return this.startSession(user);
  }

  /**
   * Swaps a refresh token for a new session. The old token is revoked in the same
   * statement, so it works once; presenting a revoked token ends all the user's sessions.
   */
  async refresh(token: string): Promise<Session> {
    const tokenHash = hashToken(token);
    const result = await this.refreshTokens
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('token_hash = :tokenHash AND revoked_at IS NULL AND expires_at > now()', {
        tokenHash,
      })
      .returning('user_id')
      .execute();
    const rows = returnedRowsSchema.safeParse(result.raw);
    const userId = rows.success ? rows.data[0]?.user_id : undefined;
    if (!userId) {
      const reused = await this.refreshTokens.findOneBy({ tokenHash });
      // A rotated token coming back means it was copied: end every session of that user.
      if (reused) await this.revokeAll(reused.userId);
      throw new UnauthorizedException('The session has ended; log in again');
    }
    const user = await this.users.findById(userId);
    if (!user) throw new UnauthorizedException('The session has ended; log in again');
    return this.startSession(user);
  }

  /** Ends the session of this refresh token (if it is one). */
  async logout(token: string | undefined): Promise<void> {
    if (!token) return;
    await this.refreshTokens.update(
      { tokenHash: hashToken(token), revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
  }

  /** Checks the current password, sets the new one and ends every session of the user. */
  async changePassword(userId: string, current: string, next: string): Promise<void> {
    const user = await this.users.findWithHash(userId);
    if (!user || !(await verifyPassword(current, user.passwordHash))) {
      throw new UnauthorizedException('The current password is wrong');
    }
    await this.users.setPassword(userId, next);
  }

  /** Revokes every refresh token of the user. */
  async revokeAll(userId: string): Promise<void> {
    await this.refreshTokens.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async startSession(user: User): Promise<Session> {
    const refreshToken = randomBytes(32).toString('base64url');
    await this.refreshTokens.save(
      this.refreshTokens.create({
        userId: user.id,
        tokenHash: hashToken(refreshToken),
        expiresAt: new Date(Date.now() + REFRESH_TOKEN_SECONDS * 1000),
        revokedAt: null,
      }),
    );
    const accessToken = this.accessTokens.sign(user.id, user.workspaceId);
    return { accessToken, expiresIn: ACCESS_TOKEN_SECONDS, refreshToken, user: toUserView(user) };
  }
}
