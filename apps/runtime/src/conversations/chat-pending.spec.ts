import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { echoBot, publishBot, startChat, texts } from '../testing/chat-bots';
import { createTestWorkspace } from '../testing/test-callers';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';

describe('a turn slower than the request may wait', () => {
  let runtime: TestRuntime;
  let slow: Server;
  let botId: string;
  beforeAll(async () => {
    slow = createServer((_req, res) => setTimeout(() => res.end('{}'), 1_500));
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const { port } = slow.address() as AddressInfo;
    runtime = await startTestRuntime({ PARLEY_TURN_WAIT_MS: '300' });
    const shop = await createTestWorkspace(runtime.app);
    botId = await publishBot(
      runtime.url,
      shop.users.editor.token,
      echoBot({ lookupUrl: `http://127.0.0.1:${port}/slow` }),
    );
  });
  afterAll(async () => {
    await runtime.close();
    slow.close();
  });

  it('answers 202 with the stored message, and the replies follow in the message list', async () => {
    const chat = await startChat(runtime.url, botId);
    const sent = await chat.send({ text: 'take your time', clientMessageId: 'slow-1' });
    expect(sent.status).toBe(202);
    expect(sent.body).toMatchObject({ pending: true, replies: [] });
    const stored = sent.body.message as { seq: number };
    let replies: string[] = [];
    for (let tries = 0; tries < 100 && replies.length === 0; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      replies = texts((await chat.list(stored.seq)).messages);
    }
    expect(replies).toEqual(['You said: take your time', 'Say something.']);
    // Sent again, the same message is answered from the store, without a second turn.
    const again = await chat.send({ text: 'take your time', clientMessageId: 'slow-1' });
    expect(again.status).toBe(200);
    expect(texts(again.body.replies)).toEqual(replies);
  });
});
