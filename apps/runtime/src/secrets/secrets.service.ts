import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { isUniqueViolation } from '../database/unique-violation';
import type { Actor } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { MASTER_KEY } from '../config/config.module';
import { openSecret, sealSecret } from './secret.cipher';
import { Secret } from './secret.entity';
import { maskSecret } from './secret.mask';

/** A secret as the API shows it: everything but the value, which is masked. */
export interface SecretView {
  id: string;
  name: string;
  /** `••••1234`, or `••••` for short values. */
  masked: string;
  createdBy: string | null;
  updatedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * The secrets vault of every workspace. Values are sealed with the master key on
 * the way in and only ever leave through {@link SecretsService.resolve}, which the
 * runtime's ports call and no controller does. Every change is audited (name only).
 */
@Injectable()
export class SecretsService {
  constructor(
    @InjectRepository(Secret) private readonly secrets: Repository<Secret>,
    @Inject(MASTER_KEY) private readonly masterKey: Buffer,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The workspace's secrets, by name, masked. */
  async list(workspaceId: string): Promise<SecretView[]> {
    const rows = await this.secrets.find({ where: { workspaceId }, order: { name: 'ASC' } });
    return rows.map((row) => this.view(row));
  }

  /** One secret, masked; 404 when the workspace has none by that name. */
  async get(workspaceId: string, name: string): Promise<SecretView> {
    return this.view(await this.find(workspaceId, name));
  }

  /** Stores a new secret; 409 when the name is taken in this workspace. */
  async create(
    workspaceId: string,
    name: string,
    value: string,
    actor: Actor = {},
  ): Promise<SecretView> {
    const sealed = sealSecret(this.masterKey, workspaceId, name, value);
    try {
      const row = await this.dataSource.transaction(async (manager) => {
        const saved = await manager.getRepository(Secret).save(
          manager.getRepository(Secret).create({
            workspaceId,
            name,
            ...sealed,
            createdBy: actor.userId ?? null,
            updatedBy: actor.userId ?? null,
          }),
        );
        await this.audit.recordBy(actor, auditRecord(workspaceId, 'secret.created', name), manager);
        return saved;
      });
      return this.view(row);
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictException(`secret "${name}" already exists`);
      throw error;
    }
  }

  /** Replaces a secret's value (new IV); 404 when there is none by that name. */
  async update(
    workspaceId: string,
    name: string,
    value: string,
    actor: Actor = {},
  ): Promise<SecretView> {
    const row = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Secret);
      const existing = await repository.findOne({
        where: { workspaceId, name },
        lock: { mode: 'pessimistic_write' },
      });
      if (!existing) throw notFound(name);
      Object.assign(existing, sealSecret(this.masterKey, workspaceId, name, value));
      existing.updatedBy = actor.userId ?? null;
      const saved = await repository.save(existing);
      await this.audit.recordBy(actor, auditRecord(workspaceId, 'secret.updated', name), manager);
      return saved;
    });
    return this.view(row);
  }

  /** Deletes a secret; 404 when there is none by that name. */
  async delete(workspaceId: string, name: string, actor: Actor = {}): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.getRepository(Secret).delete({ workspaceId, name });
      if (!result.affected) throw notFound(name);
      await this.audit.recordBy(actor, auditRecord(workspaceId, 'secret.deleted', name), manager);
    });
  }

  /**
   * The plaintext of a secret, for the runtime's own use (an HTTP node's header,
   * an LLM key). Never call this from a controller. `undefined` when the
   * workspace has no secret by that name.
   */
  async resolve(workspaceId: string, name: string): Promise<string | undefined> {
    const row = await this.secrets.findOneBy({ workspaceId, name });
    return row ? openSecret(this.masterKey, workspaceId, name, row) : undefined;
  }

  private async find(workspaceId: string, name: string): Promise<Secret> {
    const row = await this.secrets.findOneBy({ workspaceId, name });
    if (!row) throw notFound(name);
    return row;
  }

  private view(row: Secret): SecretView {
    let masked = '••••';
    try {
      masked = maskSecret(openSecret(this.masterKey, row.workspaceId, row.name, row));
    } catch {
      // A row sealed with another key (a rotation in progress) still lists, fully masked.
    }
    return {
      id: row.id,
      name: row.name,
      masked,
      createdBy: row.createdBy,
      updatedBy: row.updatedBy,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}

/** The audit entry of a change: the name only, never the value. */
function auditRecord(workspaceId: string, action: string, name: string) {
  return { workspaceId, action, targetType: 'secret', targetId: name };
}

function notFound(name: string): NotFoundException {
  return new NotFoundException(`no secret named "${name}"`);
}
