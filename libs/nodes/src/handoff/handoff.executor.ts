import {
  defineExecutor,
  handoffTicketSchema,
  type AgentHandbackEvent,
  type NodeContext,
  type NodeResult,
} from '@parley/engine';
import { z } from 'zod';
import { transcriptText } from '../shared/llm-prompt';
import { callPort, portFailureReason } from '../shared/port-call';
import { handoffSettingsSchema, type HandoffSettings } from './handoff.schema';

type HandoffContext = NodeContext<HandoffSettings>;

/** Queueing is a quick call to the host; this only stops a stuck one. */
const REQUEST_TIMEOUT_MS = 10_000;

/** What the node keeps while the conversation sits with (or waits for) an agent. */
const handoffStateSchema = z.object({
  ticketId: z.string().optional(),
  timerId: z.string(),
  dueAt: z.number(),
});
type HandoffState = z.infer<typeof handoffStateSchema>;

/**
 * Queues the conversation for a human agent with the transcript (and, when
 * `includeSummary`, the recent conversation as text for the agent to read first).
 *
 * - queue refuses, or the hand-off service fails → `no_agent` (the flow's own "no one
 *   is free" path is more useful to the customer than the generic fallback);
 * - accepted → says `message` and a `handoff` message, then waits (`handoff`) with a
 *   timer of `maxWaitMinutes`;
 * - the agent hands back → the variables the agent set are copied → `resumed`;
 * - the timer fires, or any event arrives after the deadline → `no_agent`.
 */
export const handoffExecutor = defineExecutor(handoffSettingsSchema, {
  run: async (ctx) => {
    const { queue, priority, includeSummary, maxWaitMinutes } = ctx.settings;
    const transcript = [...ctx.history];
    const request = includeSummary
      ? { queue, priority, transcript, summary: summaryOf(ctx) }
      : { queue, priority, transcript };
    const call = await callPort('handoff', REQUEST_TIMEOUT_MS, handoffTicketSchema, () =>
      ctx.ports.handoff.request(request),
    );
    if (!call.ok) {
      ctx.note(portFailureReason(call.error, 'Hand-off'));
      return { type: 'outcome', outcome: 'no_agent' };
    }
    if (!call.value.accepted) return { type: 'outcome', outcome: 'no_agent' };
    if (ctx.settings.message !== undefined)
      ctx.say({ type: 'text', text: await ctx.render(ctx.settings.message) });
    ctx.say({ type: 'handoff', queue });
    const afterMs = maxWaitMinutes * 60_000;
    const state: HandoffState = {
      timerId: `handoff:${ctx.node.id}:${ctx.conversation.turn}`,
      dueAt: ctx.ports.clock.now() + afterMs,
      ...(call.value.ticketId === undefined ? {} : { ticketId: call.value.ticketId }),
    };
    return { type: 'handoff', nodeState: state, timers: [{ id: state.timerId, afterMs }] };
  },
  resume: (ctx, event) => {
    const parsed = handoffStateSchema.safeParse(ctx.nodeState);
    if (!parsed.success) return { type: 'error', reason: 'The hand-off lost its waiting state' };
    const state = parsed.data;
    if (event.type === 'agent-handback') return handBack(ctx, event);
    if (event.type === 'timer' && event.timerId === state.timerId)
      return noAgent(ctx, 'waited the full time');
    const left = state.dueAt - ctx.ports.clock.now();
    if (left <= 0) return noAgent(ctx, 'the wait was over before this event');
    // Waiting again re-arms the timer: the engine only keeps the timers of the latest pause.
    return { type: 'handoff', nodeState: state, timers: [{ id: state.timerId, afterMs: left }] };
  },
});

/**
 * The engine already applies the hand-back's variables when it wakes the node; setting
 * any that still differ keeps the node correct on its own without tracing them twice.
 */
function handBack(ctx: HandoffContext, event: AgentHandbackEvent): NodeResult {
  for (const [name, value] of Object.entries(event.vars ?? {})) {
    if (JSON.stringify(ctx.vars[name]) !== JSON.stringify(value)) ctx.setVar(name, value);
  }
  return { type: 'outcome', outcome: 'resumed' };
}

function noAgent(ctx: HandoffContext, why: string): NodeResult {
  ctx.note(`No agent took the conversation: ${why}`);
  return { type: 'outcome', outcome: 'no_agent' };
}

/** The recent conversation, newest last, for the agent's first look. */
function summaryOf(ctx: HandoffContext): string {
  return transcriptText(ctx.history.slice(-SUMMARY_ENTRIES));
}

const SUMMARY_ENTRIES = 10;
