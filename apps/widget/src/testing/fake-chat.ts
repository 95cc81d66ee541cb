import { vi } from 'vitest';
import type { ChatMessage, ChatContent } from '../chat/chat-message';
import type { ChatHttp, SentMessage } from '../chat/chat-http';
import type { ChatLink, ChatLinkFactory, ChatLinkHandlers } from '../chat/chat-link';
import { ChatSession } from '../chat/chat-session';
import type { WidgetConfig } from '../chat/widget-config';

export const BOT_ID = '11111111-1111-4111-8111-111111111111';
export const CHANNEL_ID = '22222222-2222-4222-8222-222222222222';
export const BASE_URL = 'https://chat.parley.test';

export const widgetConfig: WidgetConfig = {
  channelId: CHANNEL_ID,
  botId: BOT_ID,
  environment: 'production',
  theme: {
    primaryColor: '#0F766E',
    title: 'Acme support',
    avatarUrl: null,
    greeting: { en: 'Welcome to Acme!', 'zh-CN': '欢迎光临 Acme！' },
    position: 'right',
  },
  locales: ['en', 'zh-CN'],
  defaultLocale: 'en',
  allowedImageHosts: ['images.acme.test'],
};

let nextSeq = 1;

/** A stored message as the runtime sends it. */
export function stored(content: ChatContent, direction: 'in' | 'out' = 'out'): ChatMessage {
  const seq = nextSeq++;
  return {
    id: `m-${seq}`,
    seq,
    direction,
    author: direction === 'in' ? 'customer' : 'bot',
    content,
    createdAt: '2026-11-24T07:00:00.000Z',
  };
}

export function botSays(text: string): ChatMessage {
  return stored({ type: 'text', text });
}

/** The chat API, answering from what a test sets up. */
export function fakeHttp() {
  return {
    reachable: vi.fn<ChatHttp['reachable']>().mockResolvedValue(false),
    widgetConfig: vi.fn<ChatHttp['widgetConfig']>().mockResolvedValue(widgetConfig),
    start: vi.fn<ChatHttp['start']>().mockResolvedValue({
      conversationId: 'conv-1',
      token: 'conv-1.token',
      status: 'waiting',
      messages: [botSays('Hi! How can I help?')],
    }),
    send: vi.fn<ChatHttp['send']>().mockImplementation((_bot, _conv, _token, body) =>
      Promise.resolve<SentMessage>({
        message: stored({ type: 'text', text: body.text ?? '' }, 'in'),
        replies: [botSays(`You said: ${body.text ?? ''}`)],
        status: 'waiting',
        pending: false,
      }),
    ),
    messages: vi.fn<ChatHttp['messages']>().mockResolvedValue({ messages: [], status: 'waiting' }),
  };
}

/** A live connection the test drives: `handlers` is what the session listens to. */
export function fakeLinks() {
  const links: { handlers: ChatLinkHandlers; link: ChatLink & { sent: unknown[] } }[] = [];
  const connect: ChatLinkFactory = ({ handlers }) => {
    const sent: unknown[] = [];
    const link = {
      online: false,
      sent,
      send: vi.fn((body: unknown) => {
        sent.push(body);
        return Promise.resolve<SentMessage>({
          message: null,
          replies: [],
          status: 'waiting',
          pending: false,
        });
      }),
      close: vi.fn(),
    };
    links.push({ handlers, link });
    return link;
  };
  return { connect, links, latest: () => links[links.length - 1] };
}

export function newSession(http = fakeHttp(), links = fakeLinks()) {
  const session = new ChatSession({
    channelId: CHANNEL_ID,
    baseUrl: BASE_URL,
    locale: 'en',
    http,
    connect: links.connect,
    pollMs: 60_000,
  });
  return { session, http, links };
}

/** Lets pending promises settle. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
  await new Promise((resolve) => setTimeout(resolve, 0));
}
