import { Redis } from 'ioredis';
import { z } from 'zod';
import { type RateLimitResult, RateLimiter } from './rate-limiter';

// INCR and PEXPIRE in one script, so a crash between them cannot leave a counter that never expires.
const script = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return { count, ttl }`;

const replySchema = z.tuple([z.number(), z.number()]);

/** Counts in Redis (`REDIS_URL`), shared by every runtime using the same Redis and prefix. */
export class RedisRateLimiter extends RateLimiter {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    super();
    this.redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
  }

  async hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
    const reply = await this.redis.eval(script, 1, `${this.prefix}rate:${key}`, String(windowMs));
    const [count, ttl] = replySchema.parse(reply);
    return { allowed: count <= limit, retryAfterSeconds: Math.max(1, Math.ceil(ttl / 1000)) };
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
