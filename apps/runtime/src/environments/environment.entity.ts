import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { Bot } from '../bots/bot.entity';
import { BotVersion } from '../versions/bot-version.entity';
import { Workspace } from '../workspaces/workspace.entity';

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

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'environments_workspace_id_fkey' })
  workspace?: Relation<Workspace>;

  @Column({ name: 'bot_id', type: 'uuid' })
  botId!: string;

  @ManyToOne(() => Bot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bot_id', foreignKeyConstraintName: 'environments_bot_id_fkey' })
  bot?: Relation<Bot>;

  @Column({ type: 'text' })
  name!: string;

  /** `null` until something is deployed here. */
  @Column({ name: 'version_id', type: 'uuid', nullable: true })
  versionId!: string | null;

  @ManyToOne(() => BotVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'environments_version_id_fkey' })
  version?: Relation<BotVersion> | null;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  variables!: EnvironmentVariables;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  secrets!: EnvironmentSecrets;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
