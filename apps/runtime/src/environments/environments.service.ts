import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, LessThan } from 'typeorm';
import type { Actor } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { BotsService } from '../bots/bots.service';
import { Secret } from '../secrets/secret.entity';
import { BotVersion } from '../versions/bot-version.entity';
import { type DeploymentAction, EnvironmentDeployment } from './environment-deployment.entity';
import {
  Environment,
  type EnvironmentSecrets,
  type EnvironmentVariables,
} from './environment.entity';
import {
  botVariables,
  byPipelineOrder,
  type DeploymentView,
  environmentView as view,
  type EnvironmentView,
} from './environment.view';

export type { DeploymentView, EnvironmentView };

export interface EnvironmentChanges {
  variables?: EnvironmentVariables | undefined;
  secrets?: EnvironmentSecrets | undefined;
}

/**
 * Environments of a bot: which version each runs, with its own bot variables
 * and secret references. Every change of version is recorded (history, audit).
 */
@Injectable()
export class EnvironmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly bots: BotsService,
  ) {}

  async list(workspaceId: string, botId: string): Promise<EnvironmentView[]> {
    await this.bots.get(workspaceId, botId);
    const environments = await this.dataSource.manager.find(Environment, {
      where: { workspaceId, botId },
      relations: { version: true },
      order: { createdAt: 'ASC', name: 'ASC' },
    });
    return environments.sort(byPipelineOrder).map(view);
  }

  async get(workspaceId: string, botId: string, name: string): Promise<EnvironmentView> {
    return view(await this.find(this.dataSource.manager, workspaceId, botId, name));
  }

  /** Adds an environment (e.g. `qa`) with nothing deployed. */
  create(workspaceId: string, botId: string, name: string, actor: Actor = {}) {
    return this.dataSource.transaction(async (manager) => {
      await this.bots.get(workspaceId, botId, manager);
      if (await manager.existsBy(Environment, { botId, name })) {
        throw new ConflictException(`Bot ${botId} already has an environment "${name}"`);
      }
      const environment = await manager.save(
        manager.create(Environment, { workspaceId, botId, name }),
      );
      await this.record(manager, workspaceId, 'environment.created', botId, actor, { name });
      return view(environment);
    });
  }

  /**
   * Sets the environment's bot variables and secret references. Variables must be
   * declared `bot`-scoped in the draft or the version it runs; secret references
   * must name secrets in the vault. Only names reach the audit log.
   */
  update(
    workspaceId: string,
    botId: string,
    name: string,
    changes: EnvironmentChanges,
    actor: Actor = {},
  ): Promise<EnvironmentView> {
    return this.dataSource.transaction(async (manager) => {
      const bot = await this.bots.get(workspaceId, botId, manager);
      const environment = await this.find(manager, workspaceId, botId, name, true);
      if (changes.variables) {
        const declared = botVariables(bot.draft, environment.version?.document);
        const unknown = Object.keys(changes.variables).filter((key) => !declared.has(key));
        if (unknown.length > 0) {
          throw new BadRequestException({
            statusCode: 400,
            message: `Not bot-scoped variables of this bot: ${unknown.join(', ')} (declare them with scope "bot" first)`,
            problems: unknown.map((key) => ({
              path: `variables.${key}`,
              message: 'is not a bot-scoped variable of this bot',
            })),
          });
        }
        environment.variables = changes.variables;
      }
      if (changes.secrets) {
        const vaultNames = [...new Set(Object.values(changes.secrets))];
        const stored = await manager.findBy(Secret, { workspaceId, name: In(vaultNames) });
        const missing = vaultNames.filter((n) => !stored.some((secret) => secret.name === n));
        if (missing.length > 0) {
          throw new BadRequestException({
            statusCode: 400,
            message: `No secret named ${missing.map((n) => `"${n}"`).join(', ')} in this workspace`,
            problems: missing.map((n) => ({ path: 'secrets', message: `no secret named "${n}"` })),
          });
        }
        environment.secrets = changes.secrets;
      }
      const saved = await manager.save(environment);
      await this.record(manager, workspaceId, 'environment.updated', botId, actor, {
        environment: name,
        variables: Object.keys(saved.variables),
        secrets: saved.secrets,
      });
      return view(saved);
    });
  }

  /** Points the environment at version `number`; new conversations start on it. */
  deploy(
    workspaceId: string,
    botId: string,
    name: string,
    number: number,
    actor: Actor = {},
    manager?: EntityManager,
  ): Promise<EnvironmentView> {
    if (!manager) {
      return this.dataSource.transaction((tx) =>
        this.deploy(workspaceId, botId, name, number, actor, tx),
      );
    }
    return this.switchVersion(manager, workspaceId, botId, name, number, 'deploy', actor);
  }

  /** Runs in `to` what `from` runs (staging's version to production), in one call. */
  promote(
    workspaceId: string,
    botId: string,
    from = 'staging',
    to = 'production',
    actor: Actor = {},
  ): Promise<EnvironmentView> {
    return this.dataSource.transaction(async (manager) => {
      const source = await this.find(manager, workspaceId, botId, from);
      if (!source.version) {
        throw new ConflictException(
          `Nothing is deployed in "${from}" yet, so there is nothing to promote`,
        );
      }
      return this.switchVersion(
        manager,
        workspaceId,
        botId,
        to,
        source.version.number,
        'promote',
        actor,
        { from },
      );
    });
  }

  /**
   * Goes back to version `number`, or by default to the newest version older than
   * the current one that this environment ran before.
   */
  rollback(
    workspaceId: string,
    botId: string,
    name: string,
    number?: number,
    actor: Actor = {},
  ): Promise<EnvironmentView> {
    return this.dataSource.transaction(async (manager) => {
      const environment = await this.find(manager, workspaceId, botId, name, true);
      const current = environment.version;
      if (!current) {
        throw new ConflictException(
          `Nothing is deployed in "${name}", so there is nothing to roll back`,
        );
      }
      const target = number ?? (await this.previousNumber(manager, environment.id, current.number));
      if (target === undefined) {
        throw new ConflictException(
          `"${name}" has run no version older than ${current.number}; give the version to roll back to`,
        );
      }
      return this.switchVersion(manager, workspaceId, botId, name, target, 'rollback', actor);
    });
  }

  /** The environment's changes of version, newest first. */
  async history(workspaceId: string, botId: string, name: string): Promise<DeploymentView[]> {
    const environment = await this.find(this.dataSource.manager, workspaceId, botId, name);
    const rows = await this.dataSource.manager.find(EnvironmentDeployment, {
      where: { environmentId: environment.id },
      order: { createdAt: 'DESC' },
      relations: { version: true },
      take: 200,
    });
    const numbers = await this.numbersOf(rows.map((row) => row.previousVersionId));
    return rows.map((row) => ({
      action: row.action,
      version: row.version?.number ?? 0,
      previousVersion: row.previousVersionId ? (numbers.get(row.previousVersionId) ?? null) : null,
      actorUserId: row.actorUserId,
      at: row.createdAt.toISOString(),
    }));
  }

  private async switchVersion(
    manager: EntityManager,
    workspaceId: string,
    botId: string,
    name: string,
    number: number,
    action: DeploymentAction,
    actor: Actor,
    details: Record<string, unknown> = {},
  ): Promise<EnvironmentView> {
    const environment = await this.find(manager, workspaceId, botId, name, true);
    const version = await manager.findOneBy(BotVersion, { workspaceId, botId, number });
    if (!version) throw new NotFoundException(`Bot ${botId} has no version ${number}`);
    const previous = environment.version ?? null;
    environment.versionId = version.id;
    environment.version = version;
    const saved = await manager.save(environment);
    await manager.save(
      manager.create(EnvironmentDeployment, {
        environmentId: environment.id,
        versionId: version.id,
        previousVersionId: previous?.id ?? null,
        action,
        actorUserId: actor.userId ?? null,
      }),
    );
    const auditAction = {
      deploy: 'environment.deployed',
      promote: 'environment.promoted',
      rollback: 'environment.rolled_back',
      import: 'environment.imported',
    }[action];
    await this.record(manager, workspaceId, auditAction, botId, actor, {
      environment: name,
      version: number,
      previousVersion: previous?.number ?? null,
      ...details,
    });
    return view(saved);
  }

  private async previousNumber(
    manager: EntityManager,
    environmentId: string,
    current: number,
  ): Promise<number | undefined> {
    const ran = await manager.find(EnvironmentDeployment, {
      where: { environmentId, version: { number: LessThan(current) } },
      relations: { version: true },
    });
    const numbers = ran.map((row) => row.version?.number ?? 0).filter((n) => n > 0);
    return numbers.length > 0 ? Math.max(...numbers) : undefined;
  }

  private async numbersOf(ids: (string | null)[]): Promise<Map<string, number>> {
    const wanted = ids.filter((id): id is string => id !== null);
    if (wanted.length === 0) return new Map();
    const versions = await this.dataSource.manager.find(BotVersion, {
      where: { id: In(wanted) },
      select: { id: true, number: true },
    });
    return new Map(versions.map((version) => [version.id, version.number]));
  }

  private async find(
    manager: EntityManager,
    workspaceId: string,
    botId: string,
    name: string,
    forUpdate = false,
  ): Promise<Environment> {
    await this.bots.get(workspaceId, botId, manager);
    const environment = await manager.findOne(Environment, {
      where: { workspaceId, botId, name },
      ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!environment) throw new NotFoundException(`Bot ${botId} has no environment "${name}"`);
    environment.version = environment.versionId
      ? await manager.findOneBy(BotVersion, { id: environment.versionId })
      : null;
    return environment;
  }

  private record(
    manager: EntityManager,
    workspaceId: string,
    action: string,
    botId: string,
    actor: Actor,
    details: Record<string, unknown>,
  ) {
    return this.audit.recordBy(
      actor,
      {
        workspaceId,
        action,
        targetType: 'bot',
        targetId: botId,
        details: { ...details },
      },
      manager,
    );
  }
}
