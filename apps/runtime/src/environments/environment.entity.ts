import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Bot } from '../bots/bot.entity';
import { botIdColumn, botRelation } from '../database/bot-columns';
import { createdAtColumn, foreignKeyRelation, updatedAtColumn } from '../database/entity-columns';
import { workspaceIdColumn, workspaceRelation } from '../database/workspace-columns';
import { BotVersion } from '../versions/bot-version.entity';
import type { Workspace } from '../workspaces/workspace.entity';

/** Values of the bot's `bot`-scoped variables in one environment. */
export type EnvironmentVariables = Record<string, unknown>;
/** Secret names used in the bot document → the vault secret this environment uses. */
export type EnvironmentSecrets = Record<string, string>;

/**
 * Where a bot runs (`staging`, `production`, more if wanted): the version new
 * conversations start on, with the environment's own bot variables and secret
 * references.
 */
@Entity({ name: 'environments' })
@Index('environments_bot_name_key', ['botId', 'name'], { unique: true })
export class Environment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'environments_pkey' })
  id!: string;

  @workspaceIdColumn()
  workspaceId!: string;

  @workspaceRelation('environments')
  workspace?: Relation<Workspace>;

  @botIdColumn()
  botId!: string;

  @botRelation('environments')
  bot?: Relation<Bot>;

  @Column({ type: 'text' })
  name!: string;

  /** `null` until something is deployed here. */
  @Column({ name: 'version_id', type: 'uuid', nullable: true })
  versionId!: string | null;

  @foreignKeyRelation('environments', 'version_id', () => BotVersion, 'RESTRICT')
  version?: Relation<BotVersion> | null;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  variables!: EnvironmentVariables;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  secrets!: EnvironmentSecrets;

  @createdAtColumn()
  createdAt!: Date;

  @updatedAtColumn()
  updatedAt!: Date;
}
