import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Paths that belong to the server: a miss there is a real 404, never the studio's
 * page (an API client asking for a wrong URL must not get HTML back).
 */
const serverPaths = ['/api', '/socket.io', '/health', '/ready', '/metrics'];

/**
 * Serves the studio (a single-page app) at `/`: its files as they are, and
 * `index.html` for every other page path so that a reload or a shared link
 * on `/bots/…` opens the app, which routes in the browser. Without a build
 * in `studioDir`, `/` says how to build it instead.
 */
export async function serveStudio(
  app: NestFastifyApplication,
  studioDir: string | undefined,
): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const indexHtml = studioDir
    ? await readFile(join(studioDir, 'index.html'), 'utf8').catch(() => undefined)
    : undefined;
  if (!studioDir || indexHtml === undefined) {
    fastify.get('/', (_request, reply) => sendNotBuilt(reply));
    return;
  }
  await app.register(fastifyStatic, {
    root: studioDir,
    // Each built file gets its own route; the catch-all below answers the rest.
    wildcard: false,
    // Swagger UI registers the plugin too; the reply decorator may exist only once.
    decorateReply: false,
    setHeaders: (reply, path) => {
      // Vite puts a content hash in every asset name, so those never change.
      const immutable = path.includes('/assets/');
      void reply.header(
        'cache-control',
        immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  fastify.get('/*', (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (serverPaths.some((server) => path === server || path.startsWith(`${server}/`))) {
      return reply.callNotFound();
    }
    return reply
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(indexHtml);
  });
}

function sendNotBuilt(reply: FastifyReply): FastifyReply {
  return reply
    .type('text/html; charset=utf-8')
    .send(
      '<!doctype html><meta charset="utf-8"><title>Parley</title>' +
        '<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;line-height:1.5">' +
        '<h1>Parley is running</h1><p>The studio is not built. Run <code>npm start</code> ' +
        '(it builds the studio), or <code>npm run build -w @parley/studio</code>, or set ' +
        '<code>PARLEY_STUDIO_DIR</code> to a built studio. The API is at <a href="/api/docs">/api/docs</a>.</p>',
    );
}
