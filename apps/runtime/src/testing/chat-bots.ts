import { request } from './test-callers';

type Json = Record<string, unknown>;

/** Options of {@link echoBot}. */
export interface EchoBotOptions {
  /** The first thing the bot says (tell versions apart by it). */
  greeting?: string;
  /** Silence for this long ends the conversation with "No reply, goodbye." */
  timeoutSeconds?: number;
  /** Look this URL up (GET) before each echo; `{{ vars.reply }}` may appear in it. */
  lookupUrl?: string;
}

/**
 * A bot for conversation tests: greets, then answers every message with
 * "You said: <message>" and asks again, so each reply names the message it
 * answers. Only rule nodes, unless `lookupUrl` puts a look-up before each echo.
 */
export function echoBot(options: EchoBotOptions = {}): Json {
  const at = (y: number) => ({ x: 0, y });
  const nodes: Json[] = [
    { id: 'start', type: 'start', position: at(0), data: {} },
    {
      id: 'greet',
      type: 'message',
      position: at(100),
      data: { text: { en: options.greeting ?? 'Hello!' } },
    },
    {
      id: 'listen',
      type: 'ask',
      position: at(200),
      data: {
        question: { en: 'Say something.' },
        variable: 'reply',
        ...(options.timeoutSeconds ? { timeoutSeconds: options.timeoutSeconds } : {}),
      },
    },
    {
      id: 'echo',
      type: 'message',
      position: at(300),
      data: { text: { en: 'You said: {{ vars.reply }}' } },
    },
  ];
  const edges: Json[] = [
    { id: 'e1', source: 'start', sourceHandle: 'next', target: 'greet' },
    { id: 'e2', source: 'greet', sourceHandle: 'next', target: 'listen' },
    { id: 'e4', source: 'echo', sourceHandle: 'next', target: 'listen' },
  ];
  if (options.lookupUrl) {
    nodes.push({
      id: 'fetch',
      type: 'lookup',
      position: at(250),
      data: {
        source: 'http',
        http: { method: 'GET', url: options.lookupUrl, headers: [], timeoutMs: 10_000 },
        resultVariable: 'fetched',
      },
    });
    edges.push(
      { id: 'e3', source: 'listen', sourceHandle: 'next', target: 'fetch' },
      { id: 'f1', source: 'fetch', sourceHandle: 'found', target: 'echo' },
      { id: 'f2', source: 'fetch', sourceHandle: 'not_found', target: 'echo' },
      { id: 'f3', source: 'fetch', sourceHandle: 'error', target: 'echo' },
    );
  } else {
    edges.push({ id: 'e3', source: 'listen', sourceHandle: 'next', target: 'echo' });
  }
  if (options.timeoutSeconds) {
    nodes.push(
      {
        id: 'gone',
        type: 'message',
        position: at(400),
        data: { text: { en: 'No reply, goodbye.' } },
      },
      { id: 'bye', type: 'end', position: at(500), data: { status: 'unresolved' } },
    );
    edges.push(
      { id: 't1', source: 'listen', sourceHandle: 'timeout', target: 'gone' },
      { id: 't2', source: 'gone', sourceHandle: 'next', target: 'bye' },
    );
  }
  return {
    schemaVersion: 2,
    id: 'echo',
    name: 'Echo',
    defaultLocale: 'en',
    locales: ['en'],
    variables: [
      { name: 'reply', type: 'string', scope: 'conversation' },
      { name: 'fetched', type: 'object', scope: 'conversation' },
    ],
    flows: [{ id: 'main', name: 'Main', nodes, edges }],
  };
}

/** Imports `document` into the caller's workspace and publishes it to `environment`; the bot id. */
export async function publishBot(
  baseUrl: string,
  token: string,
  document: Json,
  environment = 'production',
): Promise<string> {
  const imported = await request(`${baseUrl}/api/v1/bots/import`, 'POST', {
    token,
    body: document,
  });
  const bot = (await imported.json()) as Json;
  if (imported.status !== 201) throw new Error(`import failed: ${JSON.stringify(bot)}`);
  const botId = bot.id as string;
  await publishDraft(baseUrl, token, botId, environment);
  return botId;
}

/** Publishes the bot's current draft to `environment`; the new version number. */
export async function publishDraft(
  baseUrl: string,
  token: string,
  botId: string,
  environment = 'production',
): Promise<number> {
  const published = await request(`${baseUrl}/api/v1/bots/${botId}/publish`, 'POST', {
    token,
    body: { environment },
  });
  const body = (await published.json()) as { version?: { number: number } };
  if (published.status !== 201 || !body.version) {
    throw new Error(`publish failed: ${JSON.stringify(body)}`);
  }
  return body.version.number;
}

/** A chat message as the API returns it. */
export interface ChatMessageView {
  id: string;
  seq: number;
  direction: 'in' | 'out';
  author: string;
  content: { type: string; text?: string; [key: string]: unknown };
}

/** A customer's side of one conversation over the chat API. */
export interface ChatClient {
  conversationId: string;
  token: string;
  first: ChatMessageView[];
  send(
    body: Json,
    token?: string,
  ): Promise<{ status: number; body: Json & { replies?: ChatMessageView[]; status?: string } }>;
  list(after?: number): Promise<{ status: number; messages: ChatMessageView[]; state: string }>;
}

/** Starts a conversation on `botId` at `baseUrl` (production unless `start` says otherwise). */
export async function startChat(
  baseUrl: string,
  botId: string,
  start: Json = {},
): Promise<ChatClient> {
  const root = `${baseUrl}/api/v1/bots/${botId}/conversations`;
  const started = await request(root, 'POST', { body: start });
  const body = (await started.json()) as Json;
  if (started.status !== 201)
    throw new Error(`start failed ${started.status}: ${JSON.stringify(body)}`);
  const conversationId = body.conversationId as string;
  const token = body.token as string;
  return {
    conversationId,
    token,
    first: body.messages as ChatMessageView[],
    async send(message, as = token) {
      const response = await request(`${root}/${conversationId}/messages`, 'POST', {
        token: as,
        body: message,
      });
      return { status: response.status, body: (await response.json()) as Json };
    },
    async list(after = 0) {
      const response = await request(`${root}/${conversationId}/messages?after=${after}`, 'GET', {
        token,
      });
      const listed = (await response.json()) as { messages: ChatMessageView[]; status: string };
      return { status: response.status, messages: listed.messages, state: listed.status };
    },
  };
}

/** The texts of bot messages, in order. */
export function texts(messages: ChatMessageView[] | undefined): string[] {
  return (messages ?? []).map((message) => {
    const card = message.content.card as { title?: string } | undefined;
    return message.content.text ?? card?.title ?? `[${message.content.type}]`;
  });
}
