import { type ChatMessage, parseMessage, parseMessages } from './chat-message';
import { parseWidgetConfig, type WidgetConfig } from './widget-config';

/** A refused or failed request; `status` 0 means the runtime could not be reached at all. */
export class ChatHttpError extends Error {
  override readonly name = 'ChatHttpError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface StartedConversation {
  conversationId: string;
  token: string;
  status: string;
  messages: ChatMessage[];
}

/** The answer to a message: the stored message and its turn's replies (none yet when pending). */
export interface SentMessage {
  message: ChatMessage | null;
  replies: ChatMessage[];
  status: string;
  pending: boolean;
}

export type SendBody = { text: string } | { payload: string; text?: string };

export type ChatHttp = ReturnType<typeof createChatHttp>;

/** The chat API over HTTP (docs/chat-api.md), for one runtime. */
export function createChatHttp(baseUrl: string, fetchImpl: typeof fetch = fetch.bind(globalThis)) {
  async function request(path: string, init: RequestInit = {}): Promise<unknown> {
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, { ...init, credentials: 'omit' });
    } catch {
      throw new ChatHttpError(0, 'The chat service could not be reached');
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const message =
        typeof body === 'object' && body !== null && 'message' in body
          ? String(body.message)
          : response.statusText;
      throw new ChatHttpError(response.status, message);
    }
    return body;
  }

  const json = (token?: string): Record<string, string> => ({
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  });
  const conversations = (botId: string) =>
    `/api/v1/bots/${encodeURIComponent(botId)}/conversations`;

  return {
    /**
     * Whether the runtime answers at all (its public, CORS-open script). A browser
     * hides the runtime's refusal of a website (a 403 without CORS headers) behind a
     * network error; when the runtime is reachable, that refusal is the likely cause.
     */
    async reachable(): Promise<boolean> {
      try {
        const response = await fetchImpl(`${baseUrl}/widget.js`, { credentials: 'omit' });
        return response.ok;
      } catch {
        return false;
      }
    },

    async widgetConfig(channelId: string): Promise<WidgetConfig> {
      const body = await request(`/api/v1/channels/${encodeURIComponent(channelId)}/widget`);
      const config = parseWidgetConfig(body);
      if (!config) throw new ChatHttpError(500, 'The chat settings could not be read');
      return config;
    },

    async start(
      botId: string,
      start: { channelId: string; locale?: string; identityToken?: string },
    ): Promise<StartedConversation> {
      const body = (await request(conversations(botId), {
        method: 'POST',
        headers: json(),
        body: JSON.stringify(start),
      })) as Record<string, unknown> | null;
      if (typeof body?.conversationId !== 'string' || typeof body.token !== 'string')
        throw new ChatHttpError(500, 'The conversation could not be started');
      return {
        conversationId: body.conversationId,
        token: body.token,
        status: typeof body.status === 'string' ? body.status : 'waiting',
        messages: parseMessages(body.messages),
      };
    },

    async send(
      botId: string,
      conversationId: string,
      token: string,
      message: SendBody & { clientMessageId: string },
    ): Promise<SentMessage> {
      const body = await request(
        `${conversations(botId)}/${encodeURIComponent(conversationId)}/messages`,
        { method: 'POST', headers: json(token), body: JSON.stringify(message) },
      );
      return parseSent(body);
    },

    async messages(
      botId: string,
      conversationId: string,
      token: string,
      after: number,
    ): Promise<{ messages: ChatMessage[]; status: string }> {
      const body = (await request(
        `${conversations(botId)}/${encodeURIComponent(conversationId)}/messages?after=${after}`,
        { headers: { authorization: `Bearer ${token}` } },
      )) as Record<string, unknown> | null;
      return {
        messages: parseMessages(body?.messages),
        status: typeof body?.status === 'string' ? body.status : '',
      };
    },
  };
}

/** Reads the body of a send, over HTTP or in a socket acknowledgement. */
export function parseSent(value: unknown): SentMessage {
  const body = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  return {
    message: parseMessage(body.message),
    replies: parseMessages(body.replies),
    status: typeof body.status === 'string' ? body.status : '',
    pending: body.pending === true,
  };
}
