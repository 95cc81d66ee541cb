import type { InboundEvent, SessionState } from '@parley/engine';
import type { ConversationStatus } from './conversation.entity';
import type { StoredMessage } from './stored-message';
import type { TurnOutcome } from './turn.entity';

/** A conversation as the turn machinery reads it (one row, straight from SQL). */
export interface ConversationRow {
  id: string;
  workspace_id: string;
  bot_id: string;
  version_id: string;
  environment: string;
  channel: string;
  status: ConversationStatus;
  state: SessionState | null;
  last_seq: number;
  inbox_pending: number;
  turn_count: number;
  lease_owner: string | null;
}

/** An inbound message that waits to be processed. */
export interface PendingMessage {
  id: string;
  seq: number;
  content: InboundEvent;
}

/** What `accept` stored, and the conversation as it left it (with the lease, maybe). */
export interface Accepted {
  conversation: ConversationRow;
  message: StoredMessage;
}

/** Everything one turn writes, committed together. */
export interface TurnWrite {
  conversationId: string;
  leaseOwner: string;
  leaseMs: number;
  inboundMessageId: string;
  turnId: string;
  state: SessionState | null;
  status: ConversationStatus;
  endStatus: 'resolved' | 'unresolved' | null;
  outcome: TurnOutcome;
  trace: unknown[];
  durationMs: number;
  error: string | null;
  /** What the bot says, in order (written as JSON). */
  outbound: readonly object[];
}

/** What the commit left: the replies, and whether more inbound messages wait. */
export interface Committed {
  replies: StoredMessage[];
  lastSeq: number;
  inboxPending: number;
  /** Whether this commit gave the lease up (nothing else was waiting). */
  released: boolean;
}
