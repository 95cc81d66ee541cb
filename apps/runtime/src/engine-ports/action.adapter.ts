import type { ActionPort } from '@parley/engine';
import type { ActionReplayStore } from './action-replay.store';
import { sendHttp } from './http-sender';
import type { SecretResolver } from './secret-resolver';

/** Where the writes of one turn come from. */
export interface ActionScope {
  workspaceId: string;
  conversationId: string;
  turnKey: string;
}

/**
 * Writes company data: one request per call, never retried (see `sendHttp` for
 * everything else), with an `Idempotency-Key` header (see `idempotencyHeader`). A
 * key this process already sent is answered from `replays`, not sent again.
 */
export function createActionPort(
  secrets: SecretResolver,
  replays: ActionReplayStore,
  scope: ActionScope,
): ActionPort {
  return {
    http: ({ idempotencyKey, ...request }) => {
      const key = idempotencyHeader(idempotencyKey, scope);
      return replays.once(`${scope.workspaceId}\n${key}`, () =>
        sendHttp(request, { port: 'action', secrets, extraHeaders: { 'Idempotency-Key': key } }),
      );
    },
  };
}

/**
 * The `Idempotency-Key` header. The executor's key (`<conversation>:<turn>:<flow>/<node>`)
 * already names this conversation, its turn and the node, and stays the same when the
 * turn is run again: it is sent as it is. A key that does not start with this
 * conversation's id (the engine ran without one) is scoped by the conversation and
 * the turn's own key (the inbound message id), so two conversations never share one.
 */
export function idempotencyHeader(key: string, scope: ActionScope): string {
  return key.startsWith(`${scope.conversationId}:`)
    ? key
    : `${scope.conversationId}:${scope.turnKey}:${key}`;
}
