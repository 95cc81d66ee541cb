import type { Json } from '../json';
import type { ExpressionScope } from '../expressions/expression.evaluator';
import { readOnlyRecord } from '../expressions/read-only-view';
import type { Turn } from '../turn/turn';

/**
 * The read-only view expressions read: `{ vars, contact, input, nlu, conversation }`.
 * Built lazily and reused until a variable, contact attribute or the NLU result changes.
 */
export function expressionScope(turn: Turn): ExpressionScope {
  if (turn.scope === undefined) {
    const conversation: Record<string, Json> = { locale: turn.locale, turn: turn.turnNumber };
    if (turn.conversationId !== undefined) conversation.id = turn.conversationId;
    if (turn.channel !== undefined) conversation.channel = turn.channel;
    const scope: Record<string, Json> = {
      vars: turn.vars.view,
      contact: turn.contact.view,
      conversation,
    };
    if (turn.message !== undefined) scope.input = { ...turn.message };
    if (turn.nlu !== undefined) scope.nlu = turn.nlu;
    turn.scope = readOnlyRecord(scope);
  }
  return turn.scope;
}
