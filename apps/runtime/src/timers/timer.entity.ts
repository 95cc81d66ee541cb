import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { createdAtColumn } from '../database/entity-columns';

/**
 * A persisted due time: `kind` says which handler fires it, `key` tells apart the
 * timers of one kind on one subject (an engine timer id, say). At most one timer
 * per subject, kind and key: scheduling again moves it. Fired timers keep their
 * row with `fired_at` set until scheduled again or cancelled.
 */
@Entity({ name: 'timers' })
@Index('timers_subject_kind_key_key', ['subjectId', 'kind', 'key'], { unique: true })
@Index('timers_pending_due_at_idx', ['dueAt'], { where: '"fired_at" IS NULL' })
export class Timer {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'timers_pkey' })
  id!: string;

  /** What the timer belongs to (a conversation); no foreign key, any module may use timers. */
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  /** Which handler fires it, e.g. `node` or `inactivity`. */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  key!: string;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  /** Whatever the handler needs besides subject and key. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  payload!: Record<string, unknown>;

  /** When it fired; `null` while it is still to fire. */
  @Column({ name: 'fired_at', type: 'timestamptz', nullable: true })
  firedAt!: Date | null;

  @createdAtColumn()
  createdAt!: Date;
}
