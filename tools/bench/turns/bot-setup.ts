import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { apiCall as call } from '../shared/api-call';

/** One open conversation: its id and the token its messages are sent with. */
export interface BenchConversation {
  conversationId: string;
  token: string;
}

/** The benchmark bot: ten rule nodes, no lookups (`turns-bench-bot.json`). */
export const BENCH_BOT_FILE = join(import.meta.dirname, 'turns-bench-bot.json');

/**
 * Logs in as the bootstrapped admin, imports the benchmark bot and publishes it
 * to `production`, where new conversations start. Returns the bot's id.
 */
export async function setUpBenchBot(
  baseUrl: string,
  admin: { email: string; password: string },
): Promise<string> {
  const session = await call<{ accessToken: string }>(baseUrl, 'POST', '/api/v1/auth/login', 200, {
    body: admin,
  });
  const auth = `Bearer ${session.accessToken}`;
  const document: unknown = JSON.parse(await readFile(BENCH_BOT_FILE, 'utf8'));
  const bot = await call<{ id: string }>(baseUrl, 'POST', '/api/v1/bots/import', 201, {
    body: document,
    auth,
  });
  await call(baseUrl, 'POST', `/api/v1/bots/${bot.id}/publish`, 201, {
    body: { note: 'turns benchmark', environment: 'production' },
    auth,
  });
  return bot.id;
}

/** Opens `count` conversations with the bot, a few at a time. */
export async function openConversations(
  baseUrl: string,
  botId: string,
  count: number,
): Promise<BenchConversation[]> {
  const open = (): Promise<BenchConversation> =>
    call<BenchConversation>(baseUrl, 'POST', `/api/v1/bots/${botId}/conversations`, 201, {
      body: {},
    });
  const conversations: BenchConversation[] = [];
  while (conversations.length < count) {
    const batch = Math.min(20, count - conversations.length);
    conversations.push(...(await Promise.all(Array.from({ length: batch }, open))));
  }
  return conversations;
}
