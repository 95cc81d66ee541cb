import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { createdAtColumn, updatedAtColumn } from '../database/entity-columns';
import { workspaceIdColumn, workspaceRelation } from '../database/workspace-columns';
import type { Workspace } from '../workspaces/workspace.entity';

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

  @workspaceIdColumn()
  workspaceId!: string;

  @workspaceRelation('contacts')
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

  @createdAtColumn()
  createdAt!: Date;

  @updatedAtColumn()
  updatedAt!: Date;
}
