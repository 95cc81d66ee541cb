import {
  defineExecutor,
  type InboundEvent,
  type Json,
  type NodeContext,
  type NodeResult,
} from '@parley/engine';
import { z } from 'zod';
import { parseAnswer } from '../shared/answer.parser';
import { defaultRetryMessage } from '../shared/answer-retry.messages';
import { resolvedChoiceSchema } from '../shared/choice-answer.matcher';
import { resolveChoices } from '../shared/choice-options.resolver';
import { errorReason } from '../shared/error-reason';
import { askSettingsSchema, type AskSettings } from './ask.schema';

/** What the ask node keeps while it waits: invalid answers so far and the choices offered. */
const askStateSchema = z.object({
  tries: z.number().int().min(0),
  choices: z.array(resolvedChoiceSchema),
});
type AskState = z.infer<typeof askStateSchema>;

type AskContext = NodeContext<AskSettings>;

/** The id of the timer armed by `timeoutSeconds`. */
const TIMEOUT_TIMER = 'timeout';

/**
 * Runs an ask node. `run` says the question (choices as quick replies) and waits,
 * arming a timer when `timeoutSeconds` is set; with `skipIfSet` and the variable
 * already holding a value it goes straight to `next`. `resume` checks the answer by
 * type (see `parseAnswer`), stores the value and takes `next`; an invalid answer
 * gets the retry message and the question again, until `maxTries` invalid answers
 * take `invalid`. The timer firing takes `timeout`. The customer's text is stored
 * as data, never rendered as a template.
 */
export const askExecutor = defineExecutor(askSettingsSchema, {
  run: (ctx) => start(ctx),
  resume: async (ctx, event): Promise<NodeResult> => {
    const state = askStateSchema.safeParse(ctx.nodeState);
    if (!state.success) return start(ctx);
    try {
      return await handleEvent(ctx, event, state.data);
    } catch (error) {
      return { type: 'error', reason: `The answer could not be checked: ${errorReason(error)}` };
    }
  },
});

/** A fresh visit: skip when already answered, else ask. */
async function start(ctx: AskContext): Promise<NodeResult> {
  const { skipIfSet, variable, type } = ctx.settings;
  if (skipIfSet && hasValue(ctx.vars[variable])) {
    ctx.note(`Skipped: vars.${variable} already has a value`);
    return { type: 'outcome', outcome: 'next' };
  }
  try {
    const choices = type === 'choice' ? await resolveChoices(ctx, ctx.settings) : [];
    return await askQuestion(ctx, { tries: 0, choices });
  } catch (error) {
    return { type: 'error', reason: `The question could not be asked: ${errorReason(error)}` };
  }
}

async function handleEvent(
  ctx: AskContext,
  event: InboundEvent,
  state: AskState,
): Promise<NodeResult> {
  // The engine only wakes the node with timers it armed (scoped per node and turn).
  if (event.type === 'timer') return { type: 'outcome', outcome: 'timeout' };
  const input = ctx.input;
  if (input === undefined) return waitFor(ctx, state);
  ctx.consumeInput();
  const { settings } = ctx;
  const rules = { ...settings, choices: state.choices };
  const answer = parseAnswer(input, rules, ctx.locale);
  if (answer.ok) {
    ctx.setVar(settings.variable, answer.value);
    return { type: 'outcome', outcome: 'next' };
  }
  const tries = state.tries + 1;
  ctx.note(`Invalid answer (${answer.problem}), try ${tries} of ${settings.maxTries}`);
  if (tries >= settings.maxTries) return { type: 'outcome', outcome: 'invalid' };
  const retry =
    settings.retryMessage === undefined
      ? defaultRetryMessage(answer.problem, rules, ctx.locale)
      : await ctx.render(settings.retryMessage);
  ctx.say({ type: 'text', text: retry });
  return askQuestion(ctx, { tries, choices: state.choices });
}

/** Says the question (choices as quick replies) and waits for the answer. */
async function askQuestion(ctx: AskContext, state: AskState): Promise<NodeResult> {
  const text = await ctx.render(ctx.settings.question);
  const quickReplies = state.choices.map((choice) => ({
    label: choice.label,
    payload: choice.value,
  }));
  ctx.say(quickReplies.length > 0 ? { type: 'text', text, quickReplies } : { type: 'text', text });
  return waitFor(ctx, state);
}

/** Wait for the answer; the timeout counts from this prompt (the engine drops older timers). */
function waitFor(ctx: AskContext, state: AskState): NodeResult {
  const seconds = ctx.settings.timeoutSeconds;
  if (seconds === undefined) return { type: 'wait', nodeState: state };
  return {
    type: 'wait',
    nodeState: state,
    timers: [{ id: TIMEOUT_TIMER, afterMs: seconds * 1_000 }],
  };
}

/** Whether a variable counts as already answered for `skipIfSet`. */
function hasValue(value: Json | undefined): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  return !Array.isArray(value) || value.length > 0;
}
