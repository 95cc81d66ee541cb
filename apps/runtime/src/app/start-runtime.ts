import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DestinationStream, Logger } from 'pino';
import { describeSystemError, prepareDataDir } from '../config/data-dir';
import { loadConfig } from '../config/load-config';
import { readOrCreateMasterKey } from '../config/master-key-file';
import { StartupError } from '../config/startup-error';
import { checkDatabase } from '../database/check-database';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../database/embedded-postgres';
import { createLogger } from '../logging/create-logger';
import { createApp } from './create-app';

/** A started runtime. */
export interface RunningRuntime {
  /** Where it listens, e.g. `http://127.0.0.1:3000`. */
  url: string;
  app: NestFastifyApplication;
  logger: Logger;
  /** Set when the runtime started its own PostgreSQL. */
  embedded?: EmbeddedDatabase;
  /**
   * Stops accepting connections, lets requests in flight finish, closes the
   * database pool, then stops the embedded PostgreSQL. Safe to call twice.
   */
  stop(): Promise<void>;
}

/**
 * Starts the runtime from environment variables: configuration, data folder and
 * master key, then the database (`DATABASE_URL`, or the embedded PostgreSQL),
 * migrations, and the HTTP server. Bad configuration throws a `StartupError`.
 */
export async function startRuntime(
  env: Record<string, string | undefined>,
  logDestination?: DestinationStream,
): Promise<RunningRuntime> {
  const config = loadConfig(env);
  await prepareDataDir(config.dataDir);
  const logger = createLogger(config.logLevel, logDestination);
  const masterKey =
    config.masterKey ??
    (await readOrCreateMasterKey(config.dataDir, (file) =>
      // Losing this file loses every stored secret: say so loudly, once, when it is made.
      logger.warn(
        { file },
        'generated a new master key; back this file up (or set PARLEY_MASTER_KEY): without it the secrets vault cannot be decrypted',
      ),
    ));
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres(config.dataDir, (line) => logger.debug({ postgres: line }));
  try {
    const databaseUrl = config.databaseUrl ?? embedded?.url ?? '';
    await checkDatabase(databaseUrl, embedded ? 'PARLEY_DATA_DIR' : 'DATABASE_URL');
    if (embedded) logger.info({ created: embedded.created }, 'embedded PostgreSQL started');
    const app = await createApp({ config, masterKey, databaseUrl, logger });
    await app.listen({ port: config.port, host: config.host }).catch((error: unknown) => {
      throw StartupError.of(
        'PORT',
        `cannot listen on ${config.host}:${config.port} (${describeSystemError(error)})`,
      );
    });
    let stopping: Promise<void> | undefined;
    const stop = async () => {
      try {
        await app.close();
      } finally {
        await embedded?.stop();
      }
    };
    return {
      url: urlOf(app, config.host),
      app,
      logger,
      embedded,
      stop: () => (stopping ??= stop()),
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/** The URL to print: a wildcard host is reached through `localhost`. */
function urlOf(app: NestFastifyApplication, host: string): string {
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const shown =
    host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}
