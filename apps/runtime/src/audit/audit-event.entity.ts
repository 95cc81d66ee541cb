import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { createdAtColumn, foreignKeyRelation } from '../database/entity-columns';
import { workspaceIdColumn, workspaceRelation } from '../database/workspace-columns';
import { User } from '../users/user.entity';
import type { Workspace } from '../workspaces/workspace.entity';

/**
 * Something a person or the system did in a workspace (`bot.created`,
 * `bot.published`…), for the admin pages' audit log. Rows are only ever added.
 */
@Entity({ name: 'audit_events' })
@Index('audit_events_workspace_created_idx', ['workspaceId', 'createdAt'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'audit_events_pkey' })
  id!: string;

  @workspaceIdColumn()
  workspaceId!: string;

  @workspaceRelation('audit_events')
  workspace?: Relation<Workspace>;

  /** Who did it; `null` for the system (or a user since deleted). */
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @foreignKeyRelation('audit_events', 'actor_user_id', () => User, 'SET NULL')
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

  @createdAtColumn()
  createdAt!: Date;
}
