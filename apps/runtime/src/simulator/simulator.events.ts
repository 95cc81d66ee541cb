import {
  jsonObjectSchema,
  type JsonObject,
  type OutboundMessage,
  type TraceEntry,
} from '@parley/engine';
import { idSchema, localeSchema } from '@parley/flow';
import { z } from 'zod';
import { botIdSchema } from '../bots/bot-request.schema';

/** The socket.io namespace of the studio's simulator. */
export const SIMULATOR_NAMESPACE = '/simulator';

/** Roles that may simulate: whoever may read a bot's flows (agents work in the inbox). */
export const SIMULATOR_ROLES = ['admin', 'editor', 'viewer'] as const;

/** `io(url + '/simulator', { auth: { token } })`: the staff access token. */
export const simulatorHandshakeSchema = z.strictObject({ token: z.string().min(1).max(4_096) });

const jsonObject = jsonObjectSchema;
const sessionId = z.uuid({ error: 'must be the sessionId a start answered with' });

/** Client → server payloads, each answered in the ack. */
export const simulatorRequestSchemas = {
  start: z.strictObject({
    botId: botIdSchema,
    locale: localeSchema.optional(),
    startAt: z.strictObject({ flowId: idSchema, nodeId: idSchema }).optional(),
    vars: jsonObject.optional(),
    contact: jsonObject.optional(),
  }),
  say: z.strictObject({ sessionId, text: z.string().trim().min(1).max(4_000) }),
  press: z.strictObject({
    sessionId,
    payload: z.string().min(1).max(2_000),
    text: z.string().max(4_000).optional(),
  }),
  restart: z.strictObject({ sessionId }),
  setLocale: z.strictObject({ sessionId, locale: localeSchema }),
  continueOnDraft: z.strictObject({ sessionId }),
};
export type SimulatorEvent = keyof typeof simulatorRequestSchemas;
export type SimulatorRequest<E extends SimulatorEvent> = z.infer<
  (typeof simulatorRequestSchemas)[E]
>;

/** Where the conversation stands after a turn, as the studio shows it. */
export interface SimulatorState {
  /** The node the conversation waits at (or stopped at); absent when idle. */
  flowId?: string;
  nodeId?: string;
  status: 'waiting' | 'handoff' | 'idle' | 'ended';
  locale: string;
  /** Variables and contact attributes, secret-looking fields masked. */
  vars: JsonObject;
  contact: JsonObject;
}

/** What one turn gave. */
export interface SimulatorTurn {
  messages: OutboundMessage[];
  trace: TraceEntry[];
  state: SimulatorState;
  ms: number;
}

/** Why a request failed; `status` is what the HTTP API would answer. */
export interface SimulatorFailure {
  ok: false;
  error: string;
  status: number;
  problems?: { path: string; message: string }[];
  /** `continueOnDraft` only: why the conversation cannot go on on the new draft. */
  reason?: 'node-removed' | 'kind-changed';
  nodeId?: string;
}

export type SimulatorAck<T> = ({ ok: true } & T) | SimulatorFailure;

/** What the server sends unasked: a timer's turn (`messages`) and the bot typing. */
export interface SimulatorServerEvents {
  messages: (event: { sessionId: string } & SimulatorTurn) => void;
  typing: (event: { sessionId: string; typing: boolean }) => void;
}

/** What the handshake established, kept on the socket. */
export interface SimulatorSocketData {
  workspaceId: string;
  userId: string;
}
