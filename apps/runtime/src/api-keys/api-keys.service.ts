import { createHash, randomBytes } from 'node:crypto';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Caller } from '../auth/caller';
import type { UserRole } from '../users/user.entity';
import { ApiKey } from './api-key.entity';

/** Every key starts with this, so leaked keys are easy to recognise and scan for. */
export const API_KEY_PREFIX = 'pk_';

/** A key just created: the only time its secret is returned. */
export interface CreatedApiKey {
  apiKey: ApiKey;
  /** The whole key, to show once. */
  key: string;
}

function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Creates, checks and revokes API keys, always within the caller's workspace. */
@Injectable()
export class ApiKeysService {
  constructor(
    @InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** A new key with `role` in the caller's workspace; audited as `api_key.created`. */
  create(caller: Caller, name: string, role: UserRole): Promise<CreatedApiKey> {
    const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    return this.dataSource.transaction(async (manager) => {
      const apiKey = await manager.save(
        manager.create(ApiKey, {
          workspaceId: caller.workspaceId,
          name,
          role,
          keyPrefix: key.slice(0, API_KEY_PREFIX.length + 6),
          keyHash: hashKey(key),
          createdByUserId: caller.userId,
        }),
      );
      await this.audit.record(
        {
          workspaceId: caller.workspaceId,
          action: 'api_key.created',
          actorUserId: caller.userId,
          targetType: 'api_key',
          targetId: apiKey.id,
          details: { name, role },
          clientIp: caller.ip,
        },
        manager,
      );
      const { keyHash: _hash, ...shown } = apiKey;
      return { apiKey: Object.assign(new ApiKey(), shown), key };
    });
  }

  /** The workspace's keys (revoked ones included), newest first, without hashes. */
  list(workspaceId: string): Promise<ApiKey[]> {
    return this.keys.find({ where: { workspaceId }, order: { createdAt: 'DESC' } });
  }

  /** Revokes the workspace's key; another workspace's key is reported as not found. */
  async revoke(caller: Caller, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(
        ApiKey,
        { id, workspaceId: caller.workspaceId, revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      if (!result.affected)
        throw new NotFoundException(`No active API key ${id} in this workspace`);
      await this.audit.record(
        {
          workspaceId: caller.workspaceId,
          action: 'api_key.revoked',
          actorUserId: caller.userId,
          targetType: 'api_key',
          targetId: id,
          clientIp: caller.ip,
        },
        manager,
      );
    });
  }

  /** The active key matching `key`, its last-used time updated; `null` when unknown or revoked. */
  async authenticate(key: string): Promise<ApiKey | null> {
    if (!key.startsWith(API_KEY_PREFIX)) return null;
    const apiKey = await this.keys.findOneBy({ keyHash: hashKey(key), revokedAt: IsNull() });
    if (!apiKey) return null;
    await this.keys.update({ id: apiKey.id }, { lastUsedAt: new Date() });
    return apiKey;
  }
}
