import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { RUNTIME_CONFIG } from '../config/config.module';
import type { RuntimeConfig } from '../config/runtime-config.schema';
import { MemoryRateLimiter, RateLimiter } from './rate-limiter';
import { RedisRateLimiter } from './redis-rate-limiter';

/** Provides the {@link RateLimiter}: in Redis when `REDIS_URL` is set, in memory otherwise. */
@Global()
@Module({
  providers: [
    {
      provide: RateLimiter,
      inject: [RUNTIME_CONFIG],
      useFactory: (config: RuntimeConfig): RateLimiter =>
        config.redisUrl
          ? new RedisRateLimiter(config.redisUrl, config.redisPrefix)
          : new MemoryRateLimiter(),
    },
  ],
  exports: [RateLimiter],
})
export class RateLimitModule implements OnApplicationShutdown {
  constructor(@Inject(RateLimiter) private readonly limiter: RateLimiter) {}

  async onApplicationShutdown(): Promise<void> {
    await this.limiter.close();
  }
}
