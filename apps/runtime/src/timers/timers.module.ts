import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MetricsModule } from '../metrics/metrics.module';
import { MetricsService } from '../metrics/metrics.service';
import { DataSource } from 'typeorm';
import { RUNTIME_CONFIG } from '../config/config.module';
import type { RuntimeConfig } from '../config/runtime-config.schema';
import { AfterCommit } from './after-commit';
import { LocalTimerWakeup } from './local-timer-wakeup';
import { QueueTimerWakeup } from './queue-timer-wakeup';
import { Timer } from './timer.entity';
import { TimerFiring } from './timer-firing';
import { timerMetrics } from './timer.metrics';
import { TimerWakeup } from './timer-wakeup';
import { TimersService } from './timers.service';

async function countPending(db: DataSource): Promise<number> {
  const rows: { pending: string }[] = await db.query(
    'SELECT count(*) AS pending FROM timers WHERE fired_at IS NULL',
  );
  return Number(rows[0]?.pending ?? 0);
}

/** Persisted timers: BullMQ wakes them when `REDIS_URL` is set, an in-process scheduler otherwise. */
@Module({
  imports: [TypeOrmModule.forFeature([Timer]), MetricsModule],
  providers: [
    {
      provide: TimerFiring,
      inject: [DataSource, MetricsService],
      useFactory: (db: DataSource, metrics: MetricsService) =>
        new TimerFiring(
          db,
          timerMetrics(metrics.registry, () => countPending(db)),
        ),
    },
    {
      provide: AfterCommit,
      inject: [DataSource],
      useFactory: (db: DataSource) => new AfterCommit(db),
    },
    {
      provide: TimerWakeup,
      inject: [TimerFiring, RUNTIME_CONFIG],
      useFactory: (firing: TimerFiring, config: RuntimeConfig): TimerWakeup =>
        config.redisUrl
          ? new QueueTimerWakeup(firing, config.redisUrl, config.redisPrefix, config.timerPollMs)
          : new LocalTimerWakeup(firing, config.timerPollMs),
    },
    TimersService,
  ],
  exports: [TimersService],
})
export class TimersModule {}
