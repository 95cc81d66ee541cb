import type { ChatButton, ChatMessage } from './chat-message';
import { type ChatHttp, ChatHttpError, type SendBody, type SentMessage } from './chat-http';
import type { ChatLink, ChatLinkFactory } from './chat-link';
import { conversationStorage } from './conversation-storage';
import { lastSeq, mergeMessages } from './message-log';
import type { WidgetConfig } from './widget-config';

/** Why the chat cannot be used at all. */
export type LoadError = 'forbidden' | 'unavailable' | 'not-found' | 'network';
/** A passing problem, shown above the composer. */
export type Notice = 'send-failed' | 'start-failed' | 'rate-limited';

export interface SessionState {
  load: 'loading' | 'ready' | 'error';
  loadError: LoadError | null;
  config: WidgetConfig | null;
  conversation: 'none' | 'starting' | 'active' | 'ended';
  messages: ChatMessage[];
  botTyping: boolean;
  /** `reconnecting` only after the socket was once online; before that it is `connecting`. */
  connection: 'offline' | 'connecting' | 'online' | 'reconnecting';
  open: boolean;
  unread: number;
  notice: Notice | null;
}

export interface SessionDeps {
  channelId: string;
  baseUrl: string;
  locale: string;
  http: ChatHttp;
  connect: ChatLinkFactory;
  /** How often to read new messages over HTTP while the socket is down. */
  pollMs?: number;
}

const ENDED = new Set(['ended', 'abandoned']);

/**
 * One visitor's chat: loads the channel, starts or resumes the conversation, keeps
 * the live connection (HTTP when it is down), and holds everything the UI shows.
 */
export class ChatSession {
  private state: SessionState = {
    load: 'loading',
    loadError: null,
    config: null,
    conversation: 'none',
    messages: [],
    botTyping: false,
    connection: 'offline',
    open: false,
    unread: 0,
    notice: null,
  };
  private readonly listeners = new Set<() => void>();
  private link: ChatLink | null = null;
  private poller: ReturnType<typeof setInterval> | null = null;
  private conversationId = '';
  private token = '';
  private identityToken: string | undefined;
  private sent = 0;

  constructor(private readonly deps: SessionDeps) {}

  get snapshot(): SessionState {
    return this.state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Loads the channel and, when this browser already has a conversation, resumes it. */
  async load(): Promise<void> {
    this.update({ load: 'loading', loadError: null });
    let config: WidgetConfig;
    try {
      config = await this.deps.http.widgetConfig(this.deps.channelId);
    } catch (error) {
      let loadError = loadErrorOf(error);
      if (loadError === 'network' && (await this.deps.http.reachable())) loadError = 'forbidden';
      this.update({ load: 'error', loadError });
      return;
    }
    this.update({ load: 'ready', config });
    const stored = conversationStorage.load(this.deps.channelId);
    if (stored && stored.botId === config.botId) await this.resume(stored);
    else if (this.state.open) await this.start();
  }

  async open(): Promise<void> {
    this.update({ open: true, unread: 0 });
    if (this.state.load === 'ready' && this.state.conversation === 'none') await this.start();
  }

  close(): void {
    this.update({ open: false });
  }

  /** Remembers the customer's signed identity; an existing conversation is replaced by one that uses it. */
  async identify(identityToken: string): Promise<void> {
    this.identityToken = identityToken;
    if (this.state.load === 'ready' && this.state.conversation !== 'none') await this.restart();
  }

  /** Drops the current conversation and starts a new one. */
  async restart(): Promise<void> {
    this.disconnect();
    conversationStorage.clear(this.deps.channelId);
    this.update({ conversation: 'none', messages: [], botTyping: false, notice: null });
    await this.start();
  }

  sendText(text: string): Promise<void> {
    const trimmed = text.trim();
    if (trimmed === '') return Promise.resolve();
    return this.send({ text: trimmed });
  }

  pressButton(button: ChatButton): Promise<void> {
    return this.send({ payload: button.payload, text: button.label });
  }

  dismissNotice(): void {
    this.update({ notice: null });
  }

  dispose(): void {
    this.disconnect();
    this.listeners.clear();
  }

  private async start(): Promise<void> {
    const config = this.state.config;
    if (!config || this.state.conversation === 'starting') return;
    this.update({ conversation: 'starting', notice: null });
    const locale = config.locales.includes(this.deps.locale) ? this.deps.locale : undefined;
    try {
      const started = await this.deps.http.start(config.botId, {
        channelId: this.deps.channelId,
        ...(locale ? { locale } : {}),
        ...(this.identityToken ? { identityToken: this.identityToken } : {}),
      });
      this.conversationId = started.conversationId;
      this.token = started.token;
      conversationStorage.save(this.deps.channelId, {
        botId: config.botId,
        conversationId: started.conversationId,
        token: started.token,
      });
      this.update({ conversation: 'active', messages: [] });
      this.receive(started.messages, started.status);
      this.connect();
    } catch (error) {
      if (error instanceof ChatHttpError && (error.status === 403 || error.status === 409))
        this.update({ conversation: 'none', load: 'error', loadError: loadErrorOf(error) });
      else this.update({ conversation: 'none', notice: 'start-failed' });
    }
  }

  private async resume(stored: { conversationId: string; token: string; botId: string }) {
    this.conversationId = stored.conversationId;
    this.token = stored.token;
    try {
      const history = await this.deps.http.messages(
        stored.botId,
        stored.conversationId,
        stored.token,
        0,
      );
      this.update({ conversation: 'active' });
      this.receive(history.messages, history.status, false);
      if (this.state.conversation === 'active') this.connect();
    } catch (error) {
      if (error instanceof ChatHttpError && error.status !== 0 && error.status !== 429) {
        // Expired or unknown: forget it; the next open starts afresh.
        conversationStorage.clear(this.deps.channelId);
        this.update({ conversation: 'none', messages: [] });
        if (this.state.open) await this.start();
      } else {
        this.update({ conversation: 'active' });
        this.connect();
      }
    }
  }

  private connect(): void {
    this.disconnect();
    this.update({ connection: 'connecting' });
    this.link = this.deps.connect({
      baseUrl: this.deps.baseUrl,
      token: this.token,
      after: () => lastSeq(this.state.messages),
      handlers: {
        message: (message) => this.receive([message]),
        botTyping: (botTyping) => this.update({ botTyping }),
        status: (status) => this.receive([], status),
        connection: (connection) => this.setConnection(connection),
        refused: (status) => {
          this.disconnect();
          if (status === 401 || status === 404) void this.restart();
        },
      },
    });
    // Until the socket is up, read new messages over HTTP.
    this.startPolling();
  }

  private setConnection(connection: 'online' | 'reconnecting'): void {
    const neverOnline = this.state.connection === 'connecting';
    this.update({
      connection: connection === 'reconnecting' && neverOnline ? 'connecting' : connection,
    });
    if (connection === 'online') this.stopPolling();
    else this.startPolling();
  }

  private disconnect(): void {
    this.link?.close();
    this.link = null;
    this.stopPolling();
    this.update({ connection: 'offline', botTyping: false });
  }

  private startPolling(): void {
    if (this.poller) return;
    this.poller = setInterval(() => void this.poll(), this.deps.pollMs ?? 4_000);
  }

  private stopPolling(): void {
    if (this.poller) clearInterval(this.poller);
    this.poller = null;
  }

  private async poll(): Promise<void> {
    const botId = this.state.config?.botId;
    if (!botId || this.state.conversation !== 'active') return;
    try {
      const news = await this.deps.http.messages(
        botId,
        this.conversationId,
        this.token,
        lastSeq(this.state.messages),
      );
      this.receive(news.messages, news.status);
    } catch {
      // Offline for now; the next tick tries again.
    }
  }

  private async send(body: SendBody): Promise<void> {
    const config = this.state.config;
    if (!config || this.state.conversation !== 'active') return;
    this.sent += 1;
    const clientMessageId = `w-${Date.now().toString(36)}-${this.sent}`;
    const local: ChatMessage = {
      id: clientMessageId,
      seq: Number.MAX_SAFE_INTEGER,
      direction: 'in',
      author: 'customer',
      content: 'payload' in body ? { type: 'button', ...body } : { type: 'text', text: body.text },
      createdAt: new Date().toISOString(),
      pending: true,
    };
    this.update({ messages: [...this.state.messages, local], notice: null });
    const link = this.link?.online === true ? this.link : null;
    const viaSocket = link !== null;
    // Over HTTP there are no typing events: show the bot typing until the answer comes.
    if (!viaSocket) this.update({ botTyping: true });
    try {
      const sent: SentMessage = link
        ? await link.send({ ...body, clientMessageId })
        : await this.deps.http.send(config.botId, this.conversationId, this.token, {
            ...body,
            clientMessageId,
          });
      this.receive([...(sent.message ? [sent.message] : []), ...sent.replies], sent.status);
      if (sent.pending) this.startPolling();
    } catch (error) {
      this.failed(clientMessageId, error);
    } finally {
      if (!viaSocket) this.update({ botTyping: false });
    }
  }

  private failed(clientMessageId: string, error: unknown): void {
    const status = error instanceof ChatHttpError ? error.status : 0;
    const messages = this.state.messages.map((m) =>
      m.id === clientMessageId ? { ...m, pending: false, failed: true } : m,
    );
    if (status === 409) this.update({ messages, conversation: 'ended' });
    else this.update({ messages, notice: status === 429 ? 'rate-limited' : 'send-failed' });
  }

  private receive(incoming: ChatMessage[], status = '', countUnread = true): void {
    const { messages, added } = mergeMessages(this.state.messages, incoming);
    const fresh = added.filter((m) => m.direction === 'out').length;
    const unread = this.state.open || !countUnread ? 0 : this.state.unread + fresh;
    const ended = ENDED.has(status) && this.state.conversation === 'active';
    this.update({ messages, unread, ...(ended ? { conversation: 'ended' as const } : {}) });
    if (ended) this.disconnect();
  }

  private update(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}

function loadErrorOf(error: unknown): LoadError {
  const status = error instanceof ChatHttpError ? error.status : 0;
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'unavailable';
  return 'network';
}
