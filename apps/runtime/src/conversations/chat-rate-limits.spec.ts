import { echoBot, publishBot, startChat } from '../testing/chat-bots';
import { createTestWorkspace, request } from '../testing/test-callers';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';

describe('chat API rate limits', () => {
  let runtime: TestRuntime;
  let botId: string;
  beforeAll(async () => {
    runtime = await startTestRuntime({
      PARLEY_CHAT_RATE_PER_ADDRESS: '8',
      PARLEY_CHAT_RATE_PER_CONVERSATION: '3',
    });
    const shop = await createTestWorkspace(runtime.app);
    botId = await publishBot(runtime.url, shop.users.editor.token, echoBot());
  });
  afterAll(() => runtime.close());

  it('refuses a conversation past its messages a minute with 429 and Retry-After, storing nothing', async () => {
    const chat = await startChat(runtime.url, botId);
    for (const text of ['one', 'two', 'three']) {
      expect((await chat.send({ text })).status).toBe(200);
    }
    const refused = await request(
      `${runtime.url}/api/v1/bots/${botId}/conversations/${chat.conversationId}/messages`,
      'POST',
      { token: chat.token, body: { text: 'four' } },
    );
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const history = await chat.list();
    expect(history.messages.filter((m) => m.author === 'customer')).toHaveLength(3);
  });

  it('refuses a client address past its requests a minute, whichever conversation', async () => {
    // The first test used 4 of the address' 8; one more start, then the address is out.
    const other = await startChat(runtime.url, botId);
    expect((await other.send({ text: 'hello' })).status).toBe(200);
    expect((await other.send({ text: 'again' })).status).toBe(200);
    expect((await other.send({ text: 'more' })).status).toBe(429);
    const start = await request(`${runtime.url}/api/v1/bots/${botId}/conversations`, 'POST', {
      body: {},
    });
    expect(start.status).toBe(429);
    expect(start.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});
