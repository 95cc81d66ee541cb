import { join } from 'node:path';
import { request } from '../testing/test-callers';
import { type FreshDatabase, freshDatabase } from '../testing/fresh-database';
import { startTestRuntime } from '../testing/test-runtime';
import { startChat, texts } from '../testing/chat-bots';

const examples = join(__dirname, '../../../../examples/bots');
const admin = { email: 'owner@shop.test', password: 'a long admin passphrase' };

describe('example bots on a new installation', () => {
  let database: FreshDatabase;
  beforeAll(async () => {
    database = await freshDatabase();
  });
  afterAll(() => database.drop());

  async function start() {
    return startTestRuntime({
      DATABASE_URL: database.url,
      PARLEY_EXAMPLE_BOTS_DIR: examples,
      PARLEY_ADMIN_EMAIL: admin.email,
      PARLEY_ADMIN_PASSWORD: admin.password,
    });
  }

  async function logIn(url: string): Promise<string> {
    const login = await request(`${url}/api/v1/auth/login`, 'POST', { body: admin });
    return ((await login.json()) as { accessToken: string }).accessToken;
  }

  it('are published to production once, ready to talk to, and not added again', async () => {
    const first = await start();
    try {
      const token = await logIn(first.url);
      const bots = (await (await request(`${first.url}/api/v1/bots`, 'GET', { token })).json()) as {
        id: string;
        name: string;
        environments: { name: string; version: number | null }[];
      }[];
      expect(bots.map((bot) => bot.name).sort()).toEqual(['Order status', 'Returns and exchanges']);
      for (const bot of bots) {
        expect(bot.environments).toEqual([
          { name: 'staging', version: 1 },
          { name: 'production', version: 1 },
        ]);
      }
      const orderStatus = bots.find((bot) => bot.name === 'Order status')!;
      const chat = await startChat(first.url, orderStatus.id);
      expect(texts(chat.first).at(-1)).toMatch(/order number/);
      // Deleting one must not bring it back at the next start.
      await request(`${first.url}/api/v1/bots/${orderStatus.id}`, 'DELETE', { token });
    } finally {
      await first.close();
    }
    const second = await start();
    try {
      const token = await logIn(second.url);
      const bots = (await (
        await request(`${second.url}/api/v1/bots`, 'GET', { token })
      ).json()) as { name: string }[];
      expect(bots.map((bot) => bot.name)).toEqual(['Returns and exchanges']);
    } finally {
      await second.close();
    }
  });
});
