import { e2eEnv } from '../../../studio/e2e/support/e2e-env';

type Json = Record<string, unknown>;

/** The runtime's staff API as the e2e admin: just what the widget tests set up. */
export async function adminApi() {
  const login = await call('POST', '/api/v1/auth/login', undefined, {
    email: e2eEnv.email,
    password: e2eEnv.password,
  });
  const token = String(login.accessToken);
  const as = (method: string, path: string, body?: unknown) => call(method, path, token, body);

  return {
    async botIdByName(name: string): Promise<string> {
      const bots = (await as('GET', '/api/v1/bots')) as unknown as { id: string; name: string }[];
      const bot = bots.find((b) => b.name === name);
      if (!bot) throw new Error(`no bot named ${name}`);
      return bot.id;
    },
    /** Imports a bot document and publishes it to staging; answers the bot's id. */
    async importAndPublish(document: Json): Promise<string> {
      const bot = await as('POST', '/api/v1/bots/import', document);
      const botId = String(bot.id);
      await as('POST', `/api/v1/bots/${botId}/publish`, { environment: 'staging' });
      return botId;
    },
    async createChannel(botId: string, channel: Json): Promise<string> {
      const created = await as('POST', `/api/v1/bots/${botId}/channels`, channel);
      return String(created.id);
    },
  };
}

async function call(method: string, path: string, token?: string, body?: unknown): Promise<Json> {
  const response = await fetch(`${e2eEnv.url}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : {}) as Json;
}
