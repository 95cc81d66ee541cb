import type { InboundEvent, JsonObject, SessionState } from '@parley/engine';

/**
 * One thing a spec sends after the conversation started: typed text, a pressed
 * button (`{ payload, text? }`), a timer firing (`{ timer }`: the id the node asked
 * for, e.g. `'timeout'`, or the engine's full timer id), an agent handing back
 * (`{ handback: vars }`), or any raw engine event (`{ event }`).
 */
export type FlowInput =
  | string
  | { payload: string; text?: string }
  | { timer: string }
  | { handback: JsonObject }
  | { event: InboundEvent };

/** The engine event for an input, given the state it is sent to. */
export function toInboundEvent(input: FlowInput, state: SessionState): InboundEvent {
  if (typeof input === 'string') return { type: 'text', text: input };
  if ('event' in input) return input.event;
  if ('payload' in input) {
    return input.text === undefined
      ? { type: 'button', payload: input.payload }
      : { type: 'button', payload: input.payload, text: input.text };
  }
  if ('handback' in input) return { type: 'agent-handback', vars: input.handback };
  return { type: 'timer', timerId: pendingTimer(input.timer, state)?.id ?? input.timer };
}

/**
 * The pending timer a spec means: the engine scopes a node's timer id as
 * `<node>:<turn>:<id>`, so either the full id or the node's own id matches.
 */
export function pendingTimer(
  id: string,
  state: SessionState,
): { id: string; dueAt: number } | undefined {
  const timers = state.waiting?.timers ?? [];
  return (
    timers.find((timer) => timer.id === id) ??
    timers.find((timer) => timer.id.split(':').slice(2).join(':') === id)
  );
}
