import { Check, Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { createdAtColumn } from '../database/entity-columns';
import { workspaceIdColumn, workspaceRelation } from '../database/workspace-columns';
import type { UserRole } from '../users/user.entity';
import type { Workspace } from '../workspaces/workspace.entity';

/**
 * A key a company's server calls the API with, acting in one workspace with one
 * role. Only the SHA-256 of the key is stored; the key itself is shown once.
 */
@Entity({ name: 'api_keys' })
@Index('api_keys_key_hash_key', ['keyHash'], { unique: true })
@Index('api_keys_workspace_id_idx', ['workspaceId'])
@Check('api_keys_role_check', `"role" IN ('admin', 'editor', 'agent', 'viewer')`)
export class ApiKey {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'api_keys_pkey' })
  id!: string;

  @workspaceIdColumn()
  workspaceId!: string;

  @workspaceRelation('api_keys')
  workspace?: Relation<Workspace>;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  role!: UserRole;

  /** The first characters of the key (`pk_ab12…`), so people can tell keys apart. */
  @Column({ name: 'key_prefix', type: 'text' })
  keyPrefix!: string;

  /** SHA-256 of the whole key, hex. */
  @Column({ name: 'key_hash', type: 'text', select: false })
  keyHash!: string;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @createdAtColumn()
  createdAt!: Date;
}
