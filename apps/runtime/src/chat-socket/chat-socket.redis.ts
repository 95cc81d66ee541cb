import type { Logger } from '@nestjs/common';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';

/** The Redis adapter of the chat sockets and the two connections it needs. */
export interface ChatSocketRedis {
  adapter: ReturnType<typeof createAdapter>;
  close(): Promise<void>;
}

/**
 * Rooms across replicas through Redis pub/sub (`REDIS_URL`), on channels under
 * the runtime's key prefix, so runtimes sharing one Redis stay apart.
 */
export function chatSocketRedis(url: string, prefix: string, logger: Logger): ChatSocketRedis {
  const publisher = new Redis(url, { maxRetriesPerRequest: 2 });
  // A subscribing connection can do nothing else: the adapter needs its own.
  const subscriber = publisher.duplicate();
  for (const client of [publisher, subscriber]) {
    client.on('error', (error: Error) => logger.warn(`Chat socket Redis: ${error.message}`));
  }
  return {
    adapter: createAdapter(publisher, subscriber, { key: `${prefix}socket.io` }),
    close: async () => {
      await Promise.all(
        [publisher, subscriber].map(async (client) => {
          // The adapter subscribes without waiting for an answer: closing under those
          // commands would reject them where nobody listens (a runtime stopped just
          // after it started). Redis answers in order, so a PING answered means they were.
          await answeredWithin(client, DRAIN_MS);
          await client.quit().then(
            () => undefined,
            () => client.disconnect(),
          );
        }),
      );
    },
  };
}

/** How long closing waits for Redis to answer what was already sent. */
const DRAIN_MS = 1_000;

/** Resolves once Redis has answered every command sent so far on `client`, or after `ms`. */
async function answeredWithin(client: Redis, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  try {
    await Promise.race([
      client.ping().then(
        () => undefined,
        () => undefined,
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
