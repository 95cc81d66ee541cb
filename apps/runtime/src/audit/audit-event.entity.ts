import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { User } from '../users/user.entity';
import { Workspace } from '../workspaces/workspace.entity';

/**
 * Something a person or the system did in a workspace (`bot.created`,
 * `bot.published`…), for the admin pages' audit log. Rows are only ever added.
 */
@Entity({ name: 'audit_events' })
@Index('audit_events_workspace_created_idx', ['workspaceId', 'createdAt'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'audit_events_pkey' })
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'audit_events_workspace_id_fkey' })
  workspace?: Relation<Workspace>;

  /** Who did it; `null` for the system (or a user since deleted). */
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'actor_user_id',
    foreignKeyConstraintName: 'audit_events_actor_user_id_fkey',
  })
  actor?: Relation<User> | null;

  /** Dotted verb, e.g. `bot.created`. */
  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'target_type', type: 'text', nullable: true })
  targetType!: string | null;

  @Column({ name: 'target_id', type: 'text', nullable: true })
  targetId!: string | null;

  /** Where the request came from (the client address), when there was a request. */
  @Column({ name: 'client_ip', type: 'text', nullable: true })
  clientIp!: string | null;

  /** What changed; never secrets (they are masked before they get here). */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  details!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
