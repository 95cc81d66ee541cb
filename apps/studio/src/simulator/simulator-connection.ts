import { io, type Socket } from 'socket.io-client';
import type { z } from 'zod';
import {
  failureSchema,
  pushedTurnSchema,
  type SimFailure,
  type TurnReply,
} from './simulator-schemas';

/** The namespace the runtime serves the simulator on (same origin as the studio). */
export const SIMULATOR_NAMESPACE = '/simulator';
/** A turn may wait on a slow look-up or LLM; past this the request is given up. */
const ACK_TIMEOUT_MS = 45_000;

export type ConnectionStatus = 'connecting' | 'connected' | 'disconnected';

/** A request the simulator refused, or one that never got an answer (`status` 0). */
export class SimulatorRequestError extends Error {
  constructor(readonly failure: SimFailure) {
    super(failure.error);
  }
}

export interface ConnectionEvents {
  status: (status: ConnectionStatus, why?: string) => void;
  typing: (sessionId: string, typing: boolean) => void;
  /** A turn nobody asked for: a timer fired (an ask's timeout). */
  pushed: (sessionId: string, turn: Omit<TurnReply, 'ok'>) => void;
}

export interface SimulatorConnection {
  request<S extends z.ZodType>(event: string, body: unknown, schema: S): Promise<z.infer<S>>;
  /** Connects again after the connection was given up. */
  retry(): void;
  close(): void;
}

export interface ConnectionOptions {
  accessToken: () => string | null;
  /** A new access token after the old one was refused, or `null` (signed out). */
  refreshAccessToken: () => Promise<string | null>;
  events: ConnectionEvents;
  /** Tests pass a server address; the studio talks to its own origin. */
  url?: string;
}

/**
 * The studio's socket to the runtime's simulator, authenticated with the access
 * token (read on every attempt, so a refreshed token is used on reconnect). A
 * refused token is refreshed once per refusal; socket.io retries lost connections.
 */
export function connectSimulator(options: ConnectionOptions): SimulatorConnection {
  const { events } = options;
  const socket: Socket = io(`${options.url ?? ''}${SIMULATOR_NAMESPACE}`, {
    auth: (callback) => callback({ token: options.accessToken() ?? '' }),
    reconnectionAttempts: 8,
    reconnectionDelayMax: 5_000,
  });
  let refreshing = false;
  events.status('connecting');
  socket.on('connect', () => events.status('connected'));
  socket.on('disconnect', (reason) => {
    // A disconnect asked for by either side is not retried by socket.io itself.
    events.status(socket.active ? 'connecting' : 'disconnected', reason);
  });
  socket.io.on('reconnect_failed', () => events.status('disconnected'));
  socket.on('connect_error', (error: Error & { data?: { status?: number } }) => {
    const status = error.data?.status;
    if (status === 401 && !refreshing) {
      refreshing = true;
      void options.refreshAccessToken().then((token) => {
        refreshing = false;
        if (token) socket.connect();
        else events.status('disconnected', error.message);
      });
      return;
    }
    if (!socket.active) events.status('disconnected', error.message);
  });
  socket.on('typing', (event: { sessionId?: unknown; typing?: unknown }) => {
    if (typeof event.sessionId === 'string') events.typing(event.sessionId, event.typing === true);
  });
  socket.on('messages', (event: unknown) => {
    const parsed = pushedTurnSchema.safeParse(event);
    if (parsed.success) {
      const { sessionId, ...turn } = parsed.data;
      events.pushed(sessionId, turn);
    }
  });

  return {
    async request(event, body, schema) {
      if (!socket.connected) {
        throw new SimulatorRequestError({ ok: false, status: 0, error: 'not connected' });
      }
      let reply: unknown;
      try {
        reply = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck(event, body);
      } catch {
        throw new SimulatorRequestError({ ok: false, status: 0, error: 'no answer' });
      }
      const refused = failureSchema.safeParse(reply);
      if (refused.success) throw new SimulatorRequestError(refused.data);
      const parsed = schema.safeParse(reply);
      if (!parsed.success) {
        throw new SimulatorRequestError({ ok: false, status: 0, error: parsed.error.message });
      }
      return parsed.data;
    },
    retry() {
      events.status('connecting');
      socket.connect();
    },
    close() {
      socket.removeAllListeners();
      socket.io.removeAllListeners();
      socket.close();
    },
  };
}
