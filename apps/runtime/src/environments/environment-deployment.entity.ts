import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
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

  @ManyToOne(() => Environment, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'environment_id',
    foreignKeyConstraintName: 'environment_deployments_environment_id_fkey',
  })
  environment?: Relation<Environment>;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @ManyToOne(() => BotVersion, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'version_id',
    foreignKeyConstraintName: 'environment_deployments_version_id_fkey',
  })
  version?: Relation<BotVersion>;

  @Column({ name: 'previous_version_id', type: 'uuid', nullable: true })
  previousVersionId!: string | null;

  @Column({ type: 'text' })
  action!: DeploymentAction;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'actor_user_id',
    foreignKeyConstraintName: 'environment_deployments_actor_user_id_fkey',
  })
  actor?: Relation<User>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
