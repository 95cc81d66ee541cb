import { Column } from 'typeorm';
import { Workspace } from '../workspaces/workspace.entity';
import { foreignKeyRelation } from './entity-columns';

/**
 * The columns of a row that belongs to a workspace. Kept apart from
 * `entity-columns.ts` so that `Workspace` itself can use those without an import
 * cycle.
 */

/** `workspace_id uuid NOT NULL`: the tenant every query is scoped to. */
export function workspaceIdColumn(): PropertyDecorator {
  return Column({ name: 'workspace_id', type: 'uuid' });
}

/** The workspace behind `workspace_id`; deleting the workspace deletes the row. */
export function workspaceRelation(table: string): PropertyDecorator {
  return foreignKeyRelation(table, 'workspace_id', () => Workspace, 'CASCADE');
}
