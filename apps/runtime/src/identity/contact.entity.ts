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
import { Workspace } from '../workspaces/workspace.entity';

/**
 * A customer a bot talks to. Verified contacts carry the company's own id for
 * them (`external_id`, from a signed identity token) and are found again by it;
 * anonymous ones have none and are never merged with anyone.
 */
@Entity({ name: 'contacts' })
@Index('contacts_workspace_external_id_key', ['workspaceId', 'externalId'], { unique: true })
export class Contact {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'contacts_pkey' })
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'contacts_workspace_id_fkey' })
  workspace?: Relation<Workspace>;

  /** The company's id of the customer (`sub`); `null` for an anonymous contact. */
  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId!: string | null;

  /** Claims of the latest verified token (name, plan…), merged over earlier ones. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  attributes!: Record<string, unknown>;

  /** Whether the contact came from a correctly signed identity token. */
  @Column({ type: 'boolean', default: false })
  verified!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
