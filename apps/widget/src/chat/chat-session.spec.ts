import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChatHttpError } from './chat-http';
import { conversationStorage } from './conversation-storage';
import {
  BOT_ID,
  botSays,
  CHANNEL_ID,
  fakeHttp,
  fakeLinks,
  newSession,
  settle,
  stored,
} from '../testing/fake-chat';

describe('ChatSession', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('loads the channel but starts no conversation until the chat is opened', async () => {
    const { session, http } = newSession();
    await session.load();
    expect(session.snapshot.load).toBe('ready');
    expect(http.start).not.toHaveBeenCalled();

    await session.open();
    expect(http.start).toHaveBeenCalledWith(BOT_ID, { channelId: CHANNEL_ID, locale: 'en' });
    expect(session.snapshot.conversation).toBe('active');
    expect(session.snapshot.messages.map((m) => m.content)).toEqual([
      { type: 'text', text: 'Hi! How can I help?' },
    ]);
    expect(conversationStorage.load(CHANNEL_ID)).toEqual({
      botId: BOT_ID,
      conversationId: 'conv-1',
      token: 'conv-1.token',
    });
  });

  it('resumes a stored conversation from its history after a reload', async () => {
    conversationStorage.save(CHANNEL_ID, { botId: BOT_ID, conversationId: 'c9', token: 'c9.t' });
    const history = [botSays('Earlier question'), stored({ type: 'text', text: 'AB123456' }, 'in')];
    const http = fakeHttp();
    http.messages.mockResolvedValue({ messages: history, status: 'waiting' });
    const { session, links } = newSession(http);
    await session.load();

    expect(http.messages).toHaveBeenCalledWith(BOT_ID, 'c9', 'c9.t', 0);
    expect(session.snapshot.messages).toHaveLength(2);
    expect(session.snapshot.unread).toBe(0);
    expect(links.links).toHaveLength(1);
    await session.open();
    expect(http.start).not.toHaveBeenCalled();
  });

  it('forgets an expired conversation and starts a new one on open', async () => {
    conversationStorage.save(CHANNEL_ID, { botId: BOT_ID, conversationId: 'old', token: 'old.t' });
    const http = fakeHttp();
    http.messages.mockRejectedValue(new ChatHttpError(401, 'expired'));
    const { session } = newSession(http);
    await session.load();
    expect(session.snapshot.conversation).toBe('none');
    await session.open();
    expect(conversationStorage.load(CHANNEL_ID)?.conversationId).toBe('conv-1');
  });

  it('sends over the socket when it is online and merges the acknowledged turn', async () => {
    const { session, links } = newSession();
    await session.load();
    await session.open();
    const live = links.latest()!;
    (live.link as { online: boolean }).online = true;
    live.handlers.connection('online');
    const customer = stored({ type: 'button', payload: 'yes', text: 'Yes please' }, 'in');
    const reply = botSays('Great');
    live.link.send = (body) => {
      live.link.sent.push(body);
      return Promise.resolve({
        message: customer,
        replies: [reply],
        status: 'waiting',
        pending: false,
      });
    };

    await session.pressButton({ label: 'Yes please', payload: 'yes' });
    expect(live.link.sent[0]).toMatchObject({ payload: 'yes', text: 'Yes please' });
    // The same messages arriving on the socket too are shown once.
    live.handlers.message(customer);
    live.handlers.message(reply);
    const texts = session.snapshot.messages.map((m) => m.id);
    expect(texts).toEqual([expect.any(String), customer.id, reply.id]);
    expect(session.snapshot.messages.some((m) => m.pending)).toBe(false);
  });

  it('falls back to HTTP while the socket is down and shows the bot typing meanwhile', async () => {
    const { session, http } = newSession();
    await session.load();
    await session.open();
    const sending = session.sendText('  AB123456 ');
    expect(session.snapshot.botTyping).toBe(true);
    expect(session.snapshot.messages.at(-1)).toMatchObject({ pending: true });
    await sending;
    expect(http.send).toHaveBeenCalledWith(BOT_ID, 'conv-1', 'conv-1.token', {
      text: 'AB123456',
      clientMessageId: expect.stringMatching(/^w-/),
    });
    expect(session.snapshot.botTyping).toBe(false);
    expect(session.snapshot.messages.map((m) => m.content)).toEqual([
      { type: 'text', text: 'Hi! How can I help?' },
      { type: 'text', text: 'AB123456' },
      { type: 'text', text: 'You said: AB123456' },
    ]);
  });

  it('shows "reconnecting" only after having been online', async () => {
    const { session, links } = newSession();
    await session.load();
    await session.open();
    const live = links.latest()!;
    live.handlers.connection('reconnecting');
    expect(session.snapshot.connection).toBe('connecting');
    live.handlers.connection('online');
    live.handlers.connection('reconnecting');
    expect(session.snapshot.connection).toBe('reconnecting');
  });

  it('counts unread bot messages while closed and clears them on open', async () => {
    const { session, links } = newSession();
    await session.load();
    await session.open();
    session.close();
    links.latest()!.handlers.message(botSays('Are you still there?'));
    links.latest()!.handlers.message(botSays('I can help with orders.'));
    expect(session.snapshot.unread).toBe(2);
    await session.open();
    expect(session.snapshot.unread).toBe(0);
  });

  it('ends the conversation on the ended status and starts a new one on request', async () => {
    const { session, links, http } = newSession();
    await session.load();
    await session.open();
    links.latest()!.handlers.status('ended');
    expect(session.snapshot.conversation).toBe('ended');
    await session.restart();
    expect(http.start).toHaveBeenCalledTimes(2);
    expect(session.snapshot.conversation).toBe('active');
  });

  it('starts a new conversation with the identity token when one is identified later', async () => {
    const { session, http } = newSession();
    await session.load();
    await session.open();
    await session.identify('signed.identity');
    expect(http.start).toHaveBeenLastCalledWith(BOT_ID, {
      channelId: CHANNEL_ID,
      locale: 'en',
      identityToken: 'signed.identity',
    });
  });

  it('uses an identity token given before the conversation starts', async () => {
    const { session, http } = newSession();
    await session.identify('early.identity');
    await session.load();
    await session.open();
    expect(http.start).toHaveBeenCalledTimes(1);
    expect(http.start.mock.calls[0]?.[1]).toMatchObject({ identityToken: 'early.identity' });
  });

  it('reports a refused website as an error and starts nothing', async () => {
    const http = fakeHttp();
    http.widgetConfig.mockRejectedValue(new ChatHttpError(403, 'not allowed'));
    const { session } = newSession(http);
    await session.load();
    await session.open();
    expect(session.snapshot).toMatchObject({ load: 'error', loadError: 'forbidden' });
    expect(http.start).not.toHaveBeenCalled();
  });

  it('takes a hidden refusal (network error while the runtime answers) for a refused website', async () => {
    const http = fakeHttp();
    http.widgetConfig.mockRejectedValue(new ChatHttpError(0, 'failed to fetch'));
    http.reachable.mockResolvedValue(true);
    const { session } = newSession(http);
    await session.load();
    expect(session.snapshot.loadError).toBe('forbidden');
  });

  it('marks a message that could not be sent and says so', async () => {
    const http = fakeHttp();
    http.send.mockRejectedValue(new ChatHttpError(0, 'offline'));
    const { session } = newSession(http, fakeLinks());
    await session.load();
    await session.open();
    await session.sendText('hello');
    await settle();
    expect(session.snapshot.notice).toBe('send-failed');
    expect(session.snapshot.messages.at(-1)).toMatchObject({ failed: true });
  });
});
