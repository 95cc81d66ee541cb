import { createHmac, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { SecretsService } from '../secrets/secrets.service';
import { echoBot, publishBot, publishDraft, startChat, texts } from '../testing/chat-bots';
import { createTestWorkspace, request, type TestWorkspace } from '../testing/test-callers';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';
import { ConversationTokenService } from './conversation-token.service';

type Json = Record<string, unknown>;

/** A stand-in for the shop's order system, answering what the order-status bot asks. */
function ordersApi(): Promise<{ server: Server; url: string; authorizations: string[] }> {
  const authorizations: string[] = [];
  const server = createServer((req, res) => {
    authorizations.push(req.headers.authorization ?? '');
    const orderId = req.url?.split('/').pop();
    res.setHeader('content-type', 'application/json');
    if (orderId !== 'AB123456') {
      res.statusCode = 404;
      res.end(JSON.stringify({ error: 'not found' }));
      return;
    }
    res.end(
      JSON.stringify({
        status: 'shipped',
        estimatedDelivery: '2026-01-18',
        carrier: 'DHL',
        trackingNumber: 'JD014600003SE',
      }),
    );
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${port}`, authorizations });
    });
  });
}

async function count(dataSource: DataSource, sql: string, params: unknown[]): Promise<number> {
  const [row] = await dataSource.query<{ n: string }[]>(sql, params);
  return Number(row?.n ?? 0);
}

describe('chat API', () => {
  let runtime: TestRuntime;
  let shop: TestWorkspace;
  let dataSource: DataSource;
  let echoBotId: string;

  beforeAll(async () => {
    runtime = await startTestRuntime();
    shop = await createTestWorkspace(runtime.app);
    dataSource = runtime.app.get(DataSource);
    echoBotId = await publishBot(runtime.url, shop.users.editor.token, echoBot());
  });
  afterAll(() => runtime.close());

  it('runs a whole conversation of the order-status example, with its look-up and secret', async () => {
    const orders = await ordersApi();
    try {
      const document = JSON.parse(
        await readFile(join(__dirname, '../../../../examples/bots/order-status.json'), 'utf8'),
      ) as Json;
      const pointed = JSON.parse(
        JSON.stringify(document).replace('https://orders.example.com', orders.url),
      ) as Json;
      const botId = await publishBot(runtime.url, shop.users.editor.token, pointed);
      await runtime.app
        .get(SecretsService)
        .create(shop.workspaceId, 'ORDERS_TOKEN', 'orders-secret-token');
      const patched = await request(
        `${runtime.url}/api/v1/bots/${botId}/environments/production`,
        'PATCH',
        { token: shop.users.editor.token, body: { secrets: { 'orders-api': 'ORDERS_TOKEN' } } },
      );
      expect(patched.status).toBe(200);

      const chat = await startChat(runtime.url, botId);
      expect(texts(chat.first)).toEqual([
        "Hi! I'm the order assistant. I can tell you where your order is.",
        "What is your order number? It's two letters and six digits, like AB123456.",
      ]);
      const found = await chat.send({ text: 'AB123456' });
      expect(found.status).toBe(200);
      expect(texts(found.body.replies)).toEqual([
        'Good news: order AB123456 has shipped and should arrive by 2026-01-18.',
        'DHL · JD014600003SE',
        'Can I help with anything else?',
      ]);
      expect(orders.authorizations).toEqual(['Bearer orders-secret-token']);
      const done = await chat.send({ payload: 'done', text: "No, that's all" });
      expect(texts(done.body.replies)).toEqual(['How did I do today?']);
      const rated = await chat.send({ payload: '5' });
      expect(texts(rated.body.replies)).toEqual([
        'Thank you for your feedback!',
        'Thanks for shopping with us. Goodbye!',
        '[end]',
      ]);
      expect(rated.body.status).toBe('ended');

      const history = await chat.list();
      expect(history.state).toBe('ended');
      expect(history.messages.map((message) => message.seq)).toEqual(
        history.messages.map((_, index) => index + 1),
      );
      expect(history.messages.filter((m) => m.direction === 'in').map((m) => m.author)).toEqual([
        'system',
        'customer',
        'customer',
        'customer',
      ]);
      const after = await chat.list(history.messages.at(-2)!.seq);
      expect(after.messages).toEqual([history.messages.at(-1)]);
      const turns = await count(
        dataSource,
        `SELECT count(*) AS n FROM turns WHERE conversation_id = $1 AND outcome = 'ok'`,
        [chat.conversationId],
      );
      expect(turns).toBe(4);

      // Staff see the conversation and every turn's trace; a viewer sees the list only.
      const listed = await request(`${runtime.url}/api/v1/bots/${botId}/conversations`, 'GET', {
        token: shop.users.viewer.token,
      });
      expect(await listed.json()).toEqual([
        expect.objectContaining({ id: chat.conversationId, status: 'ended', turns: 4, version: 1 }),
      ]);
      const turnsUrl = `${runtime.url}/api/v1/bots/${botId}/conversations/${chat.conversationId}/turns`;
      expect((await request(turnsUrl, 'GET', { token: shop.users.viewer.token })).status).toBe(403);
      const traced = (await (
        await request(turnsUrl, 'GET', { token: shop.users.editor.token })
      ).json()) as { number: number; inbound: { content: Json }; trace: Json[] }[];
      expect(traced.map((turn) => turn.number)).toEqual([1, 2, 3, 4]);
      expect(traced[1]?.inbound.content).toEqual({ type: 'text', text: 'AB123456' });
      expect(traced[1]?.trace).toContainEqual(
        expect.objectContaining({ type: 'step', nodeId: 'find-order', outcome: 'found' }),
      );
      expect(JSON.stringify(traced)).not.toContain('orders-secret-token');

      const late = await chat.send({ text: 'hello?' });
      expect(late.status).toBe(409);
      expect(late.body.message).toMatch(/ended/);
    } finally {
      orders.server.close();
    }
  });

  it('refuses bad input clearly and leaves no half-written row', async () => {
    const chat = await startChat(runtime.url, echoBotId);
    const messagesBefore = await count(dataSource, 'SELECT count(*) AS n FROM chat_messages', []);
    const root = `${runtime.url}/api/v1/bots`;
    expect(
      (await request(`${root}/${randomUUID()}/conversations`, 'POST', { body: {} })).status,
    ).toBe(404);
    const unpublished = await request(`${root}/${echoBotId}/conversations`, 'POST', {
      body: { environment: 'staging' },
    });
    expect(unpublished.status).toBe(409);
    expect(((await unpublished.json()) as Json).message).toMatch(
      /Nothing is published in the "staging"/,
    );
    expect(
      (await request(`${root}/${echoBotId}/conversations`, 'POST', { body: { colour: 'red' } }))
        .status,
    ).toBe(400);
    const unknownConversation = await request(
      `${root}/${echoBotId}/conversations/${randomUUID()}/messages`,
      'POST',
      { token: chat.token, body: { text: 'hi' } },
    );
    expect(unknownConversation.status).toBe(404);
    expect((await chat.send({ text: 'hi' }, 'not-a-token')).status).toBe(401);
    const expired = runtime.app
      .get(ConversationTokenService)
      .sign(chat.conversationId, Date.now() - 8 * 24 * 3600 * 1000);
    expect((await chat.send({ text: 'hi' }, expired)).status).toBe(401);
    const otherChat = await startChat(runtime.url, echoBotId);
    expect((await chat.send({ text: 'hi' }, otherChat.token)).status).toBe(401);
    expect((await chat.send({ text: 'x'.repeat(4_001) })).status).toBe(413);
    expect((await chat.send({ text: '' })).status).toBe(400);
    expect((await chat.send({ text: 'hi', extra: true })).status).toBe(400);
    const wrongBot = await request(
      `${root}/${randomUUID()}/conversations/${chat.conversationId}/messages`,
      'POST',
      { token: chat.token, body: { text: 'hi' } },
    );
    expect(wrongBot.status).toBe(404);
    const messagesAfter = await count(dataSource, 'SELECT count(*) AS n FROM chat_messages', []);
    // Only the second conversation's start and greeting were written.
    expect(messagesAfter - messagesBefore).toBe(otherChat.first.length + 1);
  });

  it('answers a repeated clientMessageId with the stored replies, in one turn', async () => {
    const chat = await startChat(runtime.url, echoBotId);
    const first = await chat.send({ text: 'once', clientMessageId: 'm-1' });
    const again = await chat.send({ text: 'once', clientMessageId: 'm-1' });
    expect(texts(first.body.replies)).toEqual(['You said: once', 'Say something.']);
    expect(again.body).toEqual(first.body);
    const [firstRace, secondRace] = await Promise.all([
      chat.send({ text: 'twice', clientMessageId: 'm-2' }),
      chat.send({ text: 'twice', clientMessageId: 'm-2' }),
    ]);
    expect(firstRace.body.replies).toEqual(secondRace.body.replies);
    const turns = await count(
      dataSource,
      'SELECT count(*) AS n FROM turns WHERE conversation_id = $1',
      [chat.conversationId],
    );
    expect(turns).toBe(3);
  });

  it('stores 50 concurrent messages to one conversation and answers each once, in order', async () => {
    const chat = await startChat(runtime.url, echoBotId);
    const sent = Array.from({ length: 50 }, (_, i) => `message ${i}`);
    const results = await Promise.all(sent.map((text) => chat.send({ text })));
    results.forEach((result, i) => {
      expect(result.status).toBe(200);
      expect(texts(result.body.replies)).toEqual([`You said: ${sent[i]}`, 'Say something.']);
    });
    const history = await chat.list();
    const inbound = history.messages.filter((m) => m.direction === 'in' && m.author === 'customer');
    expect(inbound.map((m) => m.content.text).sort()).toEqual([...sent].sort());
    // In store order, every message is followed by its own echo before the next one.
    const echoes = history.messages
      .filter((m) => m.content.text?.startsWith('You said: '))
      .map((m) => m.content.text?.slice('You said: '.length));
    expect(echoes).toEqual(inbound.map((m) => m.content.text));
    const turnsPerMessage: { n: string }[] = await dataSource.query(
      `SELECT count(*) AS n FROM turns WHERE conversation_id = $1 GROUP BY inbound_message_id`,
      [chat.conversationId],
    );
    expect(turnsPerMessage).toHaveLength(51);
    expect(turnsPerMessage.every((row) => row.n === '1')).toBe(true);
  });

  it('keeps a conversation on the version it started on across a publish', async () => {
    const botId = await publishBot(
      runtime.url,
      shop.users.editor.token,
      echoBot({ greeting: 'Version one here.' }),
    );
    const before = await startChat(runtime.url, botId);
    expect(texts(before.first)[0]).toBe('Version one here.');
    const draft = await request(`${runtime.url}/api/v1/bots/${botId}/draft`, 'PUT', {
      token: shop.users.editor.token,
      body: { revision: 1, document: echoBot({ greeting: 'Version two here.' }) },
    });
    expect(draft.status).toBe(200);
    expect(await publishDraft(runtime.url, shop.users.editor.token, botId)).toBe(2);
    const after = await startChat(runtime.url, botId);
    expect(texts(after.first)[0]).toBe('Version two here.');
    const [pinned]: { number: number }[] = await dataSource.query(
      `SELECT v.number FROM conversations c JOIN bot_versions v ON v.id = c.version_id WHERE c.id = $1`,
      [before.conversationId],
    );
    expect(pinned?.number).toBe(1);
    expect(texts((await before.send({ text: 'still one?' })).body.replies)).toEqual([
      'You said: still one?',
      'Say something.',
    ]);
  });

  it('lets other conversations go on while one waits 2 s on a slow port, holding no connection', async () => {
    let release: () => void = () => undefined;
    const arrived: string[] = [];
    const slow = createServer((req, res) => {
      arrived.push(req.url ?? '');
      release = () => res.end(JSON.stringify({ ok: true }));
      setTimeout(release, 2_000);
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = slow.address() as AddressInfo;
      const slowBot = await publishBot(
        runtime.url,
        shop.users.editor.token,
        echoBot({ lookupUrl: `http://127.0.0.1:${port}/slow` }),
      );
      const waiting = await startChat(runtime.url, slowBot);
      const order: string[] = [];
      const slowTurn = waiting.send({ text: 'slow' }).then((result) => {
        order.push('slow');
        return result;
      });
      while (arrived.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      // The slow turn is waiting on the port now: nothing of the runtime's is busy in the database.
      const inTransaction = await count(
        dataSource,
        `SELECT count(*) AS n FROM pg_stat_activity
         WHERE application_name = 'parley-runtime' AND state LIKE 'idle in transaction%'`,
        [],
      );
      expect(inTransaction).toBe(0);
      const others = await Promise.all(
        Array.from({ length: 5 }, async (_, i) => {
          const chat = await startChat(runtime.url, echoBotId);
          const result = await chat.send({ text: `fast ${i}` });
          order.push('fast');
          return result;
        }),
      );
      expect(others.every((result) => result.status === 200)).toBe(true);
      const slowResult = await slowTurn;
      expect(texts(slowResult.body.replies)).toEqual(['You said: slow', 'Say something.']);
      expect(order).toEqual(['fast', 'fast', 'fast', 'fast', 'fast', 'slow']);
    } finally {
      slow.close();
    }
  });

  it('links a conversation to the contact of a signed identity token, and never to a forged one', async () => {
    const secret = 'identity-signing-secret-of-the-shop';
    await runtime.app
      .get(SecretsService)
      .create(shop.workspaceId, 'IDENTITY_SIGNING_SECRET', secret);
    const sign = (payload: Json, key: string) => {
      const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
      return `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
    };
    const exp = Math.floor(Date.now() / 1000) + 600;
    const contactOf = async (conversationId: string) => {
      const [row] = await dataSource.query<{ external_id: string | null; verified: boolean }[]>(
        `SELECT ct.external_id, ct.verified FROM conversations c
         JOIN contacts ct ON ct.id = c.contact_id WHERE c.id = $1`,
        [conversationId],
      );
      return row;
    };
    const verified = await startChat(runtime.url, echoBotId, {
      identityToken: sign({ sub: 'customer-42', name: 'Ada', exp }, secret),
    });
    expect(await contactOf(verified.conversationId)).toEqual({
      external_id: 'customer-42',
      verified: true,
    });
    const again = await startChat(runtime.url, echoBotId, {
      identityToken: sign({ sub: 'customer-42', exp }, secret),
    });
    const [sameContact] = await dataSource.query<{ n: string }[]>(
      `SELECT count(DISTINCT contact_id) AS n FROM conversations WHERE id = ANY($1)`,
      [[verified.conversationId, again.conversationId]],
    );
    expect(sameContact?.n).toBe('1');
    const forged = await startChat(runtime.url, echoBotId, {
      identityToken: sign({ sub: 'customer-42', exp }, 'a guess'),
    });
    expect(await contactOf(forged.conversationId)).toEqual({ external_id: null, verified: false });
  });

  it('counts turns and their latency in /metrics', async () => {
    const metrics = await (await fetch(`${runtime.url}/metrics`)).text();
    expect(metrics).toMatch(/parley_turns_total\{outcome="ok",status="waiting"\} \d+/);
    expect(metrics).toMatch(/parley_turn_duration_seconds_bucket\{le="0.01",outcome="ok"\} \d+/);
    expect(metrics).toMatch(/parley_inbound_queue_depth \d+/);
  });
});
