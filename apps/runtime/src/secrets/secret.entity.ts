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
import { User } from '../users/user.entity';
import { Workspace } from '../workspaces/workspace.entity';

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

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'secrets_workspace_id_fkey' })
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

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'secrets_created_by_fkey' })
  creator?: Relation<User> | null;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'secrets_updated_by_fkey' })
  updater?: Relation<User> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
