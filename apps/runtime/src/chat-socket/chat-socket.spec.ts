import { randomBytes, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { io, type Socket } from 'socket.io-client';
import { ConversationTokenService } from '../conversations/conversation-token.service';
import {
  type ChatClient,
  type ChatMessageView,
  echoBot,
  publishBot,
  startChat,
  texts,
} from '../testing/chat-bots';
import { createTestWorkspace } from '../testing/test-callers';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';
import { eventually } from '../testing/timer-test-kit';
import { ConversationFeeds } from './conversation-feeds';

type Json = Record<string, unknown>;
type Typing = { typing: boolean; author: string };
type Reply = Json & { message?: ChatMessageView; replies?: ChatMessageView[]; status?: string };

const REDIS_URL = 'redis://127.0.0.1:6379';

/** A customer's socket on the chat namespace, keeping everything the server sent it. */
interface SocketClient {
  socket: Socket;
  messages: ChatMessageView[];
  statuses: string[];
  typing: Typing[];
  /** Resolves once `condition` holds, checked on every event the socket receives. */
  until(what: string, condition: () => boolean): Promise<void>;
  /** Resolves once the message with this seq has arrived. */
  untilSeq(seq: number): Promise<void>;
  send(body: unknown): Promise<Reply>;
  close(): void;
}

const opened: SocketClient[] = [];

/** Connects to `/chat` with `auth`; rejects with the server's refusal (`connect_error`). */
function openSocket(baseUrl: string, auth: Json, namespace = '/chat'): Promise<SocketClient> {
  const socket = io(`${baseUrl}${namespace}`, { auth, forceNew: true, reconnection: false });
  const waiters: { condition: () => boolean; resolve: () => void }[] = [];
  const check = () => {
    for (const waiter of [...waiters]) {
      if (!waiter.condition()) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  };
  const client: SocketClient = {
    socket,
    messages: [],
    statuses: [],
    typing: [],
    until: (what, condition) =>
      new Promise<void>((resolve, reject) => {
        if (condition()) return resolve();
        waiters.push({ condition, resolve });
        socket.once('disconnect', (reason) =>
          reject(new Error(`disconnected (${reason}) before ${what}`)),
        );
      }),
    untilSeq: (seq) =>
      client.until(`message ${seq}`, () => client.messages.some((m) => m.seq >= seq)),
    send: (body) => socket.timeout(30_000).emitWithAck('message', body) as Promise<Reply>,
    close: () => socket.close(),
  };
  socket.on('message', (message: ChatMessageView) => {
    client.messages.push(message);
    check();
  });
  socket.on('status', (event: { status: string }) => {
    client.statuses.push(event.status);
    check();
  });
  socket.on('typing', (event: Typing) => {
    client.typing.push(event);
    check();
  });
  opened.push(client);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(client));
    socket.once('connect_error', reject);
  });
}

/** The refusal of a connection with `auth`. */
async function refusal(baseUrl: string, auth: Json, namespace?: string) {
  const error = await openSocket(baseUrl, auth, namespace).then(
    () => undefined,
    (refused: Error & { data?: { status?: number } }) => refused,
  );
  if (!error) throw new Error('the connection was accepted');
  return { message: error.message, status: error.data?.status };
}

/**
 * Sends one more message over HTTP and waits until `client` has its last reply:
 * whatever the socket was sent before is in `client.messages` by then, in order,
 * so comparing them with the stored history shows duplicates and gaps alike.
 */
async function settle(client: SocketClient, chat: ChatClient, after: number) {
  const marker = await chat.send({ text: `marker ${randomUUID()}` });
  expect(marker.status).toBe(200);
  const lastReply = marker.body.replies?.at(-1);
  if (!lastReply) throw new Error('the marker got no reply');
  await client.untilSeq(lastReply.seq);
  return (await chat.list(after)).messages;
}

afterEach(() => {
  for (const client of opened.splice(0)) client.close();
});

describe('chat API over socket.io', () => {
  let runtime: TestRuntime;
  let editorToken: string;
  let botId: string;

  beforeAll(async () => {
    runtime = await startTestRuntime();
    editorToken = (await createTestWorkspace(runtime.app)).users.editor.token;
    botId = await publishBot(runtime.url, editorToken, echoBot());
  });
  afterAll(() => runtime.close());

  it('carries a conversation: acks with the HTTP answer and sends every message once, in order', async () => {
    const chat = await startChat(runtime.url, botId);
    const start = chat.first.at(-1)?.seq ?? 0;
    const client = await openSocket(runtime.url, { token: chat.token, botId, after: start });
    await client.until('the status', () => client.statuses.length > 0);
    expect(client.statuses).toEqual(['waiting']);

    const hello = await client.send({ text: 'hello', clientMessageId: 'socket-1' });
    expect(hello.message).toMatchObject({
      seq: start + 1,
      direction: 'in',
      author: 'customer',
      content: { type: 'text', text: 'hello' },
    });
    expect(texts(hello.replies)).toEqual(['You said: hello', 'Say something.']);
    expect(hello.status).toBe('waiting');
    const button = await client.send({ payload: 'yes', text: 'Yes please' });
    expect(button.message?.content).toEqual({ type: 'button', payload: 'yes', text: 'Yes please' });
    expect(texts(button.replies)).toEqual(['You said: Yes please', 'Say something.']);
    // A repeated clientMessageId answers as before, without a turn (nor new messages).
    expect(await client.send({ text: 'hello', clientMessageId: 'socket-1' })).toEqual(hello);

    const history = await settle(client, chat, start);
    expect(client.messages).toEqual(history);
    expect(history.slice(0, 6)).toEqual([
      hello.message,
      ...(hello.replies ?? []),
      button.message,
      ...(button.replies ?? []),
    ]);
    // The bot was "typing" while each turn sent over the socket ran.
    expect(client.typing).toEqual([
      { typing: true, author: 'bot' },
      { typing: false, author: 'bot' },
      { typing: true, author: 'bot' },
      { typing: false, author: 'bot' },
      { typing: true, author: 'bot' },
      { typing: false, author: 'bot' },
    ]);
    expect(client.statuses).toEqual(['waiting']);
  });

  it('refuses bad messages in the ack, as the HTTP API does, and stores none of them', async () => {
    const chat = await startChat(runtime.url, botId);
    const start = chat.first.at(-1)?.seq ?? 0;
    const client = await openSocket(runtime.url, { token: chat.token, after: start });
    const empty = await client.send({ text: '  ' });
    expect(empty.error).toMatchObject({ status: 400, message: 'Invalid request' });
    expect((empty.error as { problems?: unknown[] }).problems?.length).toBeGreaterThan(0);
    expect((await client.send({ text: 'hi', extra: true })).error).toMatchObject({ status: 400 });
    expect((await client.send('hi')).error).toMatchObject({ status: 400 });
    expect((await client.send({ text: 'x'.repeat(4_001) })).error).toMatchObject({
      status: 413,
      message: expect.stringMatching(/at most 4000 characters/) as unknown,
    });
    // Typing goes to the others in the conversation, never back to the sender.
    const other = await openSocket(runtime.url, { token: chat.token, after: start });
    client.socket.emit('typing', { typing: 'yes' });
    client.socket.emit('typing', { typing: true });
    await other.until('the customer typing', () => other.typing.length > 0);
    // Events are handled in order: the malformed one, first, sent nothing.
    expect(other.typing).toEqual([{ typing: true, author: 'customer' }]);

    const history = await settle(client, chat, start);
    expect(history.map((m) => m.content.text)).toEqual([
      expect.stringMatching(/^marker /) as unknown,
      expect.stringMatching(/^You said: marker /) as unknown,
      'Say something.',
    ]);
    expect(client.messages).toEqual(history);
    // Only the message too long for the service got as far as the bot "typing".
    expect(client.typing).toEqual([
      { typing: true, author: 'bot' },
      { typing: false, author: 'bot' },
    ]);
  });

  it('refuses a connection without a valid token, saying why', async () => {
    const chat = await startChat(runtime.url, botId);
    expect(await refusal(runtime.url, { token: 'not-a-token' })).toEqual({
      status: 401,
      message: expect.stringMatching(/valid conversation token/) as unknown,
    });
    const tokens = runtime.app.get(ConversationTokenService);
    const expired = tokens.sign(chat.conversationId, Date.now() - 8 * 24 * 3600 * 1000);
    expect((await refusal(runtime.url, { token: expired })).status).toBe(401);
    const forged = `${chat.conversationId}.${chat.token.split('.')[1]}.${'A'.repeat(43)}`;
    expect((await refusal(runtime.url, { token: forged })).status).toBe(401);
    expect(await refusal(runtime.url, { token: chat.token, botId: randomUUID() })).toEqual({
      status: 404,
      message: `No conversation ${chat.conversationId} for this bot`,
    });
    expect((await refusal(runtime.url, {})).status).toBe(400);
    expect((await refusal(runtime.url, { token: chat.token, after: -1 })).status).toBe(400);
    expect((await refusal(runtime.url, { token: chat.token }, '/')).message).toMatch(
      /Connect to the \/chat namespace/,
    );
    const accepted = await openSocket(runtime.url, { token: chat.token, botId });
    expect(accepted.socket.connected).toBe(true);
  });

  it('sends what was missed while disconnected on reconnect with `after`, and nothing twice', async () => {
    const chat = await startChat(runtime.url, botId);
    const start = chat.first.at(-1)?.seq ?? 0;
    // Another tab stays connected throughout: the conversation's feed here lives on.
    const stays = await openSocket(runtime.url, { token: chat.token, after: start });
    const first = await openSocket(runtime.url, { token: chat.token, after: start });
    const before = await first.send({ text: 'before' });
    const seen = before.replies?.at(-1)?.seq ?? 0;
    await first.untilSeq(seen);
    first.close();

    const away = await chat.send({ text: 'while away' });
    expect(away.status).toBe(200);
    const missed = (await chat.list(seen)).messages;
    expect(texts(missed)).toEqual(['while away', 'You said: while away', 'Say something.']);
    // The feed has sent them on already: the returning socket is caught up on its own.
    await stays.untilSeq(missed.at(-1)?.seq ?? 0);
    const back = await openSocket(runtime.url, { token: chat.token, after: seen });
    await back.untilSeq(missed.at(-1)?.seq ?? 0);
    expect(back.messages).toEqual(missed);
    // A socket without `after` gets what comes from now on only.
    const fresh = await openSocket(runtime.url, { token: chat.token });
    const now = (await chat.list()).messages.at(-1)?.seq ?? 0;
    const again = await back.send({ text: 'back again' });
    expect(texts(again.replies)).toEqual(['You said: back again', 'Say something.']);
    const history = await settle(back, chat, seen);
    expect(back.messages).toEqual(history);
    const last = history.at(-1)?.seq ?? 0;
    await fresh.untilSeq(last);
    expect(fresh.messages).toEqual(history.filter((m) => m.seq > now));
    await stays.untilSeq(last);
    expect(stays.messages).toEqual((await chat.list(start)).messages);

    // With no socket left here, the next one starts the conversation's feed from its `after`.
    const feeds = runtime.app.get(ConversationFeeds);
    for (const client of [stays, back, fresh]) client.close();
    await eventually('the feed to close with its last socket', () => feeds.size === 0);
    expect((await chat.send({ text: 'nobody listening' })).status).toBe(200);
    const alone = (await chat.list(last)).messages;
    const later = await openSocket(runtime.url, { token: chat.token, after: last });
    await later.untilSeq(alone.at(-1)?.seq ?? 0);
    expect(later.messages).toEqual(alone);
    expect(later.messages).toEqual(await settle(later, chat, last));
  });

  it('sends messages a timer wrote, and the status they changed', async () => {
    const timeoutBot = await publishBot(runtime.url, editorToken, echoBot({ timeoutSeconds: 5 }));
    const chat = await startChat(runtime.url, timeoutBot);
    const start = chat.first.at(-1)?.seq ?? 0;
    const client = await openSocket(runtime.url, { token: chat.token, after: start });
    await client.until('the conversation to end', () => client.statuses.includes('ended'));
    const history = (await chat.list(start)).messages;
    expect(history.map((m) => [m.author, m.content.type])).toEqual([
      ['system', 'timer'],
      ['bot', 'text'],
      ['bot', 'end'],
    ]);
    expect(client.messages).toEqual(history);
    expect(client.statuses).toEqual(['waiting', 'ended']);
    const late = await client.send({ text: 'anyone there?' });
    expect(late.error).toMatchObject({
      status: 409,
      message: expect.stringMatching(/ended/) as unknown,
    });
  });
});

describe('chat sockets on two runtimes sharing Redis', () => {
  const prefix = `parley-test:${randomUUID()}:`;
  const redis = new Redis(REDIS_URL, { lazyConnect: true });
  const runtimes: TestRuntime[] = [];
  let botId: string;

  beforeAll(async () => {
    // Both must sign and check conversation tokens with the same key.
    const env = {
      REDIS_URL,
      PARLEY_REDIS_PREFIX: prefix,
      PARLEY_MASTER_KEY: randomBytes(32).toString('hex'),
    };
    runtimes.push(await startTestRuntime(env));
    runtimes.push(await startTestRuntime(env));
    const a = runtimes[0]!;
    const editor = (await createTestWorkspace(a.app)).users.editor.token;
    botId = await publishBot(a.url, editor, echoBot());
  });

  afterAll(async () => {
    try {
      await Promise.all(runtimes.map((runtime) => runtime.close()));
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
    } finally {
      await redis.quit();
    }
  });

  it('delivers each message of a turn run on the other runtime once, and typing across both', async () => {
    const [a, b] = runtimes as [TestRuntime, TestRuntime];
    const chat = await startChat(b.url, botId);
    const start = chat.first.at(-1)?.seq ?? 0;
    const onA = await openSocket(a.url, { token: chat.token, after: start });
    const onB = await openSocket(b.url, { token: chat.token, after: start });

    // Through B's HTTP API: A hears of it from PostgreSQL and reads it itself.
    const viaB = await chat.send({ text: 'through B' });
    expect(texts(viaB.body.replies)).toEqual(['You said: through B', 'Say something.']);
    await onA.untilSeq(viaB.body.replies?.at(-1)?.seq ?? 0);

    // Typing is not stored: only the adapter takes it from A's sockets to B's.
    onA.socket.emit('typing', { typing: true });
    await onB.until('the customer typing on A', () =>
      onB.typing.some((event) => event.author === 'customer'),
    );
    const viaA = await onA.send({ text: 'through A' });
    expect(texts(viaA.replies)).toEqual(['You said: through A', 'Say something.']);
    await onB.until('the bot typing on A to stop', () =>
      onB.typing.some((event) => event.author === 'bot' && !event.typing),
    );
    expect(onB.typing).toEqual([
      { typing: true, author: 'customer' },
      { typing: true, author: 'bot' },
      { typing: false, author: 'bot' },
    ]);

    const history = await settle(onA, chat, start);
    await onB.untilSeq(history.at(-1)?.seq ?? 0);
    expect(history).toHaveLength(9);
    expect(onA.messages).toEqual(history);
    expect(onB.messages).toEqual(history);
  });
});

describe('chat sockets at shutdown', () => {
  it('closes every connection so the runtime stops, and the client may reconnect elsewhere', async () => {
    const prefix = `parley-test:${randomUUID()}:`;
    const runtime = await startTestRuntime({ REDIS_URL, PARLEY_REDIS_PREFIX: prefix });
    let closed = false;
    try {
      const editor = (await createTestWorkspace(runtime.app)).users.editor.token;
      const chat = await startChat(runtime.url, await publishBot(runtime.url, editor, echoBot()));
      const client = await openSocket(runtime.url, { token: chat.token });
      const reason = new Promise<string>((resolve) => client.socket.once('disconnect', resolve));
      await runtime.close();
      closed = true;
      // The connection went (closed, or failed mid-poll): not "io server disconnect",
      // after which a client would not try again.
      expect(['transport close', 'transport error']).toContain(await reason);
      expect(runtime.logLines.filter((line) => /"level":50/.test(line))).toEqual([]);
    } finally {
      if (!closed) await runtime.close();
    }
  });
});
