import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { createdAtColumn, foreignKeyRelation, updatedAtColumn } from '../database/entity-columns';
import { workspaceIdColumn, workspaceRelation } from '../database/workspace-columns';
import { User } from '../users/user.entity';
import type { Workspace } from '../workspaces/workspace.entity';

/**
 * A named secret of a workspace (an API token a bot's HTTP node sends, say),
 * encrypted with AES-256-GCM under the master key. The plaintext is never stored
 * and never leaves the runtime through the API; `SecretsService.resolve` hands it
 * to the code that uses it.
 */
@Entity({ name: 'secrets' })
@Index('secrets_workspace_name_key', ['workspaceId', 'name'], { unique: true })
export class Secret {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'secrets_pkey' })
  id!: string;

  @workspaceIdColumn()
  workspaceId!: string;

  @workspaceRelation('secrets')
  workspace?: Relation<Workspace>;

  /** How bot settings and nodes refer to it, e.g. `CRM_TOKEN`. */
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'bytea' })
  ciphertext!: Buffer;

  /** The random 12-byte GCM nonce of this value. */
  @Column({ type: 'bytea' })
  iv!: Buffer;

  /** The GCM authentication tag. */
  @Column({ type: 'bytea' })
  tag!: Buffer;

  /** Which master key sealed it (`masterKeyId`), so that a rotation can be checked and resumed. */
  @Column({ name: 'key_id', type: 'text' })
  keyId!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @foreignKeyRelation('secrets', 'created_by', () => User, 'SET NULL')
  creator?: Relation<User> | null;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @foreignKeyRelation('secrets', 'updated_by', () => User, 'SET NULL')
  updater?: Relation<User> | null;

  @createdAtColumn()
  createdAt!: Date;

  @updatedAtColumn()
  updatedAt!: Date;
}
