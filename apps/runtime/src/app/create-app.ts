import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { registerChannelOriginHook } from '../channels/channel-origin.hook';
import { ChannelOrigins } from '../channels/channel-origins';
import { setupOpenApi } from '../http/openapi';
import { NestPinoLogger } from '../logging/nest-pino-logger';
import { echoRequestId, requestIdFor } from '../logging/request-id';
import { registerHttpMetrics } from '../metrics/http-metrics.hook';
import { MetricsService } from '../metrics/metrics.service';
import { serveStudio } from '../studio/serve-studio';
import { AppModule, type AppModuleOptions } from './app.module';

/** What {@link createApp} needs besides the root module's options. */
export interface CreateAppOptions extends AppModuleOptions {
  logger: Logger;
}

/**
 * The Nest application on Fastify, fully wired but not yet listening: request
 * ids and request logs through `logger`, the body size limit, HTTP metrics, the
 * OpenAPI document, the widget's origin rule and CORS, the studio at `/`. Migrations have run when this resolves. Used by the runtime's
 * start and by the integration tests, so both exercise the same app.
 */
export async function createApp(options: CreateAppOptions): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    loggerInstance: options.logger,
    bodyLimit: options.config.bodyLimitBytes,
    // Behind a proxy, `request.ip` (rate limits, audit) is the client from X-Forwarded-For.
    trustProxy: options.config.trustProxy,
    genReqId: requestIdFor,
    requestIdHeader: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(options),
    adapter,
    {
      logger: new NestPinoLogger(options.logger),
      abortOnError: false,
      // New requests during shutdown get 503 (so a proxy retries elsewhere); those in flight finish.
      return503OnClosing: true,
    },
  );
  const fastify = app.getHttpAdapter().getInstance();
  echoRequestId(fastify);
  registerHttpMetrics(fastify, app.get(MetricsService));
  registerChannelOriginHook(fastify, app.get(ChannelOrigins));
  setupOpenApi(app);
  await serveStudio(app, options.config.studioDir);
  return app;
}
