import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ChannelOrigins } from './channel-origins';
import { ORIGIN_REFUSED } from './origin-policy';

const CHAT = '/api/v1/bots/:botId/conversations';
const MESSAGES = `${CHAT}/:conversationId/messages`;
const WIDGET = '/api/v1/channels/:channelId/widget';

/** Preflights arrive before routing (no route answers OPTIONS), so they are matched by path. */
const preflightPaths: {
  pattern: RegExp;
  allowed: (origins: ChannelOrigins, id: string) => Promise<ReadonlySet<string> | undefined>;
}[] = [
  { pattern: /^\/api\/v1\/channels\/([^/]+)\/widget$/, allowed: (o, id) => o.ofChannel(id) },
  { pattern: /^\/api\/v1\/bots\/([^/]+)\/conversations$/, allowed: (o, id) => o.ofBot(id) },
  {
    pattern: /^\/api\/v1\/bots\/[^/]+\/conversations\/([^/]+)\/messages$/,
    allowed: (o, id) => o.ofConversation(id),
  },
];

/**
 * The widget contract's origin rule and CORS on the chat routes: a browser
 * (`Origin` sent) gets through only from an origin the channel allows or from
 * the runtime's own pages, and only those get CORS headers. Requests without
 * `Origin` cost one header read.
 */
export function registerChannelOriginHook(fastify: FastifyInstance, origins: ChannelOrigins): void {
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'OPTIONS' || !request.headers.origin) return;
    if (!request.headers['access-control-request-method']) return;
    const path = request.url.split('?')[0] ?? '';
    for (const { pattern, allowed } of preflightPaths) {
      const id = pattern.exec(path)?.[1];
      if (id === undefined) continue;
      const set = await allowed(origins, decodeURIComponent(id));
      if (!set) return;
      const context = origins.context(request.headers);
      if (!origins.allows(context, set)) return refuse(reply);
      allowCors(reply, context.origin ?? '');
      return reply
        .header('access-control-allow-methods', 'GET, POST, OPTIONS')
        .header('access-control-max-age', '600')
        .status(204)
        .send();
    }
  });

  // After the body is parsed: a conversation's start names its channel in the body.
  fastify.addHook('preHandler', async (request, reply) => {
    if (!request.headers.origin) return;
    const set = await allowedFor(origins, request);
    if (!set) return;
    const context = origins.context(request.headers);
    if (!origins.allows(context, set)) return refuse(reply);
    allowCors(reply, context.origin ?? '');
  });
}

function allowedFor(
  origins: ChannelOrigins,
  request: FastifyRequest,
): Promise<ReadonlySet<string> | undefined> {
  const params = (request.params ?? {}) as Record<string, string | undefined>;
  switch (request.routeOptions.url) {
    case WIDGET:
      return origins.ofChannel(params.channelId);
    case CHAT: {
      if (request.method !== 'POST') return Promise.resolve(undefined);
      const body = request.body as { channelId?: unknown } | null | undefined;
      return origins.ofChannel(body?.channelId);
    }
    case MESSAGES:
      return origins.ofConversation(params.conversationId);
    default:
      return Promise.resolve(undefined);
  }
}

function allowCors(reply: FastifyReply, origin: string): void {
  void reply
    .header('access-control-allow-origin', origin)
    .header('vary', 'Origin')
    .header('access-control-allow-headers', 'content-type, authorization');
}

function refuse(reply: FastifyReply): FastifyReply {
  return reply.status(403).send({ statusCode: 403, message: ORIGIN_REFUSED });
}
