import { Check, Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { createdAtColumn } from '../database/entity-columns';
import { workspaceIdColumn, workspaceRelation } from '../database/workspace-columns';
import type { Workspace } from '../workspaces/workspace.entity';

/** What a studio user may do (ARCHITECTURE §3). */
export const userRoles = ['admin', 'editor', 'agent', 'viewer'] as const;
export type UserRole = (typeof userRoles)[number];

/** A studio user of one workspace, who logs in with e-mail and password. */
@Entity({ name: 'users' })
@Index('users_workspace_email_key', ['workspaceId', 'email'], { unique: true })
@Check('users_role_check', `"role" IN ('admin', 'editor', 'agent', 'viewer')`)
export class User {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'users_pkey' })
  id!: string;

  @workspaceIdColumn()
  workspaceId!: string;

  // `Relation<>` keeps the ESM build from reading `Workspace` before it is defined.
  @workspaceRelation('users')
  workspace?: Relation<Workspace>;

  /** Lower-cased by the service, so the unique index is case-insensitive. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ type: 'text' })
  role!: UserRole;

  /** `scrypt$<salt>$<hash>` (see `password.hasher.ts`); `null` until a password is set. */
  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash!: string | null;

  @createdAtColumn()
  createdAt!: Date;
}
