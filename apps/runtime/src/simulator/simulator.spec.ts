import { io, type Socket } from 'socket.io-client';
import { createTestWorkspace, request } from '../testing/test-callers';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';
import { eventually, sleep } from '../testing/timer-test-kit';

type Json = Record<string, unknown>;
interface Step {
  type: string;
  nodeId?: string;
  varsChanged?: { name: string; before?: unknown; after: unknown }[];
}
interface Ack extends Json {
  ok: boolean;
  error?: string;
  messages?: { type?: string; text?: string; nodeId: string; flowId: string }[];
  trace?: Step[];
  state?: { nodeId?: string; flowId?: string; status?: string; vars: Json; locale: string };
}
/** A turn the server sent unasked (a timer fired), and when it arrived. */
type Pushed = Ack & { sessionId: string; at: number };

const at = (y: number) => ({ x: 0, y });

/**
 * Greets with the `shop` bot variable (its staging value differs from its default),
 * then echoes each message upper-cased: a `set` node changes `loud` every turn.
 */
function shoutBot(echo = 'You said: {{ vars.loud }}', listenKind = 'ask'): Json {
  return {
    schemaVersion: 2,
    id: 'shout',
    name: 'Shout',
    defaultLocale: 'en',
    locales: ['en', 'zh-CN'],
    variables: [
      { name: 'reply', type: 'string', scope: 'conversation' },
      { name: 'loud', type: 'string', scope: 'conversation' },
      { name: 'shop', type: 'string', scope: 'bot', default: 'Default shop' },
    ],
    flows: [
      {
        id: 'main',
        name: 'Main',
        nodes: [
          { id: 'start', type: 'start', position: at(0), data: {} },
          {
            id: 'greet',
            type: 'message',
            position: at(100),
            data: {
              text: { en: 'Welcome to {{ vars.shop }}', 'zh-CN': '欢迎光临 {{ vars.shop }}' },
            },
          },
          listenKind === 'ask'
            ? {
                id: 'listen',
                type: 'ask',
                position: at(200),
                data: { question: { en: 'Say something.', 'zh-CN': '请说。' }, variable: 'reply' },
              }
            : { id: 'listen', type: 'message', position: at(200), data: { text: { en: 'Hm.' } } },
          {
            id: 'shout',
            type: 'set',
            position: at(300),
            data: { assignments: [{ variable: 'loud', value: '$uppercase(vars.reply)' }] },
          },
          { id: 'echo', type: 'message', position: at(400), data: { text: { en: echo } } },
        ],
        edges: [
          { id: 'e1', source: 'start', sourceHandle: 'next', target: 'greet' },
          { id: 'e2', source: 'greet', sourceHandle: 'next', target: 'listen' },
          { id: 'e3', source: 'listen', sourceHandle: 'next', target: 'shout' },
          { id: 'e4', source: 'shout', sourceHandle: 'next', target: 'echo' },
          { id: 'e5', source: 'echo', sourceHandle: 'next', target: 'listen' },
        ],
      },
    ],
  };
}

/**
 * Asks a name and waits at most `TIMEOUT_SECONDS` (the ask's smallest timeout) for
 * it; silence says goodbye and ends, an answer thanks and ends. Either way nothing
 * waits afterwards, so a second timer turn could only be a stale timer firing.
 */
function timeoutBot(): Json {
  return {
    schemaVersion: 2,
    id: 'patience',
    name: 'Patience',
    defaultLocale: 'en',
    locales: ['en'],
    variables: [{ name: 'name', type: 'string', scope: 'conversation' }],
    flows: [
      {
        id: 'main',
        name: 'Main',
        nodes: [
          { id: 'start', type: 'start', position: at(0), data: {} },
          {
            id: 'ask-name',
            type: 'ask',
            position: at(100),
            data: {
              question: { en: 'Your name?' },
              variable: 'name',
              timeoutSeconds: TIMEOUT_SECONDS,
            },
          },
          {
            id: 'thanks',
            type: 'message',
            position: at(200),
            data: { text: 'Thanks, {{ vars.name }}.' },
          },
          { id: 'bye', type: 'message', position: at(200), data: { text: 'No answer; goodbye.' } },
          { id: 'done', type: 'end', position: at(300), data: { status: 'resolved' } },
        ],
        edges: [
          { id: 'e1', source: 'start', sourceHandle: 'next', target: 'ask-name' },
          { id: 'e2', source: 'ask-name', sourceHandle: 'next', target: 'thanks' },
          { id: 'e3', source: 'ask-name', sourceHandle: 'timeout', target: 'bye' },
          { id: 'e4', source: 'thanks', sourceHandle: 'next', target: 'done' },
          { id: 'e5', source: 'bye', sourceHandle: 'next', target: 'done' },
        ],
      },
    ],
  };
}
const TIMEOUT_SECONDS = 5;
const TIMEOUT_MS = TIMEOUT_SECONDS * 1_000;

const texts = (ack: Ack) => (ack.messages ?? []).map((message) => message.text);
/** The texts said, without the hand-off and end markers. */
const said = (ack: Ack | undefined) =>
  (ack?.messages ?? []).filter((message) => message.type === 'text').map((m) => m.text);

describe('simulator namespace', () => {
  let runtime: TestRuntime;
  let tokens: Record<'editor' | 'viewer' | 'agent', string>;
  let botId: string;
  const sockets: Socket[] = [];

  const api = (path: string, method = 'GET', body?: unknown) =>
    request(`${runtime.url}/api/v1${path}`, method, { token: tokens.editor, body });

  /** A connected simulator socket, or the server's refusal. */
  const connect = (auth: Json) =>
    new Promise<Socket>((resolve, reject) => {
      const socket = io(`${runtime.url}/simulator`, { auth, forceNew: true, reconnection: false });
      sockets.push(socket);
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', reject);
    });
  const send = (socket: Socket, event: string, body: unknown) =>
    socket.timeout(20_000).emitWithAck(event, body) as Promise<Ack>;

  const saveDraft = async (document: Json) => {
    const current = (await (await api(`/bots/${botId}/draft`)).json()) as { revision: number };
    const saved = await api(`/bots/${botId}/draft`, 'PUT', {
      revision: current.revision,
      document,
    });
    expect(saved.status).toBe(200);
  };

  beforeAll(async () => {
    runtime = await startTestRuntime();
    const workspace = await createTestWorkspace(runtime.app);
    tokens = {
      editor: workspace.users.editor.token,
      viewer: workspace.users.viewer.token,
      agent: workspace.users.agent.token,
    };
    // Imported, never published: the simulator runs the draft.
    const imported = await api('/bots/import', 'POST', shoutBot());
    botId = ((await imported.json()) as { id: string }).id;
    const staged = await api(`/bots/${botId}/environments/staging`, 'PATCH', {
      variables: { shop: 'Staging shop' },
    });
    expect(staged.status).toBe(200);
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(() => runtime.close());

  it('refuses a handshake without a valid access token, or from an agent', async () => {
    const refusal = (auth: Json) =>
      connect(auth).then(
        () => undefined,
        (error: Error & { data?: { status?: number } }) => error.data?.status,
      );
    expect(await refusal({})).toBe(401);
    expect(await refusal({ token: 'not-a-token' })).toBe(401);
    expect(await refusal({ token: tokens.agent })).toBe(403);
    await expect(connect({ token: tokens.viewer })).resolves.toBeDefined();
  });

  it('runs a draft that was never published, with staging variables; a turn traces variables before → after', async () => {
    const socket = await connect({ token: tokens.editor });
    const started = await send(socket, 'start', { botId });
    expect(started).toMatchObject({ ok: true, draftRevision: 1 });
    expect(texts(started)).toEqual(['Welcome to Staging shop', 'Say something.']);
    expect(started.messages?.[0]).toMatchObject({ nodeId: 'greet', flowId: 'main' });
    expect(started.state).toMatchObject({ flowId: 'main', nodeId: 'listen', locale: 'en' });

    const sessionId = started.sessionId as string;
    const first = await send(socket, 'say', { sessionId, text: 'hello' });
    expect(texts(first)).toEqual(['You said: HELLO', 'Say something.']);
    expect(typeof first.ms).toBe('number');
    const shout = () => first.trace?.find((step) => step.nodeId === 'shout');
    expect(shout()?.varsChanged).toEqual([{ name: 'loud', after: 'HELLO' }]);
    const second = await send(socket, 'say', { sessionId, text: 'again' });
    expect(second.trace?.find((step) => step.nodeId === 'shout')?.varsChanged).toEqual([
      { name: 'loud', before: 'HELLO', after: 'AGAIN' },
    ]);
    expect(second.state?.vars).toMatchObject({ reply: 'again', loud: 'AGAIN' });
    expect(second.trace?.map((step) => step.nodeId)).toEqual(['listen', 'shout', 'echo', 'listen']);

    const restarted = await send(socket, 'restart', { sessionId });
    expect(texts(restarted)).toEqual(['Welcome to Staging shop', 'Say something.']);
    expect(restarted.state?.vars).not.toHaveProperty('loud');

    const chinese = await send(socket, 'setLocale', { sessionId, locale: 'zh-CN' });
    expect(chinese).toMatchObject({ ok: true, state: { locale: 'zh-CN' } });
    expect(texts(await send(socket, 'restart', { sessionId }))).toEqual([
      '欢迎光临 Staging shop',
      '请说。',
    ]);
    expect(await send(socket, 'setLocale', { sessionId, locale: 'fr' })).toMatchObject({
      ok: false,
      status: 400,
    });
  });

  it('starts at a node with variables set beforehand', async () => {
    const socket = await connect({ token: tokens.editor });
    const started = await send(socket, 'start', {
      botId,
      startAt: { flowId: 'main', nodeId: 'echo' },
      vars: { loud: 'PRESET' },
    });
    expect(texts(started)).toEqual(['You said: PRESET', 'Say something.']);
    expect(started.trace?.filter((s) => s.type === 'step').map((s) => s.nodeId)).toEqual([
      'echo',
      'listen',
    ]);
    // Later turns run on the draft itself: the whole loop is there.
    const next = await send(socket, 'say', { sessionId: started.sessionId, text: 'x' });
    expect(texts(next)).toEqual(['You said: X', 'Say something.']);
    expect(
      await send(socket, 'start', { botId, startAt: { flowId: 'main', nodeId: 'nope' } }),
    ).toMatchObject({ ok: false, status: 404 });
  });

  it('continues on a changed draft when the node is still there, and says why not otherwise', async () => {
    const socket = await connect({ token: tokens.editor });
    const started = await send(socket, 'start', { botId, vars: {} });
    const sessionId = started.sessionId as string;
    await send(socket, 'say', { sessionId, text: 'one' });

    await saveDraft(shoutBot('Echo: {{ vars.loud }}'));
    // Until it is asked to, the session keeps the draft it started on.
    expect(texts(await send(socket, 'say', { sessionId, text: 'two' }))[0]).toBe('You said: TWO');
    const moved = await send(socket, 'continueOnDraft', { sessionId });
    expect(moved).toMatchObject({ ok: true, draftRevision: 2, state: { nodeId: 'listen' } });
    expect(moved.state?.vars).toMatchObject({ loud: 'TWO' });
    expect(texts(await send(socket, 'say', { sessionId, text: 'three' }))[0]).toBe('Echo: THREE');

    await saveDraft(shoutBot('Echo: {{ vars.loud }}', 'message'));
    expect(await send(socket, 'continueOnDraft', { sessionId })).toMatchObject({
      ok: false,
      reason: 'kind-changed',
      nodeId: 'listen',
    });
    const without = shoutBot();
    const flow = (without.flows as { nodes: { id: string }[]; edges: { target: string }[] }[])[0];
    if (!flow) throw new Error('no flow');
    flow.nodes = flow.nodes.filter((node) => node.id !== 'listen');
    flow.edges = flow.edges.filter((edge) => edge.target !== 'listen');
    await saveDraft(without);
    expect(await send(socket, 'continueOnDraft', { sessionId })).toMatchObject({
      ok: false,
      reason: 'node-removed',
      nodeId: 'listen',
    });
    await saveDraft(shoutBot());
  });

  describe('timers', () => {
    let patienceId: string;
    beforeAll(async () => {
      const imported = await api('/bots/import', 'POST', timeoutBot());
      expect(imported.status).toBe(201);
      patienceId = ((await imported.json()) as { id: string }).id;
    });

    /** A socket that keeps every turn the server pushes, per session. */
    const pushedTurns = async () => {
      const socket = await connect({ token: tokens.editor });
      const pushed: Pushed[] = [];
      socket.on('messages', (turn: Pushed) => pushed.push({ ...turn, at: Date.now() }));
      const of = (sessionId: unknown) => pushed.filter((turn) => turn.sessionId === sessionId);
      return { socket, pushed, of };
    };

    it("fires a waiting ask's timeout once, in process, and pushes the turn it causes", async () => {
      const { socket, pushed, of } = await pushedTurns();
      const started = await send(socket, 'start', { botId: patienceId });
      const armedAt = Date.now();
      expect(texts(started)).toEqual(['Your name?']);
      expect(started.state).toMatchObject({ nodeId: 'ask-name', status: 'waiting' });

      await eventually('the timeout turn', () => pushed.length > 0, TIMEOUT_MS + 10_000);
      const [fired] = of(started.sessionId);
      expect(fired?.at).toBeGreaterThanOrEqual(armedAt + TIMEOUT_MS - 100);
      expect(fired).toMatchObject({ state: { status: 'ended' } });
      expect(said(fired)).toEqual(['No answer; goodbye.']);
      expect(fired?.messages?.at(-1)).toMatchObject({ type: 'end', status: 'resolved' });
      expect(fired?.trace?.map((step) => step.nodeId)).toEqual(
        expect.arrayContaining(['ask-name', 'bye', 'done']),
      );
      // Once: nothing waits now, so no further turn comes.
      await sleep(1_500);
      expect(pushed).toHaveLength(1);
    });

    it('fires no timer of a session that ended or restarted before the timer was due', async () => {
      const { socket, pushed, of } = await pushedTurns();
      const answered = await send(socket, 'start', { botId: patienceId });
      const restarted = await send(socket, 'start', { botId: patienceId });
      const firstArmedAt = Date.now();
      const ended = await send(socket, 'say', { sessionId: answered.sessionId, text: 'Ana' });
      expect(said(ended)).toEqual(['Thanks, Ana.']);
      expect(ended.state).toMatchObject({ status: 'ended' });

      await sleep(TIMEOUT_MS / 2);
      const again = await send(socket, 'restart', { sessionId: restarted.sessionId });
      const rearmedAt = Date.now();
      expect(texts(again)).toEqual(['Your name?']);

      // The first wait's timeout was due here; the restart dropped it.
      await sleep(firstArmedAt + TIMEOUT_MS + 1_000 - Date.now());
      expect(pushed).toEqual([]);
      // The restarted wait's own timeout fires, counted from the restart.
      await eventually('the restarted timeout', () => pushed.length > 0, TIMEOUT_MS + 10_000);
      expect(pushed[0]?.at).toBeGreaterThanOrEqual(rearmedAt + TIMEOUT_MS - 100);
      await sleep(500);
      expect(of(restarted.sessionId)).toHaveLength(1);
      expect(of(answered.sessionId)).toEqual([]);
    });
  });

  it('checks every payload, and never stores a simulated conversation', async () => {
    const socket = await connect({ token: tokens.editor });
    const bad = await send(socket, 'say', { text: 'hi' });
    expect(bad).toMatchObject({ ok: false, status: 400 });
    expect(bad.error).toMatch(/sessionId/);
    expect(await send(socket, 'start', { botId, extra: 1 })).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(
      await send(socket, 'say', { sessionId: '6f0c3b2a-1111-4222-8333-944455556666', text: 'x' }),
    ).toMatchObject({ ok: false, status: 404 });
    expect(
      await send(socket, 'start', { botId: '6f0c3b2a-1111-4222-8333-944455556666' }),
    ).toMatchObject({ ok: false, status: 404 });

    const started = await send(socket, 'start', { botId });
    await send(socket, 'say', { sessionId: started.sessionId, text: 'stored?' });
    const listed = await api(`/bots/${botId}/conversations`);
    expect(listed.status).toBe(200);
    expect(await listed.json()).toEqual([]);
  });
});
