import { defineExecutor, httpResponseSchema, type Json, type NodeContext } from '@parley/engine';
import { applyResponseMappings, isSuccessStatus } from '../shared/http-mapping';
import { buildHttpRequest } from '../shared/http-request.builder';
import { callPort, portFailure } from '../shared/port-call';
import { actionSettingsSchema, type ActionSettings } from './action.schema';

/**
 * Writes company data with one HTTP call, sent with an idempotency key (see
 * `actionIdempotencyKey`) and never retried here: a retry is the host's decision, and
 * the key makes it harmless.
 *
 * - `done` on a 2xx reply, after `resultVariable` (the body) and the mappings (over
 *   `response = { status, body }`) are stored;
 * - `error` on any other status (the body still goes to `resultVariable`, so the flow
 *   can show the service's explanation), a failed port call, a failing mapping, or
 *   a request that may not be sent (see `buildHttpRequest`).
 */
export const actionExecutor = defineExecutor(actionSettingsSchema, {
  run: async (ctx) => {
    const key = actionIdempotencyKey(ctx);
    if (ctx.conversation.id === undefined) {
      ctx.note('No conversation id: the idempotency key only tells turns and nodes apart');
    }
    const built = await buildHttpRequest(ctx, ctx.settings.http);
    // A request that may not be sent (injection refused, broken body) is never half-sent.
    if (!built.ok) return { type: 'error', reason: built.reason };
    const request = { ...built.request, idempotencyKey: key };
    const call = await callPort('action', request.timeoutMs, httpResponseSchema, () =>
      ctx.ports.action.http(request),
    );
    if (!call.ok) return portFailure(call.error, 'Action');
    const { status, body } = call.value;
    const response: Json = { status, body };
    if (!isSuccessStatus(status)) {
      if (ctx.settings.resultVariable !== undefined) ctx.setVar(ctx.settings.resultVariable, body);
      return { type: 'error', reason: `Action failed: HTTP ${status} from the service` };
    }
    const failure = await applyResponseMappings(ctx, response, ctx.settings.mappings, {
      variable: ctx.settings.resultVariable,
      value: body,
    });
    return failure === undefined
      ? { type: 'outcome', outcome: 'done' }
      : { type: 'error', reason: failure };
  },
});

/**
 * `<conversation>:<turn>:<flow>/<node>`: the same for a retried turn (the host replays
 * the event on the stored state, so conversation and turn are unchanged) and different
 * for every other write.
 */
export function actionIdempotencyKey(
  ctx: Pick<NodeContext<ActionSettings>, 'conversation' | 'doc' | 'flow' | 'node'>,
): string {
  const conversation = ctx.conversation.id ?? `${ctx.doc.id}-no-conversation`;
  return `${conversation}:${ctx.conversation.turn}:${ctx.flow.id}/${ctx.node.id}`;
}
