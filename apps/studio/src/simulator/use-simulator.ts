import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useApi } from '../app/api-context';
import type { DraftStore } from '../draft/draft-store';
import { connectSimulator, type SimulatorConnection } from './simulator-connection';
import { createSimulatorStore, type SimulatorState, type SimulatorStore } from './simulator-store';

/**
 * The simulator of one bot while its panel is open: a socket to the runtime and the
 * conversation's store. Closing the panel closes the socket, and the runtime forgets
 * the session with it.
 */
export function useSimulatorStore(
  botId: string,
  draft: DraftStore,
): { store: SimulatorStore; retry: () => void } {
  const { session } = useApi();
  const [opened] = useState(() => {
    let connection: SimulatorConnection | undefined;
    const store = createSimulatorStore({
      botId,
      connection: () => {
        if (!connection) throw new Error('the simulator is not connected');
        return connection;
      },
      beforeDraftRead: () => draft.getState().saveNow(),
      draftRevision: () => draft.getState().revision,
    });
    const connect = () =>
      connectSimulator({
        accessToken: () => session.accessToken(),
        refreshAccessToken: () => session.refreshAccessToken(),
        events: {
          status: (status) => store.getState().connectionChanged(status),
          typing: (id, typing) => store.getState().typingChanged(id, typing),
          pushed: (id, turn) => store.getState().pushed(id, turn),
        },
      });
    return {
      store,
      open: () => {
        connection = connect();
      },
      close: () => connection?.close(),
      retry: () => connection?.retry(),
    };
  });
  useEffect(() => {
    opened.open();
    return () => opened.close();
  }, [opened]);
  return { store: opened.store, retry: opened.retry };
}

/** A slice of the simulator's state. */
export function useSimulator<T>(store: SimulatorStore, select: (state: SimulatorState) => T): T {
  return useStore(store, select);
}
