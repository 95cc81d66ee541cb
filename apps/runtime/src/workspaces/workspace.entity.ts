import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { createdAtColumn } from '../database/entity-columns';

/**
 * A tenant: every other object belongs to one workspace, and every query is
 * scoped to the caller's workspace (ARCHITECTURE §3).
 */
@Entity({ name: 'workspaces' })
export class Workspace {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'workspaces_pkey' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @createdAtColumn()
  createdAt!: Date;
}
