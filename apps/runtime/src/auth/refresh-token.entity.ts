import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { createdAtColumn, foreignKeyRelation } from '../database/entity-columns';
import { User } from '../users/user.entity';

/**
 * A refresh token of one log-in session. Only the SHA-256 of the random token is
 * stored; rotating it revokes this row and adds the next one.
 */
@Entity({ name: 'refresh_tokens' })
@Index('refresh_tokens_token_hash_key', ['tokenHash'], { unique: true })
@Index('refresh_tokens_user_id_idx', ['userId'])
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'refresh_tokens_pkey' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @foreignKeyRelation('refresh_tokens', 'user_id', () => User, 'CASCADE')
  user?: Relation<User>;

  /** SHA-256 of the token, hex. */
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  /** Set by rotation, log-out, password or role change. */
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @createdAtColumn()
  createdAt!: Date;
}
