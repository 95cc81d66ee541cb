import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
  TransactionStartEvent,
} from 'typeorm';

interface Deferred {
  /** The transaction depth it was deferred at (savepoints nest). */
  depth: number;
  run: () => void;
}

/**
 * Runs callbacks once the transaction they were deferred in has committed, and
 * drops them when it (or the savepoint they were deferred in) rolls back. A timer
 * scheduled in a caller's transaction wakes the scheduler only once it is there to
 * be claimed, and never for a rolled-back one. Listens to the data source's
 * transaction events; {@link AfterCommit.detach} stops that.
 */
export class AfterCommit implements EntitySubscriberInterface {
  private readonly depths = new WeakMap<QueryRunner, number>();
  private readonly pending = new WeakMap<QueryRunner, Deferred[]>();

  constructor(private readonly dataSource: DataSource) {
    dataSource.subscribers.push(this);
  }

  /** Runs `run` after `manager`'s transaction commits, or at once outside a transaction. */
  defer(manager: EntityManager, run: () => void): void {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) {
      run();
      return;
    }
    const list = this.pending.get(runner) ?? [];
    list.push({ depth: this.depths.get(runner) ?? 1, run });
    this.pending.set(runner, list);
  }

  detach(): void {
    const index = this.dataSource.subscribers.indexOf(this);
    if (index >= 0) this.dataSource.subscribers.splice(index, 1);
  }

  afterTransactionStart({ queryRunner }: TransactionStartEvent): void {
    this.depths.set(queryRunner, (this.depths.get(queryRunner) ?? 0) + 1);
  }

  afterTransactionCommit({ queryRunner }: TransactionCommitEvent): void {
    const depth = this.leave(queryRunner);
    const list = this.pending.get(queryRunner) ?? [];
    if (queryRunner.isTransactionActive) {
      // A released savepoint: what it deferred now belongs to the enclosing level.
      for (const deferred of list) deferred.depth = Math.min(deferred.depth, depth);
      return;
    }
    this.pending.delete(queryRunner);
    for (const deferred of list) deferred.run();
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    const depth = this.leave(queryRunner);
    const list = this.pending.get(queryRunner) ?? [];
    const kept = queryRunner.isTransactionActive ? list.filter((d) => d.depth <= depth) : [];
    if (kept.length > 0) this.pending.set(queryRunner, kept);
    else this.pending.delete(queryRunner);
  }

  /** Steps out of one transaction level; the depth left. */
  private leave(queryRunner: QueryRunner): number {
    const depth = Math.max((this.depths.get(queryRunner) ?? 1) - 1, 0);
    this.depths.set(queryRunner, depth);
    return depth;
  }
}
