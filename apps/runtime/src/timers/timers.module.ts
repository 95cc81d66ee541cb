import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RUNTIME_CONFIG } from '../config/config.module';
import type { RuntimeConfig } from '../config/runtime-config.schema';
import { AfterCommit } from './after-commit';
import { LocalTimerWakeup } from './local-timer-wakeup';
import { QueueTimerWakeup } from './queue-timer-wakeup';
import { Timer } from './timer.entity';
import { TimerFiring } from './timer-firing';
import { TimerWakeup } from './timer-wakeup';
import { TimersService } from './timers.service';

/** Persisted timers: BullMQ wakes them when `REDIS_URL` is set, an in-process scheduler otherwise. */
@Module({
  imports: [TypeOrmModule.forFeature([Timer])],
  providers: [
    {
      provide: TimerFiring,
      inject: [DataSource],
      useFactory: (db: DataSource) => new TimerFiring(db),
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
