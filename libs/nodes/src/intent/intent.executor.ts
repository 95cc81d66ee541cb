import {
  defineExecutor,
  nluClassificationSchema,
  type NluClassification,
  type NodeContext,
  type NodeResult,
  type TurnInput,
} from '@parley/engine';
import { callPort, portFailure } from '../shared/port-call';
import { intentSettingsSchema, type IntentSettings } from './intent.schema';

type IntentContext = NodeContext<IntentSettings>;

/** Embedded NLU answers in milliseconds; this only stops a stuck one. */
const CLASSIFY_TIMEOUT_MS = 5_000;

/**
 * Recognises what the customer wants. With an unconsumed message this turn it
 * classifies it at once; otherwise it says `prompt` (if any) and waits for the next.
 *
 * Routes on the node's intents (all the bot declares when none are listed): the
 * top intent, if it is one of them and scores at least the node's `threshold` (else
 * the bot's `nluConfidenceThreshold`), is the outcome; anything else → `fallback`. A
 * button whose payload is a routed intent's name goes there directly (confidence 1).
 * Listed entities are saved into their variables, and the classification becomes
 * the conversation's `nlu`. A failed NLU call is an `error` (the kind has no error
 * outcome, so the customer gets the bot's fallback message).
 */
export const intentExecutor = defineExecutor(intentSettingsSchema, {
  run: async (ctx) => {
    if (ctx.input !== undefined) return classify(ctx, ctx.input);
    if (ctx.settings.prompt !== undefined)
      ctx.say({ type: 'text', text: await ctx.render(ctx.settings.prompt) });
    return { type: 'wait', nodeState: { waiting: true } };
  },
  resume: (ctx) => {
    // Timers and hand-backs carry no message: keep waiting for one.
    if (ctx.input === undefined) return { type: 'wait', nodeState: { waiting: true } };
    return classify(ctx, ctx.input);
  },
});

async function classify(ctx: IntentContext, input: TurnInput): Promise<NodeResult> {
  ctx.consumeInput();
  const routed = routedIntents(ctx);
  const pressed =
    input.payload !== undefined && routed.includes(input.payload) ? input.payload : undefined;
  if (pressed !== undefined) {
    ctx.setNlu({
      intent: pressed,
      confidence: 1,
      ranking: [{ intent: pressed, confidence: 1 }],
      entities: [],
    });
    return { type: 'outcome', outcome: pressed };
  }
  const text = (input.text ?? input.payload ?? '').trim();
  if (text === '') return { type: 'outcome', outcome: 'fallback' };
  const request = {
    text,
    locale: ctx.locale,
    ...(ctx.settings.intents.length > 0 ? { intents: ctx.settings.intents } : {}),
  };
  const call = await callPort('nlu', CLASSIFY_TIMEOUT_MS, nluClassificationSchema, () =>
    ctx.ports.nlu.classify(request),
  );
  if (!call.ok) return portFailure(call.error, 'Intent recognition');
  const result = call.value;
  ctx.setNlu(result);
  saveEntities(ctx, result);
  const threshold = ctx.settings.threshold ?? ctx.botSettings.nluConfidenceThreshold;
  const intent = result.intent;
  if (intent === null || !routed.includes(intent)) return { type: 'outcome', outcome: 'fallback' };
  if (result.confidence < threshold) {
    ctx.note(
      `"${intent}" scored ${result.confidence.toFixed(2)}, below the threshold ${threshold}`,
    );
    return { type: 'outcome', outcome: 'fallback' };
  }
  return { type: 'outcome', outcome: intent };
}

/** The intents the node routes on: its own list, else every intent the bot declares. */
function routedIntents(ctx: IntentContext): readonly string[] {
  return ctx.settings.intents.length > 0
    ? ctx.settings.intents
    : ctx.doc.intents.map((intent) => intent.name);
}

/** Saves the first match of each listed entity (the NLU lists matches in text order). */
function saveEntities(ctx: IntentContext, result: NluClassification): void {
  for (const capture of ctx.settings.entities) {
    const match = result.entities.find((entity) => entity.entity === capture.entity);
    if (match !== undefined) ctx.setVar(capture.variable, match.value);
  }
}
