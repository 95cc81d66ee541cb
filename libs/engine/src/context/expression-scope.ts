import type { Json } from '../json';
import type { ExpressionScope } from '../expressions/expression.evaluator';
import { readOnlyCopy, readOnlyRecord } from '../expressions/read-only-view';
import type { Turn } from '../turn/turn';

/**
 * The read-only view expressions read: `{ vars, contact, input, nlu, conversation }`.
 * Built lazily and reused until a variable, contact attribute or the NLU result changes.
 * Set nodes change variables on most steps, so the parts that stay put for the whole
 * turn (`conversation`, `input`, `nlu`) are copied once and only the shell is rebuilt.
 */
export function expressionScope(turn: Turn): ExpressionScope {
  if (turn.scope === undefined) {
    const parts = stableParts(turn);
    const scope = Object.create(null) as Record<string, Json>;
    scope.vars = turn.vars.view;
    scope.contact = turn.contact.view;
    scope.conversation = parts.conversation;
    if (parts.input !== undefined) scope.input = parts.input;
    if (parts.nlu !== undefined) scope.nlu = parts.nlu;
    turn.scope = Object.freeze(scope);
  }
  return turn.scope;
}

/** Read-only copies of what changes at most a few times a turn, keyed by what they show. */
export interface ScopeParts {
  readonly source: { turnNumber: number; message: unknown; nlu: unknown };
  readonly conversation: Json;
  readonly input: Json | undefined;
  readonly nlu: Json | undefined;
}

function stableParts(turn: Turn): ScopeParts {
  const cached = turn.scopeParts;
  if (
    cached !== undefined &&
    cached.source.turnNumber === turn.turnNumber &&
    cached.source.message === turn.message &&
    cached.source.nlu === turn.nlu
  ) {
    return cached;
  }
  const conversation: Record<string, Json> = { locale: turn.locale, turn: turn.turnNumber };
  if (turn.conversationId !== undefined) conversation.id = turn.conversationId;
  if (turn.channel !== undefined) conversation.channel = turn.channel;
  const parts: ScopeParts = {
    source: { turnNumber: turn.turnNumber, message: turn.message, nlu: turn.nlu },
    conversation: readOnlyRecord(conversation),
    input: turn.message === undefined ? undefined : readOnlyRecord({ ...turn.message }),
    nlu: turn.nlu === undefined ? undefined : readOnlyCopy(turn.nlu),
  };
  turn.scopeParts = parts;
  return parts;
}
