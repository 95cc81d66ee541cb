import type { ChatSession } from '../chat/chat-session';

/** `window.Parley`: what the host page may ask of the widget. */
export interface ParleyApi {
  identify(token: string): void;
  open(): void;
  close(): void;
}

/** Calls a page made before the script loaded: `window.Parley = { q: [['identify', token]] }`. */
type Queued = [keyof ParleyApi, ...unknown[]];

export function createPublicApi(session: ChatSession): ParleyApi {
  return {
    identify(token: string) {
      if (typeof token === 'string' && token.trim() !== '') void session.identify(token.trim());
    },
    open() {
      void session.open();
    },
    close() {
      session.close();
    },
  };
}

/** Installs the API on `window.Parley`, running any calls queued before it existed. */
export function installPublicApi(target: Window, api: ParleyApi): void {
  const previous = (target as { Parley?: { q?: unknown } }).Parley;
  (target as { Parley?: ParleyApi }).Parley = api;
  const queue = Array.isArray(previous?.q) ? (previous.q as Queued[]) : [];
  for (const [method, ...args] of queue) {
    if (method === 'identify' && typeof args[0] === 'string') api.identify(args[0]);
    else if (method === 'open') api.open();
    else if (method === 'close') api.close();
  }
}
