import { Check, Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { createdAtColumn, foreignKeyRelation } from '../database/entity-columns';
import { User } from '../users/user.entity';
import { BotVersion } from '../versions/bot-version.entity';
import { Environment } from './environment.entity';

export const deploymentActions = ['deploy', 'promote', 'rollback', 'import'] as const;
export type DeploymentAction = (typeof deploymentActions)[number];

/** One change of the version an environment runs: the history rollback walks back through. */
@Entity({ name: 'environment_deployments' })
@Check(
  'environment_deployments_action_check',
  `"action" IN ('deploy', 'promote', 'rollback', 'import')`,
)
@Index('environment_deployments_environment_created_idx', ['environmentId', 'createdAt'])
export class EnvironmentDeployment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'environment_deployments_pkey' })
  id!: string;

  @Column({ name: 'environment_id', type: 'uuid' })
  environmentId!: string;

  @foreignKeyRelation('environment_deployments', 'environment_id', () => Environment, 'CASCADE')
  environment?: Relation<Environment>;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @foreignKeyRelation('environment_deployments', 'version_id', () => BotVersion, 'CASCADE')
  version?: Relation<BotVersion>;

  @Column({ name: 'previous_version_id', type: 'uuid', nullable: true })
  previousVersionId!: string | null;

  @Column({ type: 'text' })
  action!: DeploymentAction;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @foreignKeyRelation('environment_deployments', 'actor_user_id', () => User, 'SET NULL')
  actor?: Relation<User>;

  @createdAtColumn()
  createdAt!: Date;
}
