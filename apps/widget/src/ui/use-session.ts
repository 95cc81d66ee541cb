import { useEffect, useState } from 'preact/hooks';
import type { ChatSession, SessionState } from '../chat/chat-session';

/** The session's state, re-rendering whenever it changes. */
export function useSession(session: ChatSession): SessionState {
  const [state, setState] = useState(session.snapshot);
  useEffect(() => {
    setState(session.snapshot);
    return session.subscribe(() => setState(session.snapshot));
  }, [session]);
  return state;
}
