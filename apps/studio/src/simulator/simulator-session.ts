import type { BotMessage, SimState, TraceEntry } from './simulator-schemas';

/** What started a turn. */
export type TurnInput =
  | { kind: 'start' }
  | { kind: 'say'; text: string }
  | { kind: 'press'; payload: string; text?: string }
  | { kind: 'timer'; nodeId?: string };

/** One turn of a simulated conversation, as the runtime answered it. */
export interface SimTurn {
  input: TurnInput;
  messages: BotMessage[];
  trace: TraceEntry[];
  state: SimState;
  ms: number;
}

/** What a session was started with (the small form before starting). */
export interface StartOptions {
  locale?: string;
  startAt?: { flowId: string; nodeId: string };
  vars?: Record<string, unknown>;
  contact?: Record<string, unknown>;
}

/** A simulated conversation in the panel; `turns[0]` is the opening. */
export interface SimSession {
  id: string;
  draftRevision: number;
  options: StartOptions;
  turns: SimTurn[];
}

/** The labels a customer can press on a message, in display order. */
export function buttonLabels(message: BotMessage): string[] {
  switch (message.type) {
    case 'text':
      return [...(message.buttons ?? []), ...(message.quickReplies ?? [])].map((b) => b.label);
    case 'card':
      return message.card.buttons.map((b) => b.label);
    case 'carousel':
      return message.cards.flatMap((card) => card.buttons.map((b) => b.label));
    default:
      return [];
  }
}
