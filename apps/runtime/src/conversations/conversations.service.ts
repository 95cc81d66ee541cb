import { randomUUID } from 'node:crypto';
import {
  ConflictException,
  Inject,
  Injectable,
  Logger,
  NotFoundException,
  PayloadTooLargeException,
  UnauthorizedException,
} from '@nestjs/common';
import type { InboundEvent, JsonObject } from '@parley/engine';
import { type ChannelAccess, ChannelDirectory } from '../channels/channel.directory';
import { RUNTIME_CONFIG } from '../config/config.module';
import type { RuntimeConfig } from '../config/runtime-config.schema';
import { EnvironmentResolver } from '../environments/environment.resolver';
import { ContactsService } from '../identity/contacts.service';
import { SecretsService } from '../secrets/secrets.service';
import { VersionsService } from '../versions/versions.service';
import {
  MAX_MESSAGE_TEXT,
  type SendMessageRequest,
  type StartConversationRequest,
} from './chat-request.schema';
import { ConversationTokenService } from './conversation-token.service';
import { ConversationNotifier } from './conversation.notifier';
import {
  type Accepted,
  ConversationStore,
  DuplicateClientMessage,
  type StoredMessage,
} from './conversation.store';
import { InboxDrainer } from './inbox.drainer';
import { MessageReader } from './message.reader';

/** How often a waiting request looks again without a notification (and tries to take over). */
const POLL_MS = 500;
/** The vault secret identity tokens are checked with, unless the environment maps `identity`. */
export const IDENTITY_SECRET_NAME = 'IDENTITY_SIGNING_SECRET';

export interface StartedConversation {
  conversationId: string;
  token: string;
  status: string;
  messages: StoredMessage[];
  /** `true` when the first messages were not ready in time: read them with `GET …/messages`. */
  pending?: boolean;
}

export interface TurnReply {
  message: StoredMessage;
  replies: StoredMessage[];
  status: string;
  /** `true` when the replies were not ready in time: fetch them later with `GET …/messages`. */
  pending?: boolean;
}

/**
 * The chat API's work: starting conversations and taking messages. A message is
 * stored before anything else; then whoever finds the conversation's lease free
 * runs its inbox, and the request waits for its own turn's replies.
 */
@Injectable()
export class ConversationsService {
  private readonly logger = new Logger(ConversationsService.name);

  constructor(
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    private readonly environments: EnvironmentResolver,
    private readonly versions: VersionsService,
    private readonly contacts: ContactsService,
    private readonly secrets: SecretsService,
    private readonly tokens: ConversationTokenService,
    private readonly store: ConversationStore,
    private readonly reader: MessageReader,
    private readonly drainer: InboxDrainer,
    private readonly notifier: ConversationNotifier,
    private readonly channels: ChannelDirectory,
  ) {}

  /**
   * Starts a conversation on what the environment runs now (through a channel:
   * the channel's environment), and returns the bot's first messages.
   */
  async start(botId: string, request: StartConversationRequest): Promise<StartedConversation> {
    const channel = request.channelId ? await this.openChannel(botId, request.channelId) : null;
    const environment = await this.environments.resolve(
      botId,
      channel?.environment ?? request.environment ?? 'production',
    );
    const channelKind = channel ? 'widget' : request.channel;
    const doc = await this.versions.documentById(environment.versionId);
    const locale =
      request.locale && doc.locales.includes(request.locale) ? request.locale : doc.defaultLocale;
    const contact = request.identityToken
      ? await this.identify(environment.workspaceId, environment.secrets, request.identityToken)
      : undefined;
    const id = randomUUID();
    const start: InboundEvent = {
      type: 'start',
      locale,
      vars: environment.variables as JsonObject,
      contact: (contact?.attributes ?? {}) as JsonObject,
      conversationId: id,
      channel: channelKind,
    };
    const owner = this.drainer.newLeaseOwner();
    const accepted = await this.store.create({
      id,
      workspaceId: environment.workspaceId,
      botId,
      versionId: environment.versionId,
      environment: environment.environment,
      channel: channelKind,
      channelId: channel?.id ?? null,
      locale,
      contactId: contact?.id ?? null,
      start,
      leaseOwner: owner,
      leaseMs: this.config.turns.leaseMs,
    });
    const reply = await this.runOwnTurn(accepted, owner);
    return {
      conversationId: id,
      token: this.tokens.sign(id),
      status: reply.status,
      messages: reply.replies,
      ...(reply.pending ? { pending: true } : {}),
    };
  }

  /**
   * Stores the customer's message and answers with its turn's replies. A repeated
   * `clientMessageId` answers with the replies of the first one, without a turn.
   */
  async send(
    botId: string,
    conversationId: string,
    token: string | undefined,
    request: SendMessageRequest,
  ): Promise<TurnReply> {
    await this.authorise(token, botId, conversationId);
    const text = request.text;
    if (text !== undefined && text.length > MAX_MESSAGE_TEXT) {
      throw new PayloadTooLargeException(
        `A message may have at most ${MAX_MESSAGE_TEXT} characters; this one has ${text.length}`,
      );
    }
    const event: InboundEvent =
      'payload' in request
        ? { type: 'button', payload: request.payload, ...(text ? { text } : {}) }
        : { type: 'text', text: request.text };
    const owner = this.drainer.newLeaseOwner();
    let accepted: Accepted | undefined;
    try {
      accepted = await this.store.accept({
        conversationId,
        botId,
        author: 'customer',
        event,
        clientMessageId: request.clientMessageId ?? null,
        leaseOwner: owner,
        leaseMs: this.config.turns.leaseMs,
      });
    } catch (error) {
      if (!(error instanceof DuplicateClientMessage) || !request.clientMessageId) throw error;
      const stored = await this.reader.byClientMessageId(conversationId, request.clientMessageId);
      if (!stored) throw error;
      return this.awaitTurn(conversationId, stored);
    }
    if (!accepted) throw await this.refusal(botId, conversationId);
    // Live views here (the widget, an agent's screen) show the message before its replies;
    // other replicas' views get it with the turn's announcement, sparing a notification.
    this.notifier.announceLocally(conversationId);
    return this.runOwnTurn(accepted, owner);
  }

  /** Every message after `seq` (customer, bot, agent and timer-driven), and the status. */
  async messages(
    botId: string,
    conversationId: string,
    token: string | undefined,
    after: number,
    limit: number,
  ): Promise<{ messages: StoredMessage[]; status: string }> {
    await this.authorise(token, botId, conversationId);
    const conversation = await this.store.conversation(conversationId);
    if (!conversation || conversation.bot_id !== botId) throw notFound(conversationId);
    return {
      messages: await this.reader.messagesAfter(conversationId, after, limit),
      status: conversation.status,
    };
  }

  /** The bot's channel a conversation starts through: 404 if it is not the bot's, 409 if switched off. */
  private async openChannel(botId: string, channelId: string): Promise<ChannelAccess> {
    const channel = await this.channels.channel(channelId);
    if (!channel || channel.botId !== botId) {
      throw new NotFoundException(`No channel ${channelId} for this bot`);
    }
    if (!channel.enabled) throw new ConflictException('This chat is switched off for now');
    return channel;
  }

  /** A wrong token is 401, but an unknown conversation is 404 whatever the token. */
  private async authorise(
    token: string | undefined,
    botId: string,
    conversationId: string,
  ): Promise<void> {
    if (this.tokens.verify(token, conversationId)) return;
    const conversation = await this.store.conversation(conversationId);
    if (!conversation || conversation.bot_id !== botId) throw notFound(conversationId);
    throw new UnauthorizedException('A valid conversation token is required for this conversation');
  }

  /** After `accept`: run the inbox if we got the lease, else wait for whoever has it. */
  private async runOwnTurn(accepted: Accepted, owner: string): Promise<TurnReply> {
    const { conversation, message } = accepted;
    const deadline = Date.now() + this.config.turns.waitMs;
    if (conversation.lease_owner === owner) {
      // Ours is the only waiting message when the inbox holds one: run it straight away.
      const first =
        conversation.inbox_pending === 1
          ? { id: message.id, seq: message.seq, content: message.content as InboundEvent }
          : undefined;
      // The turn goes on past the deadline (an LLM may take a minute); the request does not.
      const outcome = await withDeadline(this.drainer.run(conversation, owner, first), deadline);
      if ('value' in outcome && outcome.value) {
        const turn = outcome.value;
        return { message, replies: turn.replies, status: turn.conversation.status };
      }
      if ('error' in outcome) {
        // Stored all the same: the lease lapses and the sweeper runs it; the client can poll.
        this.logger.error(
          `Turn of message ${message.id} failed to run here: ${String(outcome.error)}`,
        );
      }
    }
    return this.awaitTurn(
      conversation.id,
      { ...message, processed: false, turnId: null },
      deadline,
    );
  }

  /** Waits until the message's turn is committed (by any replica), then reads its replies. */
  private async awaitTurn(
    conversationId: string,
    message: StoredMessage & { processed: boolean; turnId: string | null },
    deadline = Date.now() + this.config.turns.waitMs,
  ): Promise<TurnReply> {
    const { processed, turnId, ...inbound } = message;
    let state = { processed, turnId };
    while (!state.processed) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        // The client is told its message is stored: make sure it is on disk.
        await this.store.flush(conversationId);
        const conversation = await this.store.conversation(conversationId);
        return {
          message: inbound,
          replies: [],
          status: conversation?.status ?? 'idle',
          pending: true,
        };
      }
      const wait = this.notifier.next(conversationId, Math.min(POLL_MS, remaining));
      const latest = await this.reader.inbound(conversationId, inbound.id);
      if (latest?.processed) {
        wait.cancel();
        state = latest;
        break;
      }
      if (!(await wait.done)) {
        // Nobody announced anything for a while: the lease holder may be gone.
        await this.drainer.drain(conversationId).catch(() => undefined);
      }
    }
    const conversation = await this.store.conversation(conversationId);
    return {
      message: inbound,
      replies: state.turnId ? await this.reader.replies(state.turnId) : [],
      status: conversation?.status ?? 'idle',
    };
  }

  /** Why a message was not stored: no such conversation (404) or it is over (409). */
  private async refusal(botId: string, conversationId: string): Promise<Error> {
    const conversation = await this.store.conversation(conversationId);
    if (!conversation || conversation.bot_id !== botId) return notFound(conversationId);
    return new ConflictException(
      conversation.status === 'abandoned'
        ? 'This conversation was closed after a period of inactivity; start a new one'
        : 'This conversation has ended; start a new one',
    );
  }

  /** The contact behind a signed identity token, or a new anonymous one when it does not hold. */
  private async identify(
    workspaceId: string,
    environmentSecrets: Record<string, string>,
    identityToken: string,
  ): Promise<{ id: string; attributes: Record<string, unknown> }> {
    const name = environmentSecrets.identity ?? IDENTITY_SECRET_NAME;
    const secret = (await this.secrets.resolve(workspaceId, name)) ?? '';
    const { contact, failure } = await this.contacts.resolveVerified(
      workspaceId,
      identityToken,
      secret,
    );
    if (failure) this.logger.warn(`Identity token not accepted (${failure}); anonymous contact`);
    return {
      id: contact.id,
      attributes: contact.verified ? { ...contact.attributes, id: contact.externalId } : {},
    };
  }
}

/** How a piece of work stood at its deadline: done (with its value or error), or still running. */
type AtDeadline<T> = { done: true; value: T } | { done: true; error: unknown } | { done: false };

function withDeadline<T>(work: Promise<T>, deadline: number): Promise<AtDeadline<T>> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<AtDeadline<T>>((resolve) => {
    timer = setTimeout(() => resolve({ done: false }), Math.max(0, deadline - Date.now()));
  });
  const settled = work.then(
    (value): AtDeadline<T> => ({ done: true, value }),
    (error: unknown): AtDeadline<T> => ({ done: true, error }),
  );
  return Promise.race([settled, late]).finally(() => clearTimeout(timer));
}

function notFound(conversationId: string): NotFoundException {
  return new NotFoundException(`No conversation ${conversationId} for this bot`);
}
