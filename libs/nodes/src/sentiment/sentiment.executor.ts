import { defineExecutor, nluSentimentSchema, type NodeContext } from '@parley/engine';
import { callPort, portFailure } from '../shared/port-call';
import { turnText } from '../shared/turn-text';
import { sentimentSettingsSchema, type SentimentSettings } from './sentiment.schema';

/** Embedded NLU answers in milliseconds; this only stops a stuck one. */
const SENTIMENT_TIMEOUT_MS = 5_000;

/**
 * Scores the customer's mood from −1 to 1 with the NLU: the last customer message, or
 * every customer message of the recent history (`target: conversation`). The score
 * goes to `variable`; below `negativeBelow` → `negative`, above `positiveAbove` →
 * `positive`, else `neutral`. With nothing the customer said, the score is 0. A failed
 * NLU call is an `error` (the bot's fallback), since the kind has no error outcome.
 */
export const sentimentExecutor = defineExecutor(sentimentSettingsSchema, {
  run: async (ctx) => {
    const texts = customerTexts(ctx);
    let score = 0;
    if (texts.length > 0) {
      const call = await callPort('nlu', SENTIMENT_TIMEOUT_MS, nluSentimentSchema, () =>
        ctx.ports.nlu.sentiment({ texts, locale: ctx.locale }),
      );
      if (!call.ok) return portFailure(call.error, 'Sentiment analysis');
      score = call.value.score;
    } else {
      ctx.note('The customer has said nothing yet; the score is 0');
    }
    if (ctx.settings.variable !== undefined) ctx.setVar(ctx.settings.variable, score);
    const { negativeBelow, positiveAbove } = ctx.settings;
    const outcome =
      score < negativeBelow ? 'negative' : score > positiveAbove ? 'positive' : 'neutral';
    return { type: 'outcome', outcome };
  },
});

/**
 * The customer's messages to score, oldest first. This turn's message counts even if
 * it is not in the history yet (or was consumed by an earlier node).
 */
function customerTexts(ctx: NodeContext<SentimentSettings>): string[] {
  const said = ctx.history.filter((entry) => entry.role === 'user').map((entry) => entry.text);
  const current = ctx.input?.text ?? turnText(ctx.event);
  if (current !== undefined && current.trim() !== '' && said.at(-1) !== current) said.push(current);
  const texts = said.filter((text) => text.trim() !== '');
  if (ctx.settings.target === 'conversation') return texts;
  const last = texts.at(-1);
  return last === undefined ? [] : [last];
}
