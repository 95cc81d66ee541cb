import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { findFreePort } from '../database/free-port';
import { echoBot, type ChatMessageView, publishBot, startChat, texts } from '../testing/chat-bots';
import { type FreshDatabase, freshDatabase } from '../testing/fresh-database';
import { spawnRuntime, type SpawnedRuntime } from '../testing/spawn-runtime';
import { tempDataDir } from '../testing/temp-data-dir';
import { createTestWorkspace } from '../testing/test-callers';
import { startTestRuntime } from '../testing/test-runtime';
import { eventually, sleep } from '../testing/timer-test-kit';

type Json = Record<string, unknown>;

/** Replies of the echo bot to `text`: each reply names the message it answers. */
const echoOf = (text: string) => [`You said: ${text}`, 'Say something.'];

/**
 * One runtime process of the pair, started from the build. It keeps its port and
 * data folder across restarts, so clients reach it at the same URL again.
 */
interface Replica {
  name: string;
  port: number;
  dataDir: string;
  url: string;
  running?: SpawnedRuntime;
}

/**
 * What a POST of a message answered, or how it failed: `refused` (nobody listens
 * on the port: the process is down), `reset` (the connection broke: the process
 * died while the request was on its way or being answered), `timeout`.
 */
type SendResult =
  | { ok: true; status: number; body: Json & { replies?: ChatMessageView[] } }
  | { ok: false; failure: 'refused' | 'reset' | 'timeout'; error: string };

/** A customer's conversation as the load test sees it: where to post, what it sent. */
interface Conversation {
  botId: string;
  conversationId: string;
  token: string;
  /** Texts in the order they were sent (each sent until some process answered 2xx). */
  sent: string[];
  clientMessageIds: string[];
}

describe('exact turns across runtime processes sharing one database', () => {
  let database: FreshDatabase;
  let sql: pg.Pool;
  /** Both processes must sign and check conversation tokens with the same key. */
  const masterKey = randomBytes(32).toString('hex');
  const spawned: SpawnedRuntime[] = [];
  let replicaA: Replica;
  let replicaB: Replica;
  let echoBotId: string;
  let timeoutBotId: string;

  const isAlive = (runtime: SpawnedRuntime) =>
    runtime.child.exitCode === null && runtime.child.signalCode === null;

  async function start(replica: Replica): Promise<string> {
    const runtime = spawnRuntime({
      DATABASE_URL: database.url,
      PORT: String(replica.port),
      PARLEY_DATA_DIR: replica.dataDir,
      PARLEY_MASTER_KEY: masterKey,
      PARLEY_CHAT_RATE_PER_ADDRESS: '0',
      PARLEY_CHAT_RATE_PER_CONVERSATION: '0',
      PARLEY_TURN_LEASE_MS: '1500',
      PARLEY_INBOX_SWEEP_MS: '200',
      PARLEY_LOG_LEVEL: 'warn',
    });
    spawned.push(runtime);
    replica.running = runtime;
    let timer: NodeJS.Timeout | undefined;
    const url = await Promise.race([
      runtime.ready,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`${replica.name} did not start within 30 s`)),
          30_000,
        );
      }),
    ]).finally(() => clearTimeout(timer));
    expect(url).toBe(replica.url);
    return url;
  }

  /** Sends `signal` and waits for the exit; the exit code (`null` when killed by the signal). */
  async function stop(replica: Replica, signal: NodeJS.Signals): Promise<number | null> {
    const runtime = replica.running;
    if (!runtime) return null;
    replica.running = undefined;
    if (isAlive(runtime)) runtime.child.kill(signal);
    return runtime.exited;
  }

  async function newReplica(name: string): Promise<Replica> {
    let port = await findFreePort();
    while ([replicaA, replicaB].some((other) => other?.port === port)) port = await findFreePort();
    return { name, port, dataDir: await tempDataDir(), url: `http://127.0.0.1:${port}` };
  }

  async function count(query: string, params: unknown[]): Promise<number> {
    const { rows } = await sql.query<{ n: string }>(query, params);
    return Number(rows[0]?.n ?? 0);
  }

  beforeAll(async () => {
    database = await freshDatabase();
    sql = new pg.Pool({ connectionString: database.url, max: 4 });
    // pool.end() resolves before its last sockets close; dropping the database then ends
    // them from the server side, which a pool without a listener would throw for.
    sql.on('error', () => undefined);
    // Migrates the database, creates the workspace and publishes the bots, then steps aside:
    // only the spawned processes run conversations.
    const setup = await startTestRuntime({
      DATABASE_URL: database.url,
      PARLEY_MASTER_KEY: masterKey,
    });
    try {
      const shop = await createTestWorkspace(setup.app);
      echoBotId = await publishBot(setup.url, shop.users.editor.token, echoBot());
      timeoutBotId = await publishBot(
        setup.url,
        shop.users.editor.token,
        echoBot({ timeoutSeconds: 5 }),
      );
    } finally {
      await setup.close();
    }
    replicaA = await newReplica('A');
    replicaB = await newReplica('B');
    await Promise.all([start(replicaA), start(replicaB)]);
  }, 90_000);

  afterAll(async () => {
    try {
      for (const runtime of spawned) if (isAlive(runtime)) runtime.child.kill('SIGKILL');
      await Promise.all(spawned.map((runtime) => runtime.exited));
    } finally {
      await sql?.end();
      await database?.drop();
    }
  });

  /** One POST of a message to `baseUrl`; a failed connection is a result, not an error. */
  async function send(baseUrl: string, chat: Conversation, body: Json): Promise<SendResult> {
    const url = `${baseUrl}/api/v1/bots/${chat.botId}/conversations/${chat.conversationId}/messages`;
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${chat.token}` },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(40_000),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      const failure =
        (error as Error).name === 'TimeoutError'
          ? 'timeout'
          : cause?.code === 'ECONNREFUSED'
            ? 'refused'
            : 'reset';
      return { ok: false, failure, error: `${String(error)} (${cause?.code ?? '?'})` };
    }
    try {
      return { ok: true, status: response.status, body: (await response.json()) as Json };
    } catch (error) {
      // The process died after the status line: the client never saw an answer.
      return { ok: false, failure: 'reset', error: String(error) };
    }
  }

  async function begin(baseUrl: string, botId: string): Promise<Conversation> {
    const chat = await startChat(baseUrl, botId);
    return {
      botId,
      conversationId: chat.conversationId,
      token: chat.token,
      sent: [],
      clientMessageIds: [],
    };
  }

  it('answers 50 concurrent messages to one conversation, sent alternately to two processes, once each and in order', async () => {
    const chat = await begin(replicaA.url, echoBotId);
    const sent = Array.from({ length: 50 }, (_, i) => `message ${i}`);
    const results = await Promise.all(
      sent.map((text, i) => send(i % 2 === 0 ? replicaA.url : replicaB.url, chat, { text })),
    );
    results.forEach((result, i) => {
      expect(result).toMatchObject({ ok: true, status: 200 });
      if (result.ok) expect(texts(result.body.replies)).toEqual(echoOf(sent[i] ?? ''));
    });

    const { rows: history } = await sql.query<{
      seq: number;
      direction: string;
      author: string;
      text: string;
    }>(
      `SELECT seq, direction, author, content->>'text' AS text FROM chat_messages
       WHERE conversation_id = $1 ORDER BY seq`,
      [chat.conversationId],
    );
    const inbound = history.filter((m) => m.direction === 'in' && m.author === 'customer');
    const outbound = history.filter((m) => m.direction === 'out');
    expect(inbound.map((m) => m.text).sort()).toEqual([...sent].sort());
    // Messages stored while a turn runs queue up; in store order, the bot answers
    // them in that order, each answer whole and after its message.
    expect(outbound.map((m) => m.text)).toEqual([
      'Hello!',
      'Say something.',
      ...inbound.flatMap((m) => echoOf(m.text)),
    ]);
    inbound.forEach((message, i) => {
      expect(outbound[2 + 2 * i]?.seq).toBeGreaterThan(message.seq);
    });

    const { rows: turnsPerMessage } = await sql.query<{ turns: string }>(
      `SELECT count(t.id) AS turns FROM chat_messages m
       LEFT JOIN turns t ON t.inbound_message_id = m.id
       WHERE m.conversation_id = $1 AND m.direction = 'in' GROUP BY m.id`,
      [chat.conversationId],
    );
    expect(turnsPerMessage).toHaveLength(51);
    expect(turnsPerMessage.every((row) => row.turns === '1')).toBe(true);
    expect(
      await count('SELECT count(*) AS n FROM turns WHERE conversation_id = $1', [
        chat.conversationId,
      ]),
    ).toBe(51);
  });

  it('stores and answers every message exactly once while processes are killed with SIGKILL and restarted', async () => {
    const conversations = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        begin(i % 2 === 0 ? replicaA.url : replicaB.url, echoBotId),
      ),
    );
    const replicas = [replicaA, replicaB];
    const other = (url: string) => (url === replicaA.url ? replicaB.url : replicaA.url);
    const problems: string[] = [];
    /** When each message whose connection broke was sent again (the first time). */
    const resentAt = new Map<string, number>();

    /**
     * Sends one message as a real client would: to `first`, and while the
     * connection fails, the same message (same clientMessageId) to the other
     * process, until a 2xx (a 202 too: stored, replies later). Anything else is a problem.
     */
    async function deliver(
      chat: Conversation,
      text: string,
      clientMessageId: string,
      first: string,
    ) {
      const giveUpAt = Date.now() + 60_000;
      for (let url = first, attempt = 1; ; url = other(url), attempt += 1) {
        const result = await send(url, chat, { text, clientMessageId });
        if (result.ok && (result.status === 200 || result.status === 202)) {
          if (
            result.status === 200 &&
            texts(result.body.replies).join('\n') !== echoOf(text).join('\n')
          ) {
            problems.push(
              `${clientMessageId}: replies ${JSON.stringify(texts(result.body.replies))}`,
            );
          }
          return;
        }
        if (result.ok) {
          problems.push(`${clientMessageId}: ${result.status} ${JSON.stringify(result.body)}`);
          if (result.status < 500) return;
        } else if (result.failure === 'timeout') {
          problems.push(`${clientMessageId}: ${result.error}`);
        } else if (result.failure === 'reset' && !resentAt.has(clientMessageId)) {
          resentAt.set(clientMessageId, Date.now());
        }
        if (Date.now() > giveUpAt) {
          problems.push(`${clientMessageId}: no 2xx after ${attempt} attempts`);
          return;
        }
        await sleep(Math.min(20 * attempt, 200));
      }
    }

    let loadRunning = true;
    const load = conversations.map(async (chat, c) => {
      for (let m = 0; loadRunning; m += 1) {
        const text = `c${c} m${m}`;
        const clientMessageId = `c${c}-m${m}`;
        chat.sent.push(text);
        chat.clientMessageIds.push(clientMessageId);
        const first = replicas[Math.floor(Math.random() * 2)]?.url ?? replicaA.url;
        await deliver(chat, text, clientMessageId, first);
        await sleep(Math.random() * 20);
      }
    });

    // Ten kills at random moments, alternately of A and B; each but the last is
    // restarted on its port. The last one stays down: the survivor carries on alone.
    const kills = 10;
    let survivor = replicaA;
    try {
      for (let round = 0; round < kills; round += 1) {
        const victim = round % 2 === 0 ? replicaA : replicaB;
        survivor = victim === replicaA ? replicaB : replicaA;
        await sleep(400 + Math.random() * 1_200);
        expect(await stop(victim, 'SIGKILL')).toBeNull();
        await sleep(Math.random() * 800);
        if (round < kills - 1) await start(victim);
      }
      await sleep(1_000);
    } finally {
      loadRunning = false;
      await Promise.all(load);
    }

    // Every conversation goes on through the survivor, whoever ran its last turn.
    const finals = await Promise.all(
      conversations.map(async (chat, c) => {
        chat.sent.push(`c${c} final`);
        chat.clientMessageIds.push(`c${c}-final`);
        return send(survivor.url, chat, { text: `c${c} final`, clientMessageId: `c${c}-final` });
      }),
    );
    finals.forEach((result, c) => {
      expect(result).toMatchObject({ ok: true, status: 200 });
      if (result.ok) expect(texts(result.body.replies)).toEqual(echoOf(`c${c} final`));
    });
    expect(problems).toEqual([]);

    const ids = conversations.map((chat) => chat.conversationId);
    await eventually(
      'no inbound message left unprocessed',
      async () =>
        (await count(
          'SELECT count(*) AS n FROM conversations WHERE id = ANY($1) AND inbox_pending <> 0',
          [ids],
        )) === 0,
      30_000,
    );

    // Each message sent (each got a 2xx) is stored once and has exactly one turn.
    const { rows: stored } = await sql.query<{
      client_message_id: string;
      copies: string;
      turns: string;
    }>(
      `SELECT m.client_message_id, count(DISTINCT m.id) AS copies, count(t.id) AS turns
       FROM chat_messages m LEFT JOIN turns t ON t.inbound_message_id = m.id
       WHERE m.conversation_id = ANY($1) AND m.author = 'customer'
       GROUP BY m.client_message_id`,
      [ids],
    );
    const sentIds = conversations.flatMap((chat) => chat.clientMessageIds);
    expect(stored.map((row) => row.client_message_id).sort()).toEqual([...sentIds].sort());
    expect(stored.filter((row) => row.copies !== '1' || row.turns !== '1')).toEqual([]);
    expect(
      await count(
        `SELECT count(*) AS n FROM turns WHERE conversation_id = ANY($1) AND outcome <> 'ok'`,
        [ids],
      ),
    ).toBe(0);

    // In store order, each conversation is its messages as sent, each followed by its echo.
    const { rows: history } = await sql.query<{ conversation_id: string; text: string | null }>(
      `SELECT conversation_id, content->>'text' AS text FROM chat_messages
       WHERE conversation_id = ANY($1) AND author <> 'system' ORDER BY conversation_id, seq`,
      [ids],
    );
    const byConversation = new Map<string, (string | null)[]>();
    for (const row of history) {
      const list = byConversation.get(row.conversation_id) ?? [];
      list.push(row.text);
      byConversation.set(row.conversation_id, list);
    }
    const outOfOrder = conversations.filter((chat) => {
      const expected = ['Hello!', 'Say something.', ...chat.sent.flatMap((t) => [t, ...echoOf(t)])];
      return JSON.stringify(byConversation.get(chat.conversationId)) !== JSON.stringify(expected);
    });
    expect(outOfOrder.map((chat) => chat.conversationId)).toEqual([]);

    // The counters on the conversation rows agree with the rows they count.
    const { rows: drift } = await sql.query<{ id: string }>(
      `SELECT c.id FROM conversations c
       WHERE c.id = ANY($1) AND (
         c.turn_count <> (SELECT count(*) FROM turns t WHERE t.conversation_id = c.id)
         OR c.last_seq <> (SELECT max(seq) FROM chat_messages m WHERE m.conversation_id = c.id)
         OR c.lease_owner IS NOT NULL)`,
      [ids],
    );
    expect(drift).toEqual([]);

    // The hard case happened: a process stored a message and died before answering,
    // so the client sent it again (stored before the resend, hence by the first attempt).
    const { rows: resent } = await sql.query<{ client_message_id: string; at: number }>(
      `SELECT client_message_id, extract(epoch FROM created_at) * 1000 AS at FROM chat_messages
       WHERE conversation_id = ANY($1) AND client_message_id = ANY($2)`,
      [ids, [...resentAt.keys()]],
    );
    const storedBeforeResend = resent.filter(
      (row) => Number(row.at) < (resentAt.get(row.client_message_id) ?? 0),
    );
    expect(storedBeforeResend.length).toBeGreaterThan(0);
  }, 150_000);

  it('fires an ask timeout set before a graceful restart once, after it', async () => {
    // Only A runs from here: the timer can fire nowhere else.
    await Promise.all([stop(replicaA, 'SIGTERM'), stop(replicaB, 'SIGTERM')]);
    await start(replicaA);
    const chat = await startChat(replicaA.url, timeoutBotId);
    expect(texts(chat.first)).toEqual(['Hello!', 'Say something.']);
    expect(await stop(replicaA, 'SIGTERM')).toBe(0);
    // The ask's timeout, as the first turn committed it: one timer, not fired yet.
    const { rows: armed } = await sql.query<{ id: string; due: string }>(
      `SELECT id, (extract(epoch FROM due_at) * 1000)::bigint::text AS due FROM timers
       WHERE subject_id = $1 AND kind = 'conversation.node' AND fired_at IS NULL`,
      [chat.conversationId],
    );
    expect(armed).toHaveLength(1);
    await sleep(6_000);
    await start(replicaA);

    const goodbyes = async () =>
      texts((await chat.list()).messages).filter((text) => text === 'No reply, goodbye.').length;
    await eventually('the timeout to say goodbye', async () => (await goodbyes()) > 0, 30_000);
    await sleep(3_000);
    expect(await goodbyes()).toBe(1);
    expect((await chat.list()).state).toBe('ended');

    // It fired once: one timer message, keyed by that timer and due time, and the
    // timeout's turn took the timer away with the wait it belonged to.
    const { rows: timerMessages } = await sql.query<{ client_message_id: string }>(
      `SELECT client_message_id FROM chat_messages
       WHERE conversation_id = $1 AND author = 'system' AND content->>'type' = 'timer'`,
      [chat.conversationId],
    );
    expect(timerMessages).toEqual([
      { client_message_id: `timer:${armed[0]?.id}:${armed[0]?.due}` },
    ]);
    expect(
      await count(
        `SELECT count(*) AS n FROM timers WHERE subject_id = $1 AND kind = 'conversation.node'`,
        [chat.conversationId],
      ),
    ).toBe(0);
    expect(
      await count('SELECT count(*) AS n FROM turns WHERE conversation_id = $1', [
        chat.conversationId,
      ]),
    ).toBe(2);
  }, 90_000);
});
