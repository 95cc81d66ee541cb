import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { createdAtColumn, updatedAtColumn } from '../database/entity-columns';
import { workspaceIdColumn, workspaceRelation } from '../database/workspace-columns';
import type { Workspace } from '../workspaces/workspace.entity';

/** A bot document as JSON: the draft may not validate yet while it is being drawn. */
export type BotDraft = Record<string, unknown>;

/**
 * A bot and its one editable draft (the bot document, ARCHITECTURE §2, as
 * `jsonb`). Published versions are immutable rows of their own, added with the
 * versions issue. `draftRevision` grows with every save so that two editors
 * cannot silently overwrite each other.
 */
@Entity({ name: 'bots' })
@Index('bots_workspace_id_idx', ['workspaceId'])
export class Bot {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'bots_pkey' })
  id!: string;

  @workspaceIdColumn()
  workspaceId!: string;

  @workspaceRelation('bots')
  workspace?: Relation<Workspace>;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'jsonb' })
  draft!: BotDraft;

  @Column({ name: 'draft_revision', type: 'integer', default: 1 })
  draftRevision!: number;

  @createdAtColumn()
  createdAt!: Date;

  @updatedAtColumn()
  updatedAt!: Date;
}
