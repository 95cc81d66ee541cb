import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  type ConnectionStatus,
  SimulatorRequestError,
  type SimulatorConnection,
} from './simulator-connection';
import {
  continueReplySchema,
  restartReplySchema,
  type SimFailure,
  startReplySchema,
  stateReplySchema,
  turnReplySchema,
  type TurnReply,
} from './simulator-schemas';
import type { SimSession, SimTurn, StartOptions, TurnInput } from './simulator-session';

/** Why a changed draft cannot carry the conversation on. */
export interface DraftRefusal {
  reason: 'node-removed' | 'kind-changed' | 'other';
  nodeId?: string;
  message: string;
}

export interface SimulatorState {
  connection: ConnectionStatus;
  session: SimSession | null;
  /** A request is on its way (the composer waits). */
  busy: boolean;
  /** The bot is working on a turn. */
  typing: boolean;
  /** The last request that failed, until the next one. */
  failure: SimFailure | null;
  /** The turn the inspector shows and the canvas lights (`null`: the latest). */
  selectedTurn: number | null;
  /** Set when `continueOnDraft` was refused; cleared by a restart. */
  draftRefusal: DraftRefusal | null;
  start: (options: StartOptions) => Promise<void>;
  say: (text: string) => Promise<void>;
  press: (payload: string, text?: string) => Promise<void>;
  restart: () => Promise<void>;
  setLocale: (locale: string) => Promise<void>;
  continueOnDraft: () => Promise<void>;
  selectTurn: (index: number | null) => void;
  /** Folds in what the connection reports. */
  connectionChanged: (status: ConnectionStatus) => void;
  typingChanged: (sessionId: string, typing: boolean) => void;
  pushed: (sessionId: string, turn: Omit<TurnReply, 'ok'>) => void;
}

export type SimulatorStore = StoreApi<SimulatorState>;

export interface SimulatorStoreOptions {
  botId: string;
  connection: () => SimulatorConnection;
  /** Runs before the draft is read by the runtime: saves the editor's pending edits. */
  beforeDraftRead?: () => Promise<void>;
  /** The revision of the draft as saved now (the editor's store). */
  draftRevision?: () => number;
}

/**
 * One simulator panel's conversation: the session the runtime keeps on this
 * socket, its turns as they were answered, and what failed. Requests go one at a
 * time; a failure is kept for the panel to show and never throws.
 */
export function createSimulatorStore(options: SimulatorStoreOptions): SimulatorStore {
  const saveFirst = options.beforeDraftRead ?? (() => Promise.resolve());
  return createStore<SimulatorState>()((set, get) => {
    /** Runs one request, keeping `busy` and `failure` up to date. */
    const run = async (work: () => Promise<void>): Promise<void> => {
      if (get().busy) return;
      set({ busy: true, failure: null });
      try {
        await work();
      } catch (error) {
        set({ failure: failureOf(error) });
      } finally {
        set({ busy: false });
      }
    };
    const addTurn = (input: TurnInput, reply: Omit<TurnReply, 'ok'>): void => {
      const session = get().session;
      if (!session) return;
      const turn: SimTurn = { input, ...reply };
      set({ session: { ...session, turns: [...session.turns, turn] }, selectedTurn: null });
    };
    const turn = (input: TurnInput, event: string, body: Record<string, unknown>) =>
      run(async () => {
        const session = get().session;
        if (!session) return;
        const reply = await options
          .connection()
          .request(event, { sessionId: session.id, ...body }, turnReplySchema);
        addTurn(input, reply);
      });

    return {
      connection: 'connecting',
      session: null,
      busy: false,
      typing: false,
      failure: null,
      selectedTurn: null,
      draftRefusal: null,
      start: (startOptions) =>
        run(async () => {
          await saveFirst();
          const reply = await options
            .connection()
            .request('start', { botId: options.botId, ...startOptions }, startReplySchema);
          const { sessionId, draftRevision, ok: _ok, ...opening } = reply;
          set({
            session: {
              id: sessionId,
              draftRevision,
              options: startOptions,
              turns: [{ input: { kind: 'start' }, ...opening }],
            },
            selectedTurn: null,
            draftRefusal: null,
          });
        }),
      say: (text) => turn({ kind: 'say', text }, 'say', { text }),
      press: (payload, text) =>
        turn({ kind: 'press', payload, ...(text ? { text } : {}) }, 'press', {
          payload,
          ...(text ? { text } : {}),
        }),
      restart: () =>
        run(async () => {
          const session = get().session;
          if (!session) return;
          await saveFirst();
          // The runtime restarts on the draft the session runs: a newer draft needs a new session.
          const latest = options.draftRevision?.() ?? session.draftRevision;
          const connection = options.connection();
          if (latest !== session.draftRevision || get().draftRefusal !== null) {
            const reply = await connection.request(
              'start',
              { botId: options.botId, ...session.options },
              startReplySchema,
            );
            const { sessionId, draftRevision, ok: _ok, ...opening } = reply;
            set({
              session: {
                id: sessionId,
                draftRevision,
                options: session.options,
                turns: [{ input: { kind: 'start' }, ...opening }],
              },
              selectedTurn: null,
              draftRefusal: null,
            });
            return;
          }
          const reply = await connection.request(
            'restart',
            { sessionId: session.id },
            restartReplySchema,
          );
          const { draftRevision, ok: _ok, ...opening } = reply;
          set({
            session: {
              ...session,
              draftRevision,
              turns: [{ input: { kind: 'start' }, ...opening }],
            },
            selectedTurn: null,
          });
        }),
      setLocale: (locale) =>
        run(async () => {
          const session = get().session;
          if (!session) return;
          const reply = await options
            .connection()
            .request('setLocale', { sessionId: session.id, locale }, stateReplySchema);
          const turns = session.turns.map((t, i) =>
            i === session.turns.length - 1 ? { ...t, state: reply.state } : t,
          );
          set({ session: { ...session, options: { ...session.options, locale }, turns } });
        }),
      continueOnDraft: () =>
        run(async () => {
          const session = get().session;
          if (!session) return;
          await saveFirst();
          try {
            const reply = await options
              .connection()
              .request('continueOnDraft', { sessionId: session.id }, continueReplySchema);
            set({ session: { ...session, draftRevision: reply.draftRevision } });
          } catch (error) {
            if (!(error instanceof SimulatorRequestError) || error.failure.status === 0)
              throw error;
            const { reason, nodeId, error: message } = error.failure;
            set({
              draftRefusal: { reason: reason ?? 'other', message, ...(nodeId ? { nodeId } : {}) },
            });
          }
        }),
      selectTurn: (index) => set({ selectedTurn: index }),
      connectionChanged: (connection) => set({ connection }),
      typingChanged: (sessionId, typing) => {
        if (get().session?.id === sessionId) set({ typing });
      },
      pushed: (sessionId, reply) => {
        const session = get().session;
        if (session?.id !== sessionId) return;
        addTurn({ kind: 'timer', ...(turnNode(session) ?? {}) }, reply);
      },
    };
  });
}

function turnNode(session: SimSession): { nodeId: string } | undefined {
  const nodeId = session.turns.at(-1)?.state.nodeId;
  return nodeId ? { nodeId } : undefined;
}

function failureOf(error: unknown): SimFailure {
  if (error instanceof SimulatorRequestError) return error.failure;
  return { ok: false, status: 0, error: error instanceof Error ? error.message : String(error) };
}

/** The turn the inspector shows: the selected one, else the latest. */
export function shownTurnIndex(state: Pick<SimulatorState, 'session' | 'selectedTurn'>): number {
  const count = state.session?.turns.length ?? 0;
  const selected = state.selectedTurn;
  return selected !== null && selected < count ? selected : count - 1;
}
